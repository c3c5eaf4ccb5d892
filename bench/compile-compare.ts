/**
 * With vs without a remark plugin, over the same files, in one process: each
 * file is compiled both ways back to back, in alternating order, so load from
 * other processes, JIT warm-up and GC hit both sides alike (whole-corpus rounds
 * one after the other moved by ±10 points between runs on a shared machine).
 * Used by bench/transcript.ts and bench/glossary.ts.
 */
import {performance} from 'node:perf_hooks';

export function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

export interface CompareOptions<F> {
  files: readonly F[];
  rounds: number;
  /** Compiles one file with (`true`) or without the plugin. */
  compile(file: F, withPlugin: boolean): Promise<unknown>;
  /** Called before each round's compiles (e.g. to reset the plugin's own timer). */
  beforeRound?(): void;
  /** Called after each round with that round's index. */
  afterRound?(round: number): void;
}

export interface CompareResult {
  rounds: number;
  /** Median over rounds of one round's total compile time, ms. */
  cpu: {withoutPluginMs: number; withPluginMs: number};
  wall: {withoutPluginMs: number; withPluginMs: number};
  /** (with − without) / without per round, median over rounds: CPU (`ratio`) and wall clock (`wallRatio`). */
  ratio: number;
  wallRatio: number;
  roundRatios: {cpu: number[]; wall: number[]};
  /** The same from each file's fastest compile (least affected by the neighbours' load). */
  minRatio: {cpu: number; wall: number};
  /** Per round, the CPU total with the plugin (for shares of the plugin's own time). */
  withCpuPerRound: number[];
}

export async function compareCompile<F>(options: CompareOptions<F>): Promise<CompareResult> {
  const {files, rounds, compile} = options;
  /** times[side][round][file] = [cpu, wall] */
  const times: Record<'without' | 'with', [number, number][][]> = {without: [], with: []};
  const timeOne = async (file: F, withPlugin: boolean): Promise<[number, number]> => {
    const c0 = cpuMs();
    const w0 = performance.now();
    await compile(file, withPlugin);
    return [cpuMs() - c0, performance.now() - w0];
  };
  for (let round = 0; round < rounds; round++) {
    options.beforeRound?.();
    const without: [number, number][] = [];
    const withPlugin: [number, number][] = [];
    for (let k = 0; k < files.length; k++) {
      if ((k + round) % 2 === 0) {
        without.push(await timeOne(files[k], false));
        withPlugin.push(await timeOne(files[k], true));
      } else {
        withPlugin.push(await timeOne(files[k], true));
        without.push(await timeOne(files[k], false));
      }
    }
    times.without.push(without);
    times.with.push(withPlugin);
    options.afterRound?.(round);
  }
  const indexes = Array.from({length: rounds}, (_, r) => r);
  const total = (side: 'without' | 'with', round: number, kind: 0 | 1): number =>
    times[side][round].reduce((n, t) => n + t[kind], 0);
  const minSum = (side: 'without' | 'with', kind: 0 | 1): number =>
    files.reduce((n, _, k) => n + Math.min(...times[side].map((r) => r[k][kind])), 0);
  const ratios = (kind: 0 | 1): number[] =>
    indexes.map((r) => round4(total('with', r, kind) / total('without', r, kind) - 1));
  const cpuRatios = ratios(0);
  const wallRatios = ratios(1);
  return {
    rounds,
    cpu: {
      withoutPluginMs: Math.round(median(indexes.map((r) => total('without', r, 0)))),
      withPluginMs: Math.round(median(indexes.map((r) => total('with', r, 0)))),
    },
    wall: {
      withoutPluginMs: Math.round(median(indexes.map((r) => total('without', r, 1)))),
      withPluginMs: Math.round(median(indexes.map((r) => total('with', r, 1)))),
    },
    ratio: median(cpuRatios),
    wallRatio: median(wallRatios),
    roundRatios: {cpu: cpuRatios, wall: wallRatios},
    minRatio: {
      cpu: round4(minSum('with', 0) / minSum('without', 0) - 1),
      wall: round4(minSum('with', 1) / minSum('without', 1) - 1),
    },
    withCpuPerRound: indexes.map((r) => total('with', r, 0)),
  };
}
