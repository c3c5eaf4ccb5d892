import fs from 'node:fs';
import yaml from 'js-yaml';
import type {SynonymGroup} from './queryRules';

/**
 * The synonym groups of a YAML file: a list of lists of words, the first word of
 * a group being the wording the pages use. Fails naming the file and the group
 * when the shape is wrong.
 */
export function loadSynonyms(file: string): SynonymGroup[] {
  const data = yaml.load(fs.readFileSync(file, 'utf8'), {filename: file});
  if (!Array.isArray(data)) {
    throw new Error(`${file}: expected a list of synonym groups (each a list of words), got ${typeof data}.`);
  }
  return data.map((group: unknown, index) => {
    if (!Array.isArray(group) || group.length < 2 || !group.every((w) => typeof w === 'string' && w.trim() !== '')) {
      throw new Error(
        `${file}: group ${index + 1} (${JSON.stringify(group)}) must be a list of at least two non-empty words, ` +
          'the first one being the word the pages use.',
      );
    }
    return group.map((w: string) => w.trim());
  });
}
