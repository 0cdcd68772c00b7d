// renv.lock (R): `Packages` maps names to `{Package, Version, Source, Repository}`. Packages installed from a
// CRAN-like repository are CRAN's; GitHub, GitLab, Bioconductor and local sources are not looked up as CRAN.
import type { Package } from '../types.js';
import { parseJsonObject } from './json.js';
import { jsonPropertyLines } from './lines.js';
import { expectKind, optional, required } from './shape.js';

export function parseRenvLock(text: string): Package[] {
  const lock = parseJsonObject(text, 'renv.lock');
  const packages = required(lock, 'Packages', 'object', []);
  const lines = jsonPropertyLines(text, (parent) => parent.length === 1 && parent[0] === 'Packages');
  const result: Package[] = [];
  for (const [key, value] of Object.entries(packages)) {
    const where = ['Packages', key];
    const entry = expectKind(value, 'object', where);
    const source = optional(entry, 'Source', 'string', where);
    const repository = optional(entry, 'Repository', 'string', where);
    if (source !== undefined && source !== 'Repository') continue;
    if (repository !== undefined && /^(?:BioC|Bioconductor)/i.test(repository)) continue;
    result.push({
      ecosystem: 'CRAN',
      name: optional(entry, 'Package', 'string', where) ?? key,
      version: required(entry, 'Version', 'string', where),
      line: lines.get(`Packages\u0000${key}`),
    });
  }
  return result;
}
