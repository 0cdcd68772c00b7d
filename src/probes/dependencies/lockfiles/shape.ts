// Shape checks for parsed lockfile documents. A reader that met a field of the wrong type and skipped it would
// drop packages without a word; every field a reader relies on is read through these, so a wrong type is a
// LockfileParseError naming the key path (`packages["node_modules/a"].version is a number (1), expected a string`).
import { LockfileParseError } from '../types.js';
import type { JsonObject } from './json.js';

export type KeyPath = ReadonlyArray<string | number>;

interface Kinds {
  string: string;
  object: JsonObject;
  array: unknown[];
  boolean: boolean;
  number: number;
}
type Kind = keyof Kinds;

export function isKind<K extends Kind>(value: unknown, kind: K): value is Kinds[K] {
  switch (kind) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    default:
      return typeof value === kind;
  }
}

/** `value` as `kind`, or a LockfileParseError naming `path`. */
export function expectKind<K extends Kind>(value: unknown, kind: K, path: KeyPath): Kinds[K] {
  if (isKind(value, kind)) return value;
  throw new LockfileParseError(`${formatKeyPath(path)} is ${describe(value)}, expected ${kind === 'object' || kind === 'array' ? 'an' : 'a'} ${kind}`);
}

/** `parent[key]`: undefined when absent, else it must be a `kind` (null is a wrong type, not an absence). */
export function optional<K extends Kind>(parent: JsonObject, key: string, kind: K, path: KeyPath): Kinds[K] | undefined {
  const value = parent[key];
  return value === undefined ? undefined : expectKind(value, kind, [...path, key]);
}

/** `parent[key]`, which must be present and a `kind`. */
export function required<K extends Kind>(parent: JsonObject, key: string, kind: K, path: KeyPath): Kinds[K] {
  if (parent[key] === undefined) throw new LockfileParseError(`${formatKeyPath([...path, key])} is missing`);
  return expectKind(parent[key], kind, [...path, key]);
}

/** The items of an optional array of `kind`, each checked. */
export function optionalList<K extends Kind>(parent: JsonObject, key: string, kind: K, path: KeyPath): Array<Kinds[K]> {
  return (optional(parent, key, 'array', path) ?? []).map((item, index) => expectKind(item, kind, [...path, key, index]));
}

/** `packages["node_modules/a"].version`, `package[3].name`; the empty path is the document itself. */
export function formatKeyPath(path: KeyPath): string {
  if (path.length === 0) return 'the document';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$-]*$/.test(key) ? `${index === 0 ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`))
    .join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return `a ${typeof value} (${text.length > 40 ? `${text.slice(0, 40)}…` : text})`;
}
