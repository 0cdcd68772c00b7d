// composer.lock: `packages` (runtime) and `packages-dev`. Branch checkouts (dev-main, 2.x-dev) have no release
// version advisories could name, so they are skipped.
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { parseJsonObject } from './json.js';
import { expectKind, optional, required } from './shape.js';
import { matchingLines } from './lines.js';

export function parseComposerLock(text: string): Package[] {
  const lock = parseJsonObject(text, 'composer.lock');
  if (lock.packages === undefined && lock['packages-dev'] === undefined) {
    throw new LockfileParseError('neither "packages" nor "packages-dev" found: not a composer.lock');
  }
  const lines = matchingLines(text, /^\s*"name":\s*"([^"]+)"/);
  const result: Package[] = [];
  for (const section of ['packages', 'packages-dev'] as const) {
    // composer writes `"packages-dev": null` when installed with --no-dev.
    const entries = lock[section] === null ? [] : (optional(lock, section, 'array', []) ?? []);
    for (const [index, value] of entries.entries()) {
      const where = [section, index];
      const entry = expectKind(value, 'object', where);
      const name = required(entry, 'name', 'string', where);
      const version = required(entry, 'version', 'string', where);
      if (version.startsWith('dev-') || version.endsWith('-dev')) continue;
      result.push({ ecosystem: 'Packagist', name, version, dev: section === 'packages-dev', line: lines.get(name) });
    }
  }
  return result;
}
