/**
 * `npm run test:stress [-- --runs N] [-- <jest args>]`: the browser tests on a
 * machine with every core busy. Starts one busy worker per core plus one
 * (plain CPU loops), runs `npm run test:e2e` N times in a row (3 by default)
 * against the production build in build/, then stops the workers. Prints one
 * line per run and exits 1 unless every run passed. The tests that build or
 * serve their own site copies (hostile, dev-server; minutes each) are left
 * out unless jest arguments are given.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

function busyWorkers(count: number): ChildProcess[] {
  const workers: ChildProcess[] = [];
  for (let i = 0; i < count; i += 1) {
    // A loop that never yields: each worker keeps one core fully loaded.
    workers.push(spawn(process.execPath, ['-e', 'for (;;) {}'], {stdio: 'ignore'}));
  }
  return workers;
}

function main(argv: string[]): number {
  let runs = 3;
  const jestArgs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--runs' && argv[i + 1]) runs = Number(argv[(i += 1)]);
    else jestArgs.push(argv[i]);
  }
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write('test:stress: --runs takes a positive whole number\n');
    return 2;
  }
  if (!fs.existsSync('build/index.html')) {
    process.stderr.write('test:stress: no production build in build/: run `npm run build` first\n');
    return 2;
  }
  const cores = os.availableParallelism();
  const workers = busyWorkers(cores + 1);
  const stop = () => {
    for (const worker of workers) worker.kill('SIGKILL');
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  if (jestArgs.length === 0) jestArgs.push('--testPathIgnorePatterns', '/node_modules/', 'hostile', 'dev-server');
  const results: string[] = [];
  let failed = 0;
  try {
    for (let run = 1; run <= runs; run += 1) {
      const load = os.loadavg()[0].toFixed(1);
      const started = Date.now();
      const result = spawnSync('npm', ['run', 'test:e2e', '--', ...jestArgs], {stdio: 'inherit'});
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const passed = result.status === 0;
      if (!passed) failed += 1;
      results.push(
        `run ${run}/${runs}: ${passed ? 'PASS' : `FAIL (exit ${result.status ?? result.signal})`} in ${seconds} s, ` +
          `load average ${load} at start, ${cores + 1} busy workers on ${cores} cores`,
      );
      process.stdout.write(`\ntest:stress ${results.at(-1)}\n`);
    }
  } finally {
    stop();
  }
  process.stdout.write(`\ntest:stress summary\n${results.join('\n')}\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
