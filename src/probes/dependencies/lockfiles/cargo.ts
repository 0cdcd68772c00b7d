// Cargo.lock: crates from a registry (crates.io or a sparse/git index mirror); path and git crates are local code.
import type { Package } from '../types.js';
import { optional, required } from './shape.js';
import { parseTomlPackages } from './toml.js';

export function parseCargoLock(text: string): Package[] {
  return parseTomlPackages(text).flatMap(({ entry, line, where }) => {
    const name = required(entry, 'name', 'string', where);
    const version = required(entry, 'version', 'string', where);
    const source = optional(entry, 'source', 'string', where) ?? '';
    if (!/^(?:registry|sparse)\+/.test(source)) return [];
    return [{ ecosystem: 'crates.io' as const, name, version, line }];
  });
}
