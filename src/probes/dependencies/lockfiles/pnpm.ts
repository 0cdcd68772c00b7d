// pnpm-lock.yaml: v5 (`/name/1.0.0`), v6 (`/name@1.0.0(peer@2)`, a `dev` flag per package) and v9 (`name@1.0.0`
// under `packages`, the graph under `snapshots`, dev-only-ness derived from the importers).
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { classifyReachable } from './graph.js';
import { isObject, stringField, type JsonObject } from './json.js';
import { registryVersion, splitNameAt } from './npm-spec.js';
import { parseYamlObject, sectionKeyLines } from './yaml.js';

export function parsePnpmLock(text: string): Package[] {
  const lock = parseYamlObject(text, 'pnpm-lock.yaml');
  const lockfileVersion = Number.parseFloat(String(lock.lockfileVersion ?? ''));
  if (Number.isNaN(lockfileVersion)) throw new LockfileParseError('missing lockfileVersion: not a pnpm lockfile');
  const packages = isObject(lock.packages) ? lock.packages : {};
  const lines = sectionKeyLines(text, 'packages');
  const devOnly = lockfileVersion >= 9 ? devOnlyV9(lock) : undefined;
  const result: Package[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const id = lockfileVersion >= 6 ? parseKey(key) : parseKeyV5(key);
    if (!id || !isObject(entry)) continue;
    const dev = devOnly ? devOnly.get(`${id.name}@${id.version}`) : typeof entry.dev === 'string' ? entry.dev === 'true' : undefined;
    result.push({ ecosystem: 'npm', name: stringField(entry, 'name') ?? id.name, version: id.version, dev, line: lines.get(key) });
  }
  return result;
}

/** v6 and v9 keys: optional leading `/`, `name@version`, then peer suffixes in parentheses. */
function parseKey(key: string): { name: string; version: string } | undefined {
  const spec = splitNameAt(stripPeers(key.replace(/^\//, '')));
  const version = spec && registryVersion(spec.rest);
  return spec && version ? { name: spec.name, version } : undefined;
}

/** v5 keys: `/name/version` with peers after an underscore (`/react-dom/17.0.2_react@17.0.2`). */
function parseKeyV5(key: string): { name: string; version: string } | undefined {
  const path = key.replace(/^\//, '');
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const version = registryVersion(path.slice(slash + 1).split('_')[0] ?? '');
  return version ? { name: path.slice(0, slash), version } : undefined;
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
