// bun.lock (text lockfile, JSON with trailing commas). `packages` maps install paths ("a", "a/b" for a copy
// nested under a) to tuples whose first item is the resolved `name@version`. The binary bun.lockb is not read.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { classifyReachable } from './graph.js';
import { isObject, type JsonObject } from './json.js';
import { expectKind } from './shape.js';
import { jsonPropertyLines } from './lines.js';
import { registryVersion, splitNameAt } from './npm-spec.js';

export function parseBunLock(text: string): Package[] {
  const lock = parseJsonc(text);
  if (lock.packages === undefined) throw new LockfileParseError('no "packages" object: not a bun.lock');
  const packages = expectKind(lock.packages, 'object', ['packages']);
  const lines = jsonPropertyLines(text, (parent) => parent.length === 1 && parent[0] === 'packages');
  const devOnly = classifyDev(lock, packages);
  const result: Package[] = [];
  for (const [path, value] of Object.entries(packages)) {
    const entry = expectKind(value, 'array', ['packages', path]);
    const ident = splitNameAt(expectKind(entry[0], 'string', ['packages', path, 0]));
    const version = ident && registryVersion(ident.rest);
    if (!ident || !version) continue;
    result.push({ ecosystem: 'npm', name: ident.name, version, dev: devOnly(path), line: lines.get(`packages\u0000${path}`) });
  }
  return result;
}

function parseJsonc(text: string): JsonObject {
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const line = text.slice(0, first.offset).split('\n').length;
    throw new LockfileParseError(`not valid JSON: ${printParseErrorCode(first.error)} at line ${line}`);
  }
  if (!isObject(data)) throw new LockfileParseError('expected a JSON object at the top of a bun.lock');
  return data;
}

/** Dev-only-ness from the workspaces' dependency lists, following each package's own dependencies. */
function classifyDev(lock: JsonObject, packages: JsonObject): (path: string) => boolean | undefined {
  const workspaces = isObject(lock.workspaces) ? Object.values(lock.workspaces).filter(isObject) : [];
  if (workspaces.length === 0) return () => undefined;
  const resolve = (from: string | undefined, dep: string): string | undefined => {
    for (let scope = from; scope !== undefined; scope = parentPath(scope)) {
      if (`${scope}/${dep}` in packages) return `${scope}/${dep}`;
    }
    return dep in packages ? dep : undefined;
  };
  const roots = (fields: string[]): string[] =>
    workspaces.flatMap((workspace) => {
      const scope = typeof workspace.name === 'string' ? workspace.name : undefined;
      return fields.flatMap((field) => names(workspace[field]).map((dep) => resolve(scope, dep)));
    }).filter((path): path is string => path !== undefined);
  const edges = (path: string): string[] => {
    const entry = packages[path];
    const info = Array.isArray(entry) ? entry.find(isObject) : undefined;
    if (!info) return [];
    return [...names(info.dependencies), ...names(info.optionalDependencies)]
      .map((dep) => resolve(path, dep))
      .filter((next): next is string => next !== undefined);
  };
  return classifyReachable(roots(['dependencies', 'optionalDependencies', 'peerDependencies']), roots(['devDependencies']), edges);
}

function names(deps: unknown): string[] {
  return isObject(deps) ? Object.keys(deps) : [];
}

/** The install path one level up: "a/@s/b" -> "a", "a/b" -> "a", "a" -> undefined. */
function parentPath(path: string): string | undefined {
  const segments = path.split('/');
  const drop = segments.length >= 2 && segments[segments.length - 2]?.startsWith('@') ? 2 : 1;
  return segments.length > drop ? segments.slice(0, -drop).join('/') : undefined;
}
