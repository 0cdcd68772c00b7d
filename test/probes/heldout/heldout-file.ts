// Held-out checks on disk, the way the gate and the probe read them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { HeldoutItem } from '../../../src/heldout/file.js';
import { tempDir } from '../../helpers/repo.js';

/** Writes the held-out checks to `dir`/heldout.yml (default: a temp folder outside any repository); returns its path. */
export function heldoutFile(items: HeldoutItem[], dir = tempDir()): string {
  const path = join(dir, 'heldout.yml');
  writeFileSync(path, YAML.stringify({ items }));
  return path;
}
