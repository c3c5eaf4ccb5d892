/**
 * Timed production builds for `npm run bench`: wall time and peak memory of a
 * `docusaurus build` process tree, each started from cold caches.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

export interface BuildRun {
  label: string;
  seconds: number;
  /** Highest sum of resident memory over the build's process tree, in MiB. */
  peakMiB: number;
  ok: boolean;
}

/** Resident set size (bytes) of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) comes after the parenthesised command name, which may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Removes what would make a build warm: generated files, output and loader caches. */
export function clearCaches(siteDir: string, outDir: string): void {
  for (const dir of [path.join(siteDir, '.docusaurus'), outDir, path.join(siteDir, 'node_modules', '.cache')]) {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

export async function timedBuild(
  label: string,
  siteDir: string,
  outDir: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<BuildRun> {
  clearCaches(siteDir, outDir);
  const bin = path.join(siteDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'build', '--out-dir', outDir, ...args], {
    cwd: siteDir,
    env: {...process.env, ...env},
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 250);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) process.stderr.write(`bench: build "${label}" failed (exit ${code}):\n${stderr}\n`);
  return {label, seconds: Math.round(seconds * 10) / 10, peakMiB: Math.round(peak / 2 ** 20), ok: code === 0};
}
