import {themes} from 'prism-react-renderer';
import {accessibleTheme, contrastRatio, ensureContrast} from '../../src/prism/contrast';

describe('accessible Prism themes', () => {
  test('contrast ratio matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test('a colour that already passes is left alone', () => {
    expect(ensureContrast('#393A34', '#f6f8fa')).toBe('#393A34');
  });

  test.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
  ])('every token colour of %s reaches 4.5:1 on its background', (_name, theme) => {
    const fixed = accessibleTheme(theme);
    const bg = fixed.plain.backgroundColor as string;
    expect(contrastRatio(fixed.plain.color as string, bg)).toBeGreaterThanOrEqual(4.5);
    for (const {style} of fixed.styles) {
      if (style.color) expect(contrastRatio(style.color, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('the stock github teal is darkened, not replaced by black', () => {
    const teal = accessibleTheme(themes.github).styles.find((s) => s.types.includes('variable'))?.style.color;
    expect(teal).not.toBe('#36acaa');
    expect(teal).not.toBe('#000000');
    expect(contrastRatio(teal as string, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
  });
});
