#!/usr/bin/env node
// Builds one workspace package (run from its folder): the Node side (src/ minus
// src/theme) to CommonJS in lib/, the theme components to ES modules in
// lib/theme/ (the bundler's format, as Docusaurus's own themes ship them), and
// copies the CSS modules tsc does not emit.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';

const dir = process.cwd();
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
fs.rmSync(path.join(dir, 'lib'), {recursive: true, force: true});
for (const config of ['tsconfig.json', 'tsconfig.theme.json']) {
  if (fs.existsSync(path.join(dir, config)))
    execFileSync(process.execPath, [tsc, '-p', config], {cwd: dir, stdio: 'inherit'});
}
function copyCss(from, to) {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, {withFileTypes: true})) {
    if (entry.name === '__tests__') continue;
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) copyCss(src, dest);
    else if (entry.name.endsWith('.css')) {
      fs.mkdirSync(to, {recursive: true});
      fs.copyFileSync(src, dest);
    }
  }
}
copyCss(path.join(dir, 'src', 'theme'), path.join(dir, 'lib', 'theme'));
