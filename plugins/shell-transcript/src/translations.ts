/**
 * Default UI strings by locale (`getDefaultCodeTranslationMessages`). A site
 * overrides them in i18n/<locale>/code.json like any theme string; a locale
 * missing here falls back to the message in the component (zh-Hans).
 */
export const CODE_TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'zh-Hans': {
    'shellTranscript.tab.command': '命令',
    'shellTranscript.tab.output': '输出',
  },
  en: {
    'shellTranscript.tab.command': 'Command',
    'shellTranscript.tab.output': 'Output',
  },
};

/** Messages for `locale`: exact match, else its language (`en-GB` → `en`), else none. */
export function messagesFor(locale: string): Record<string, string> {
  const exact = CODE_TRANSLATIONS[locale];
  if (exact) return {...exact};
  const language = locale.split('-')[0];
  const match = Object.keys(CODE_TRANSLATIONS).find((l) => l.split('-')[0] === language);
  return match ? {...CODE_TRANSLATIONS[match]} : {};
}
