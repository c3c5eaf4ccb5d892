import fs from 'node:fs';
import {WORK_DIR_VARIABLE} from './site';

/** Removes what global-setup.ts made (nothing when it reused an existing build). */
export default function globalTeardown(): void {
  const work = process.env[WORK_DIR_VARIABLE];
  if (work) fs.rmSync(work, {recursive: true, force: true});
}
