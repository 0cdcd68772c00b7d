// composer.lock: `packages` (runtime) and `packages-dev`. Branch checkouts (dev-main, 2.x-dev) have no release
// version advisories could name, so they are skipped.
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { isObject, parseJsonObject, stringField } from './json.js';
import { matchingLines } from './lines.js';

export function parseComposerLock(text: string): Package[] {
  const lock = parseJsonObject(text, 'composer.lock');
  if (!Array.isArray(lock.packages) && !Array.isArray(lock['packages-dev'])) {
    throw new LockfileParseError('neither "packages" nor "packages-dev" found: not a composer.lock');
  }
  const lines = matchingLines(text, /^\s*"name":\s*"([^"]+)"/);
  const result: Package[] = [];
  for (const section of ['packages', 'packages-dev'] as const) {
    const entries = lock[section];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries.filter(isObject)) {
      const name = stringField(entry, 'name');
      const version = stringField(entry, 'version');
      if (!name || !version || version.startsWith('dev-') || version.endsWith('-dev')) continue;
      result.push({ ecosystem: 'Packagist', name, version, dev: section === 'packages-dev', line: lines.get(name) });
    }
  }
  return result;
}
