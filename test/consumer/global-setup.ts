/**
 * Runs once before the consumer tests: packs both packages (npm pack), installs
 * the tarballs into a copy of test/consumer/site (the classic TypeScript
 * template, English, two doc versions, a second docs instance) and builds it.
 * Every consumer test file serves that one build (`consumerBuildDir()`).
 * Set CONSUMER_BUILD_DIR to an existing build to skip this step.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {BUILD_DIR_VARIABLE, WORK_DIR_VARIABLE} from './site';

const PACKAGES = ['plugins/shell-transcript', 'plugins/glossary'];
const quiet = {stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[], encoding: 'utf8' as const};

function copySite(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|build|\.docusaurus)$/.test(src),
  });
}

function run(command: string, args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): string {
  try {
    return execFileSync(command, args, {...quiet, ...options});
  } catch (error) {
    const {stdout = '', stderr = ''} = error as {stdout?: string; stderr?: string};
    throw new Error(
      `consumer site: \`${path.basename(command)} ${args.join(' ')}\` failed in ${options.cwd}\n${stdout}${stderr}`,
    );
  }
}

export default function globalSetup(): void {
  if (process.env[BUILD_DIR_VARIABLE]) return;
  const root = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-'));
  process.env[WORK_DIR_VARIABLE] = work;
  const tarballs = path.join(work, 'tarballs');
  fs.mkdirSync(tarballs);
  const packed = PACKAGES.map((dir) => {
    const out = run('npm', ['pack', '--json', '--pack-destination', tarballs], {cwd: path.join(root, dir)});
    return path.join(tarballs, (JSON.parse(out) as Array<{filename: string}>)[0].filename);
  });
  const site = path.join(work, 'site');
  copySite(path.join(root, 'test/consumer/site'), site);
  // What a user types: npm install <our packages> (from the tarballs instead of the registry).
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...packed], {cwd: site});
  run(process.execPath, [path.join(site, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
    cwd: site,
    env: {...process.env, NODE_ENV: 'production'},
  });
  process.env[BUILD_DIR_VARIABLE] = path.join(site, 'build');
}
