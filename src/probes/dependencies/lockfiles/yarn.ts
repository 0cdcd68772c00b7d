// yarn.lock, classic (v1) and berry (v2+): @yarnpkg/parsers' parseSyml reads both syntaxes.
// Neither format says which packages are dev-only (that lives in package.json), so `dev` stays undefined.
import { parseSyml } from '@yarnpkg/parsers';
import { errorMessage } from '../../../core/errors.js';
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { isObject, stringField, type JsonObject } from './json.js';
import { registryVersion, splitNameAt } from './npm-spec.js';

export function parseYarnLock(text: string): Package[] {
  let lock: JsonObject;
  // parseSyml picks the classic grammar only after the `# yarn lockfile v1` header yarn writes; a classic file
  // that lost it would be read as YAML and come out empty. Berry files always carry `__metadata`.
  const classic = !/^"?__metadata"?:/m.test(text);
  const addHeader = classic && !/^# yarn lockfile v1$/m.test(text);
  try {
    lock = parseSyml(addHeader ? `# yarn lockfile v1\n${text}` : text);
  } catch (error) {
    throw new LockfileParseError(syntaxError(error, addHeader ? 1 : 0));
  }
  if (!isObject(lock)) throw new LockfileParseError('expected a mapping of package descriptors');
  const berry = !classic;
  const lines = headerLines(text);
  const result: Package[] = [];
  for (const [key, entry] of Object.entries(lock)) {
    if (key === '__metadata' || !isObject(entry)) continue;
    const descriptor = key.split(',')[0]?.trim() ?? key;
    const resolved = berry ? fromBerry(entry) : fromClassic(descriptor, entry);
    if (resolved) result.push({ ecosystem: 'npm', ...resolved, line: lines.get(descriptor) });
  }
  return result;
}

/** Classic: the descriptor names the package (`foo@^1`, or an alias `foo@npm:bar@^1`); `version` is resolved. */
function fromClassic(descriptor: string, entry: JsonObject): { name: string; version: string } | undefined {
  const spec = splitNameAt(descriptor);
  const version = registryVersion(stringField(entry, 'version') ?? '');
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
function fromBerry(entry: JsonObject): { name: string; version: string } | undefined {
  const resolution = splitNameAt(stringField(entry, 'resolution') ?? '');
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

/** The classic grammar's errors list every token it expected; the position is what helps. */
function syntaxError(error: unknown, linesAdded: number): string {
  const location = (error as { location?: { start?: { line?: number; column?: number } } }).location?.start;
  if (location?.line !== undefined) return `syntax error at line ${location.line - linesAdded}, column ${location.column ?? 1}`;
  return errorMessage(error);
}
