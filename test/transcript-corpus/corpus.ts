/**
 * The shape of the transcript regression corpus (one JSON file per source
 * project, see SOURCES.md) and how a block is scored: the commands the parser
 * finds, comments and empty prompts left out, compared with `expected`.
 */
import {parseMeta, parseTranscript} from '@docker-k8s-notes/docusaurus-theme-shell-transcript/parse';

export interface CorpusBlock {
  /** Path in the source repository and 1-based line of the opening fence. */
  path: string;
  line: number;
  lang: string | null;
  meta: string | null;
  value: string;
  /** The commands a reader would copy, in order; `null`: not a session, stays a plain block. */
  expected: string[] | null;
  /** Set when a person decided `expected` by hand: why. */
  review?: string;
  /** A known gap: the parser does not reach `expected` (it must still never add a command). */
  gap?: true;
}

export interface CorpusFile {
  repo: string;
  commit: string;
  license: string;
  blocks: CorpusBlock[];
}

/** What the plugin does with the block, reduced to its commands (`null`: left plain). */
export function corpusCommands(block: Pick<CorpusBlock, 'lang' | 'meta' | 'value'>): string[] | null {
  const meta = parseMeta(block.meta);
  if (meta.noTranscript) return null;
  const steps = parseTranscript(block.value, {
    lang: meta.transcript ? 'console' : (block.lang ?? undefined),
    prompts: meta.prompts,
  });
  if (!steps) return null;
  return steps.filter((s) => s.kind !== 'comment' && s.command !== '').map((s) => s.command);
}

export interface CorpusScore {
  blocks: number;
  /** Blocks a reader calls sessions (`expected` not null). */
  sessions: number;
  /** Sessions the parser turns into a transcript. */
  converted: number;
  /** Sessions whose commands the parser finds exactly. */
  sessionsRight: number;
  expectedCommands: number;
  /** Expected commands the parser finds (in a converted block, as a multiset). */
  commandsRight: number;
  /** Commands the parser finds that are not expected: prose or output taken for a command. */
  extraCommands: number;
  /** Sessions left as plain blocks. */
  unconverted: number;
  /** Blocks that are not sessions and stay plain. */
  plainKeptPlain: number;
  bytes: number;
}

export function scoreBlock(block: CorpusBlock, actual: string[] | null): {right: number; extra: number} {
  const expected = [...(block.expected ?? [])];
  let right = 0;
  let extra = 0;
  for (const command of actual ?? []) {
    const k = expected.indexOf(command);
    if (k >= 0) {
      expected.splice(k, 1);
      right++;
    } else extra++;
  }
  return {right, extra};
}

export function scoreCorpus(blocks: readonly CorpusBlock[]): CorpusScore {
  const score: CorpusScore = {
    blocks: 0,
    sessions: 0,
    converted: 0,
    sessionsRight: 0,
    expectedCommands: 0,
    commandsRight: 0,
    extraCommands: 0,
    unconverted: 0,
    plainKeptPlain: 0,
    bytes: 0,
  };
  for (const block of blocks) {
    const actual = corpusCommands(block);
    const {right, extra} = scoreBlock(block, actual);
    score.blocks++;
    score.bytes += Buffer.byteLength(block.value);
    score.extraCommands += extra;
    if (block.expected === null) {
      if (actual === null) score.plainKeptPlain++;
      continue;
    }
    score.sessions++;
    score.expectedCommands += block.expected.length;
    score.commandsRight += right;
    if (actual === null) score.unconverted++;
    else score.converted++;
    if (JSON.stringify(actual) === JSON.stringify(block.expected)) score.sessionsRight++;
  }
  return score;
}
