// What a change to a lockfile introduces: package versions at HEAD that the merge-base version did not pin.
import { packageKey, type Package } from './types.js';

export interface PackageDiff {
  /** At HEAD, not at the merge-base: new packages and new versions of existing ones. */
  introduced: Package[];
  /** At HEAD and at the merge-base: whatever is wrong with them was already there. */
  unchanged: Package[];
  /** How many of `introduced` are new versions of a package the merge-base already had. */
  updated: number;
  /** Package versions at the merge-base that HEAD no longer pins. */
  removed: number;
}

export function diffPackages(base: readonly Package[], head: readonly Package[]): PackageDiff {
  const baseKeys = new Set(base.map(packageKey));
  const headKeys = new Set(head.map(packageKey));
  const baseNames = new Set(base.map((pkg) => `${pkg.ecosystem}\u0000${pkg.name}`));
  const introduced: Package[] = [];
  const unchanged: Package[] = [];
  const seen = new Map<string, Package>();
  let updated = 0;
  for (const entry of head) {
    const key = packageKey(entry);
    const first = seen.get(key);
    if (first) {
      // The same version installed at several paths is one package; it is dev-only if every copy is.
      if (entry.dev === false) first.dev = false;
      continue;
    }
    const pkg = { ...entry };
    seen.set(key, pkg);
    if (baseKeys.has(key)) {
      unchanged.push(pkg);
    } else {
      introduced.push(pkg);
      if (baseNames.has(`${pkg.ecosystem}\u0000${pkg.name}`)) updated += 1;
    }
  }
  let removed = 0;
  for (const key of baseKeys) if (!headKeys.has(key)) removed += 1;
  return { introduced, unchanged, updated, removed };
}
