// Cargo.lock: crates from a registry (crates.io or a sparse/git index mirror); path and git crates are local code.
import type { Package } from '../types.js';
import { stringField } from './json.js';
import { parseTomlPackages } from './toml.js';

export function parseCargoLock(text: string): Package[] {
  return parseTomlPackages(text).flatMap(({ entry, line }) => {
    const name = stringField(entry, 'name');
    const version = stringField(entry, 'version');
    const source = stringField(entry, 'source') ?? '';
    if (!name || !version || !/^(?:registry|sparse)\+/.test(source)) return [];
    return [{ ecosystem: 'crates.io' as const, name, version, line }];
  });
}
