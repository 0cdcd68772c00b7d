// pnpm-lock.yaml: v5 (`/name/1.0.0`, or `host/name/1.0.0` for another registry), v6 (`/name@1.0.0(peer@2)`, a `dev` flag per package) and v9 (`name@1.0.0`
// under `packages`, the graph under `snapshots`, dev-only-ness derived from the importers).
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { classifyReachable } from './graph.js';
import { isObject, stringField, type JsonObject } from './json.js';
import { expectKind, optional } from './shape.js';
import { registryVersion, splitNameAt } from './npm-spec.js';
import { parseYamlObject, sectionKeyLines } from './yaml.js';

export function parsePnpmLock(text: string): Package[] {
  const lock = parseYamlObject(text, 'pnpm-lock.yaml');
  // The failsafe schema reads `lockfileVersion: 5.4` and `'9.0'` alike as strings.
  const version = lock.lockfileVersion === undefined ? undefined : expectKind(lock.lockfileVersion, 'string', ['lockfileVersion']);
  const lockfileVersion = Number.parseFloat(version ?? '');
  if (Number.isNaN(lockfileVersion)) throw new LockfileParseError('missing lockfileVersion: not a pnpm lockfile');
  const packages = optional(lock, 'packages', 'object', []) ?? {};
  const lines = sectionKeyLines(text, 'packages');
  const devOnly = lockfileVersion >= 9 ? devOnlyV9(lock) : undefined;
  const result: Package[] = [];
  for (const [key, value] of Object.entries(packages)) {
    const where = ['packages', key];
    // An entry with no body (`/foo/1.0.0:`, as some writers leave resolved-only packages) still pins the key's version.
    const entry = value === null || value === '' ? {} : expectKind(value, 'object', where);
    const id = lockfileVersion >= 9 ? parseKey(key) : parseKeyBefore9(key, lockfileVersion >= 6);
    // Tarball, git and directory dependencies have keys without a registry version (`foo@https://…`): skipped.
    if (!id) continue;
    const dev = devOnly ? devOnly.get(`${id.name}@${id.version}`) : devFlag(optional(entry, 'dev', 'string', where));
    result.push({ ecosystem: 'npm', name: optional(entry, 'name', 'string', where) ?? id.name, version: id.version, dev, line: lines.get(key) });
  }
  return result;
}

/** v9 keys: `name@version`, then peer suffixes in parentheses. */
function parseKey(key: string): { name: string; version: string } | undefined {
  const spec = splitNameAt(stripPeers(key.replace(/^\//, '')));
  const version = spec && registryVersion(spec.rest);
  return spec && version ? { name: spec.name, version } : undefined;
}

/**
 * v5 keys are `/name/version` with peers after an underscore (`/react-dom/17.0.2_react@17.0.2`), v6 keys
 * `/name@version(peer@2)`. A key without the leading `/` names its registry host first, as pnpm's
 * dependency-path does (`registry.npmjs.org/foo/1.1.0`, `example.com/@s/foo@1.2.0`): the host is not the name.
 */
function parseKeyBefore9(key: string, v6: boolean): { name: string; version: string } | undefined {
  const path = key.startsWith('/') ? key.slice(1) : key.slice(key.indexOf('/') + 1);
  if (v6) return parseKey(path);
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const version = registryVersion(path.slice(slash + 1).split('_')[0] ?? '');
  return version ? { name: path.slice(0, slash), version } : undefined;
}

/** `dev: true` (the failsafe schema keeps it a string), `dev: false`, or absent: no verdict. */
function devFlag(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'true';
}

function stripPeers(key: string): string {
  const paren = key.indexOf('(');
  return paren < 0 ? key : key.slice(0, paren);
}

/**
 * v9 has no dev flag: a package is dev-only when every snapshot of it is reachable from importers'
 * devDependencies and none from their dependencies or optionalDependencies.
 */
function devOnlyV9(lock: JsonObject): Map<string, boolean> {
  const snapshots = isObject(lock.snapshots) ? lock.snapshots : {};
  const importers = isObject(lock.importers) ? Object.values(lock.importers).filter(isObject) : [];
  const roots = (fields: string[]): string[] => {
    const keys: string[] = [];
    for (const importer of importers) {
      for (const field of fields) {
        const deps = importer[field];
        if (!isObject(deps)) continue;
        for (const [name, dep] of Object.entries(deps)) keys.push(snapshotKey(name, isObject(dep) ? (stringField(dep, 'version') ?? '') : String(dep)));
      }
    }
    return keys;
  };
  const edges = (key: string): string[] => {
    const snapshot = snapshots[key];
    const keys: string[] = [];
    if (!isObject(snapshot)) return keys;
    for (const field of ['dependencies', 'optionalDependencies']) {
      const deps = snapshot[field];
      if (!isObject(deps)) continue;
      for (const name in deps) keys.push(snapshotKey(name, String(deps[name])));
    }
    return keys;
  };
  const devOf = classifyReachable(roots(['dependencies', 'optionalDependencies']), roots(['devDependencies']), edges);
  const dev = new Map<string, boolean>();
  for (const key of Object.keys(snapshots)) {
    const packageId = stripPeers(key);
    const verdict = devOf(key);
    // A package is prod as soon as one of its snapshots is.
    if (verdict !== undefined && dev.get(packageId) !== false) dev.set(packageId, verdict);
  }
  return dev;
}

/** A dependency's snapshot key: `name@version(peers)`, or the alias target written as `real@version(peers)`. */
function snapshotKey(name: string, version: string): string {
  const first = version.charCodeAt(0);
  return first >= 48 && first <= 57 ? `${name}@${version}` : version; // starts with a digit: a plain version
}
