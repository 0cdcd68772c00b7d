// Cargo.lock: crates from a registry (crates.io or a sparse/git index mirror); path and git crates are local code.
// Cargo.toml: the dependencies it pins exactly (`=1.2.3`); Cargo reads `1.2.3` as `^1.2.3`, a range Cargo.lock
// resolves, and path and git dependencies are not crates.io's.
import type { Package } from '../types.js';
import type { JsonObject } from './json.js';
import { expectKind, optional, required, type KeyPath } from './shape.js';
import { parseTomlDocument, parseTomlPackages } from './toml.js';

export function parseCargoLock(text: string): Package[] {
  return parseTomlPackages(text).flatMap(({ entry, line, where }) => {
    const name = required(entry, 'name', 'string', where);
    const version = required(entry, 'version', 'string', where);
    const source = optional(entry, 'source', 'string', where) ?? '';
    if (!/^(?:registry|sparse)\+/.test(source)) return [];
    return [{ ecosystem: 'crates.io' as const, name, version, line }];
  });
}

const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'] as const;

export function parseCargoToml(text: string): Package[] {
  const manifest = parseTomlDocument(text);
  // One pass over the lines, keyed by the dependency name a line starts with (`serde = `, `"serde" = `,
  // `serde.workspace = `): a search per dependency was quadratic (8000 dependencies: 43 s).
  const lines = new Map<string, number>();
  text.split('\n').forEach((content, index) => {
    const key = /^\s*(?:"([^"]+)"|([^\s=."]+))\s*(?:\.[\w.-]+\s*)?=/.exec(content);
    const name = key?.[1] ?? key?.[2];
    if (name !== undefined && !lines.has(name)) lines.set(name, index + 1);
  });
  const lineOf = (name: string): number | undefined => lines.get(name);
  const result: Package[] = [];
  const read = (table: JsonObject, where: KeyPath, dev: boolean | undefined): void => {
    for (const [key, value] of Object.entries(table)) {
      const spec = typeof value === 'string' ? { version: value } : expectKind(value, 'object', [...where, key]);
      if (spec.path !== undefined || spec.git !== undefined || spec.workspace !== undefined) continue; // local, git, or the workspace's entry
      if (spec.registry !== undefined && spec.registry !== 'crates-io') continue;
      const version = optional(spec, 'version', 'string', [...where, key]);
      const exact = version === undefined ? undefined : /^\s*=\s*([0-9][0-9A-Za-z.+-]*)\s*$/.exec(version)?.[1];
      if (!exact) continue;
      const name = optional(spec, 'package', 'string', [...where, key]) ?? key;
      result.push({ ecosystem: 'crates.io', name, version: exact, dev, line: lineOf(key) });
    }
  };
  const sections = (root: JsonObject, base: KeyPath): void => {
    for (const section of DEPENDENCY_TABLES) {
      const table = optional(root, section, 'object', base);
      if (table) read(table, [...base, section], section === 'dev-dependencies' ? true : section === 'dependencies' ? false : undefined);
    }
  };
  sections(manifest, []);
  for (const [target, value] of Object.entries(optional(manifest, 'target', 'object', []) ?? {})) sections(expectKind(value, 'object', ['target', target]), ['target', target]);
  const workspace = optional(manifest, 'workspace', 'object', []);
  const shared = workspace && optional(workspace, 'dependencies', 'object', ['workspace']);
  if (shared) read(shared, ['workspace', 'dependencies'], undefined);
  return result;
}
