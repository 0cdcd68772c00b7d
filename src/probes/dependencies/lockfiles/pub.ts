// pubspec.lock (Dart and Flutter): `packages` maps names to `{dependency, description, source, version}`.
// Only `hosted` packages come from a registry (pub.dev or another); git, path and sdk packages are skipped.
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { expectKind, optional, required } from './shape.js';
import { parseYamlObject, sectionKeyLines } from './yaml.js';

export function parsePubspecLock(text: string): Package[] {
  const lock = parseYamlObject(text, 'pubspec.lock');
  if (lock.packages === undefined && lock.sdks === undefined) throw new LockfileParseError('neither "packages" nor "sdks" found: not a pubspec.lock');
  // `packages: {}` is how pub writes none; an empty value is none too.
  const packages = lock.packages === null ? {} : (optional(lock, 'packages', 'object', []) ?? {});
  const lines = sectionKeyLines(text, 'packages');
  const result: Package[] = [];
  for (const [name, value] of Object.entries(packages)) {
    const where = ['packages', name];
    const entry = expectKind(value, 'object', where);
    if (required(entry, 'source', 'string', where) !== 'hosted') continue;
    const dependency = optional(entry, 'dependency', 'string', where);
    result.push({
      ecosystem: 'Pub',
      name,
      version: required(entry, 'version', 'string', where),
      dev: dependency === undefined ? undefined : dependency === 'direct dev',
      line: lines.get(name),
    });
  }
  return result;
}
