// Temporary folders of the gate's own (runner reports, eslint output) that disappear with the run, also
// when it is interrupted: the interrupt handler exits without unwinding `finally` blocks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onInterrupt } from './interrupt.js';

export interface TempDir {
  path: string;
  remove(): void;
}

/** A fresh private folder in the system temp dir (mode 0700); `remove` it when done. */
export function makeTempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  const remove = (): void => rmSync(path, { recursive: true, force: true });
  const release = onInterrupt(remove);
  return {
    path,
    remove() {
      release();
      remove();
    },
  };
}
