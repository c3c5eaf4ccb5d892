/**
 * The pure core of the `hex-id` rule: finds container IDs, image IDs, digests
 * and other hex identifiers in a page's text and code, guesses what kind of
 * object each one names from the line around it, and judges whether a value
 * looks typed by hand (sequential runs, repeated blocks) rather than random.
 * No tree walking and no file system here; `rules/hex-ids.ts` does that.
 */

/** What a hex value names, guessed from its line; `other` when the line does not say. */
export type HexKind = 'container' | 'image' | 'digest' | 'layer' | 'volume' | 'network' | 'other';

export interface HexToken {
  /** The value as written (64 or 12 hex digits). */
  value: string;
  /** The object the value identifies: its first 12 digits (a short ID is the prefix of its full ID). */
  key: string;
  kind: HexKind;
  /** 0-based line within the text given to `findHexTokens`, and 0-based column within that line. */
  line: number;
  column: number;
}

const FULL = /(?<![0-9A-Fa-f])[0-9a-f]{64}(?![0-9A-Fa-f])/gu;
const SHORT = /(?<![0-9A-Za-z])[0-9a-f]{12}(?![0-9A-Za-z])/gu;
const PROMPT = /^(?:\[[^\]]*\][#$]|[\w.-]+@[\w.-]+:[^#$\s]*[#$]|[#$]|\/ #)\s/u;
const LAYER_STATUS =
  /^[0-9a-f]{12}: (?:Pull complete|Already exists|Pushed|Layer already exists|Mounted from|Preparing|Waiting|Verifying Checksum|Download complete|Downloading|Pulling fs layer|Extracting|Retrying)/u;

/**
 * Every 64-digit and 12-digit lowercase hex value in `text`, with the kind of
 * object its line suggests. `session` says whether the text is a terminal
 * session, where the command above an output line tells what the output is.
 * A 12-digit value needs a letter and a digit, so plain numbers and words are not IDs.
 */
export function findHexTokens(text: string, session: boolean): HexToken[] {
  const tokens: HexToken[] = [];
  let command = '';
  text.split('\n').forEach((line, index) => {
    const prompt = session ? PROMPT.exec(line) : null;
    if (prompt) command = line.slice(prompt[0].length);
    const context = {line, command: prompt ? '' : command, isCommand: Boolean(prompt)};
    for (const match of line.matchAll(FULL)) {
      tokens.push(token(match[0], line, match.index, index, context));
    }
    for (const match of line.matchAll(SHORT)) {
      if (!/[a-f]/u.test(match[0]) || !/[0-9]/u.test(match[0])) continue;
      tokens.push(token(match[0], line, match.index, index, context));
    }
  });
  return tokens.sort((a, b) => a.line - b.line || a.column - b.column);
}

interface LineContext {
  line: string;
  /** The command whose output this line is ('' on a command line or outside sessions). */
  command: string;
  isCommand: boolean;
}

function token(value: string, line: string, column: number, lineIndex: number, context: LineContext): HexToken {
  return {value, key: value.slice(0, 12), kind: kindOf(value, line, column, context), line: lineIndex, column};
}

/** The kind of object a value at `column` of `line` names, from the words around it. */
export function kindOf(value: string, line: string, column: number, context: LineContext): HexKind {
  const before = line.slice(0, column);
  const after = line.slice(column + value.length);
  if (/@[\w.-]+:[^#$\s]*[#$]\s?$/u.test(before) || /^:[^#$\s]*[#$]/u.test(after)) return 'container';
  if (/(?:docker-|\/docker\/|\/containers\/)$/u.test(before)) return 'container';
  if (/overlay2\/$/u.test(before)) return 'layer';
  if (/(?:Digest: |digest: |@|DIGEST\S*\s+)sha256:$/u.test(before) || /Docker-Content-Digest: sha256:$/u.test(before))
    return 'digest';
  if (/(?:Deleted|deleted|Untagged|writing image|naming to \S+ done|exporting config) ?:? ?sha256:$/u.test(before))
    return before.includes('exporting config') ? 'other' : 'image';
  if (column === 0 && LAYER_STATUS.test(line)) return 'layer';
  if (context.isCommand) return 'other';
  const command = context.command.trim();
  const onlyValue = line.trim() === value || line.trim() === `sha256:${value}`;
  if (/^docker (?:container )?(?:run|create)\b/u.test(command) && onlyValue) return 'container';
  if (/^docker (?:container )?ps\b/u.test(command) && column === 0) return 'container';
  if (/^docker (?:images|image ls)\b/u.test(command)) {
    const firstOnLine = !/[0-9a-f]{12}/u.test(before);
    return /--digests\b/u.test(command) && /sha256:$/u.test(before) && firstOnLine ? 'digest' : 'image';
  }
  if (/^docker (?:image )?history\b/u.test(command) && column === 0) return 'image';
  if (/^docker (?:build|buildx build|commit|image build)\b/u.test(command) && onlyValue) return 'image';
  if (/^docker volume\b/u.test(command) && (onlyValue || /^\S+\s+$/u.test(before) || /"Name": "$/u.test(before)))
    return 'volume';
  if (/^docker network\b/u.test(command)) return 'network';
  return 'other';
}

/**
 * Why a value looks typed by hand rather than random, or undefined when it
 * looks random. Each test alone fires on well under 1% of random values.
 */
export function handTypedPattern(value: string): string | undefined {
  const digits = [...value].map((char) => parseInt(char, 16));
  for (const stride of [1, 2]) {
    for (let offset = 0; offset < stride; offset += 1) {
      let up = 1;
      let down = 1;
      for (let i = offset + stride; i < digits.length; i += stride) {
        const step = digits[i] - digits[i - stride];
        up = step === 1 ? up + 1 : 1;
        down = step === -1 ? down + 1 : 1;
        if (up >= 5 || down >= 5) {
          return stride === 1
            ? 'a sequential run such as 01234 or abcde'
            : 'an interleaved sequence such as 0a1b2c3d4e';
        }
      }
    }
  }
  if (/(.)\1{4}/u.test(value)) return 'one digit repeated 5 times';
  const block = value.length <= 16 ? 4 : 6;
  for (let i = 0; i + block <= value.length; i += 1) {
    if (value.indexOf(value.slice(i, i + block), i + 1) !== -1)
      return `the block ${value.slice(i, i + block)} repeated`;
  }
  let alternating = 1;
  for (let i = 1; i < value.length; i += 1) {
    alternating = isDigit(value[i]) !== isDigit(value[i - 1]) ? alternating + 1 : 1;
    if (alternating >= Math.min(value.length, 20)) return 'digits and letters that strictly alternate';
  }
  if (value.length >= 64 && new Set(pairs(value)).size < 44) return 'too few distinct digit pairs';
  return undefined;
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

function pairs(value: string): string[] {
  const result: string[] = [];
  for (let i = 0; i + 2 <= value.length; i += 1) result.push(value.slice(i, i + 2));
  return result;
}

/** One page's hex values, with places already resolved to the page's lines and columns. */
export interface PageHexIds {
  file: string;
  tokens: Array<HexToken & {place: {line: number; column: number}}>;
}

export interface HexProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

const KIND_NAMES: Record<HexKind, string> = {
  container: 'a container ID',
  image: 'an image ID',
  digest: 'a digest',
  layer: 'a layer ID',
  volume: 'a volume name',
  network: 'a network ID',
  other: 'an ID',
};

const FIX = `generate a random one (python3 -c 'import secrets;print(secrets.token_hex(32))')`;

/** Problems inside one page: hand-typed values, and one value naming two kinds of object. */
export function pageProblems(page: PageHexIds): HexProblem[] {
  const problems: HexProblem[] = [];
  const judged = new Set<string>();
  const kindByKey = new Map<string, {kind: HexKind; line: number}>();
  for (const item of page.tokens) {
    if (!judged.has(item.value)) {
      judged.add(item.value);
      const pattern = handTypedPattern(item.value);
      if (pattern) {
        problems.push({
          ...at(page.file, item),
          message: `${item.value} looks typed by hand (${pattern}): IDs in sessions must look random, ${FIX}`,
        });
      }
    }
    if (item.kind === 'other') continue;
    const first = kindByKey.get(item.key);
    if (!first) kindByKey.set(item.key, {kind: item.kind, line: item.place.line});
    else if (first.kind !== item.kind) {
      problems.push({
        ...at(page.file, item),
        message: `${item.key}… is ${KIND_NAMES[item.kind]} here but ${KIND_NAMES[first.kind]} on line ${first.line}: one value per object, ${FIX}`,
      });
    }
  }
  return problems;
}

/** Values that appear on more than one page: reported on every page but the first (in path order). */
export function crossPageProblems(pages: readonly PageHexIds[]): HexProblem[] {
  const firstSeen = new Map<string, {file: string; line: number; kind: HexKind}>();
  const problems: HexProblem[] = [];
  for (const page of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    const reported = new Set<string>();
    for (const item of page.tokens) {
      const seen = firstSeen.get(item.key);
      if (!seen) {
        firstSeen.set(item.key, {file: page.file, line: item.place.line, kind: item.kind});
        continue;
      }
      if (seen.file === page.file || reported.has(item.key)) continue;
      reported.add(item.key);
      const kinds =
        seen.kind !== 'other' && item.kind !== 'other' && seen.kind !== item.kind
          ? ` (there ${KIND_NAMES[seen.kind]}, here ${KIND_NAMES[item.kind]})`
          : '';
      problems.push({
        ...at(page.file, item),
        message: `${item.key}… is also used in ${seen.file}:${seen.line}${kinds}: every page needs its own IDs, ${FIX}`,
      });
    }
  }
  return problems;
}

function at(file: string, item: {place: {line: number; column: number}}): {file: string; line: number; column: number} {
  return {file, line: item.place.line, column: item.place.column};
}
