// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`) and 2/3 (flat `packages`).
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { parseJsonObject, type JsonObject } from './json.js';
import { jsonPropertyLines } from './lines.js';
import { registryVersion, splitNameAt } from './npm-spec.js';
import { expectKind, optional, type KeyPath } from './shape.js';

const NODE_MODULES = 'node_modules/';

export function parseNpmLock(text: string): Package[] {
  const lock = parseJsonObject(text, 'package-lock.json');
  const lockfileVersion = optional(lock, 'lockfileVersion', 'number', []);
  const packages = optional(lock, 'packages', 'object', []);
  const dependencies = optional(lock, 'dependencies', 'object', []);
  if (packages) return fromPackages(packages, text);
  if (dependencies) return fromDependencies(dependencies, text);
  if (lockfileVersion !== undefined) return [];
  throw new LockfileParseError('neither "packages" nor "dependencies" found: not an npm lockfile');
}

/** v2/v3: keys are install paths; workspace folders and links are local code, not registry packages. */
function fromPackages(packages: JsonObject, text: string): Package[] {
  const lines = installPathLines(text);
  const result: Package[] = [];
  for (const [path, value] of Object.entries(packages)) {
    const at = path.lastIndexOf(NODE_MODULES);
    const where = ['packages', path];
    const entry = expectKind(value, 'object', where);
    if (at < 0 || optional(entry, 'link', 'boolean', where) === true || !fromRegistry(entry, where)) continue;
    // Aliased installs (`"foo": "npm:bar@1"`) keep the folder name in the path and the real name in `name`.
    const name = optional(entry, 'name', 'string', where) ?? path.slice(at + NODE_MODULES.length);
    const version = registryVersion(optional(entry, 'version', 'string', where) ?? '');
    if (!version) continue;
    result.push({ ecosystem: 'npm', name, version, dev: optional(entry, 'dev', 'boolean', where) === true, line: lines.get(path) });
  }
  return result;
}

/** v1: a tree of `dependencies`; aliases are written as `"version": "npm:bar@1.2.3"`. */
function fromDependencies(root: JsonObject, text: string): Package[] {
  const lines = jsonPropertyLines(text, (parent) => parent.length % 2 === 1 && parent.every((key, i) => i % 2 === 1 || key === 'dependencies'));
  const result: Package[] = [];
  const walk = (dependencies: JsonObject, parentPath: string[]): void => {
    for (const [folder, value] of Object.entries(dependencies)) {
      const path = [...parentPath, 'dependencies', folder];
      const entry = expectKind(value, 'object', path);
      const resolved = resolveV1(folder, optional(entry, 'version', 'string', path) ?? '');
      if (resolved && fromRegistry(entry, path)) {
        result.push({ ecosystem: 'npm', ...resolved, dev: optional(entry, 'dev', 'boolean', path) === true, line: lines.get(path.join('\u0000')) });
      }
      const nested = optional(entry, 'dependencies', 'object', path);
      if (nested) walk(nested, path);
    }
  };
  walk(root, []);
  return result;
}

function resolveV1(folder: string, version: string): { name: string; version: string } | undefined {
  if (version.startsWith('npm:')) {
    const alias = splitNameAt(version.slice('npm:'.length));
    const real = alias && registryVersion(alias.rest);
    return alias && real ? { name: alias.name, version: real } : undefined;
  }
  const real = registryVersion(version);
  return real ? { name: folder, version: real } : undefined;
}

/** Git, file and link sources carry a package.json version but no registry advisories apply to them. */
function fromRegistry(entry: JsonObject, path: KeyPath): boolean {
  const resolved = optional(entry, 'resolved', 'string', path);
  return resolved === undefined || /^https?:\/\//.test(resolved);
}

/**
 * Lines of `"…node_modules/…": {` keys. In v2/v3 only the `packages` map has keys containing `node_modules/`, so
 * one regular-expression pass finds them all; a full JSON visitor pass costs several times more on large files.
 */
function installPathLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const key = /"((?:[^"\\]|\\.)*node_modules\/(?:[^"\\]|\\.)*)"\s*:\s*\{/g;
  let line = 1;
  // The next newline is remembered, not searched for again from the last match: on a minified (one-line)
  // lockfile that search ran to the end of the text for every key, quadratic in the number of packages.
  let newline = text.indexOf('\n');
  for (let match = key.exec(text); match; match = key.exec(text)) {
    for (; newline !== -1 && newline < match.index; newline = text.indexOf('\n', newline + 1)) line += 1;
    const path = JSON.parse(`"${match[1]}"`) as string;
    if (!lines.has(path)) lines.set(path, line);
  }
  return lines;
}
