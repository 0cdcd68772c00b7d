// yarn.lock, classic (v1, read by yarn-classic.ts) and berry (v2+, YAML, read by @yarnpkg/parsers' parseSyml).
// Neither format says which packages are dev-only (that lives in package.json), so `dev` stays undefined.
import { parseSyml } from '@yarnpkg/parsers';
import { errorMessage } from '../../../core/errors.js';
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { isObject, type JsonObject } from './json.js';
import { expectKind, optional } from './shape.js';
import { registryVersion, splitNameAt } from './npm-spec.js';
import { parseClassicYarnLock, type YarnEntries } from './yarn-classic.js';

export function parseYarnLock(text: string): Package[] {
  // Berry files always carry `__metadata` (they are YAML); anything else is the classic syntax, header or not.
  const berry = /^"?__metadata"?:/m.test(text);
  const { entries, lines } = berry ? parseBerry(text) : parseClassicYarnLock(text);
  const result: Package[] = [];
  for (const [key, value] of Object.entries(entries)) {
    if (key === '__metadata') continue;
    const entry = expectKind(value, 'object', [key]);
    const descriptor = key.split(',')[0]?.trim() ?? key;
    const resolved = berry ? fromBerry(entry, key) : fromClassic(descriptor, entry, key);
    if (resolved) result.push({ ecosystem: 'npm', ...resolved, line: lines.get(descriptor) });
  }
  return result;
}

function parseBerry(text: string): YarnEntries {
  let lock: unknown;
  try {
    lock = parseSyml(text);
  } catch (error) {
    throw new LockfileParseError(`not valid YAML (${errorMessage(error)})`);
  }
  if (!isObject(lock)) throw new LockfileParseError('expected a mapping of package descriptors');
  return { entries: lock, lines: headerLines(text) };
}

/**
 * Classic: the descriptor names the package (`foo@^1`, an alias `foo@npm:bar@^1`, or a bare `foo` when
 * package.json gave no range); `version` is resolved.
 */
function fromClassic(descriptor: string, entry: JsonObject, key: string): { name: string; version: string } | undefined {
  const spec = splitNameAt(descriptor) ?? (/^(?:@[^/@]+\/)?[^/@]+$/.test(descriptor) ? { name: descriptor, rest: '' } : undefined);
  const version = registryVersion(optional(entry, 'version', 'string', [key]) ?? '');
  if (!spec || !version || !classicRegistryRange(spec.rest)) return undefined;
  if (spec.rest.startsWith('npm:')) {
    const alias = splitNameAt(spec.rest.slice('npm:'.length));
    return alias ? { name: alias.name, version } : undefined;
  }
  return { name: spec.name, version };
}

/** Ranges that resolve through the registry: semver ranges, tags and `npm:` aliases; not URLs, git or paths. */
function classicRegistryRange(range: string): boolean {
  return !/^(?:[a-z+]+:\/\/|git[+:@]|github:|gitlab:|bitbucket:|file:|link:|portal:|\.{0,2}\/)/.test(range) || range.startsWith('npm:');
}

/** Berry: `resolution` is `name@npm:1.2.3`, or a patch of one (`name@patch:name@npm%3A1.2.3#...`). */
function fromBerry(entry: JsonObject, key: string): { name: string; version: string } | undefined {
  const resolution = splitNameAt(optional(entry, 'resolution', 'string', [key]) ?? '');
  if (!resolution) return undefined;
  let reference = resolution.rest;
  if (reference.startsWith('patch:')) {
    const inner = splitNameAt(decodeURIComponent(reference.slice('patch:'.length).split('#')[0] ?? ''));
    if (!inner || inner.name !== resolution.name) return undefined;
    reference = inner.rest;
  }
  if (!reference.startsWith('npm:')) return undefined;
  const version = registryVersion(reference.slice('npm:'.length));
  return version ? { name: resolution.name, version } : undefined;
}

/** Line of each entry: unindented header lines list the entry's descriptors, possibly quoted, comma-separated. */
function headerLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 0;
  for (const content of text.split('\n')) {
    line += 1;
    if (content === '' || content.startsWith(' ') || content.startsWith('#') || !content.trimEnd().endsWith(':')) continue;
    const first = content.trimEnd().slice(0, -1).split(',')[0]?.trim().replace(/^"|"$/g, '');
    if (first) lines.set(first, line);
  }
  return lines;
}

