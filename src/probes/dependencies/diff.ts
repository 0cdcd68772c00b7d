// What a change to a lockfile introduces: package versions at HEAD that the merge-base version did not pin.
import { packageKey, type Package } from './types.js';

export interface PackageDiff {
  /** At HEAD, not at the merge-base: new packages and new versions of existing ones. */
  introduced: Package[];
  /** At HEAD and at the merge-base: whatever is wrong with them was already there. */
  unchanged: Package[];
  /**
   * Merge-base versions of packages HEAD pins at another version: their vulnerabilities were already there,
   * so a new version still affected by one of them does not introduce it.
   */
  replaced: Package[];
  /** How many of `introduced` are new versions of a package the merge-base already had. */
  updated: number;
  /** Package versions at the merge-base that HEAD no longer pins. */
  removed: number;
}

export function diffPackages(base: readonly Package[], head: readonly Package[]): PackageDiff {
  const baseKeys = new Set(base.map(packageKey));
  const headKeys = new Set(head.map(packageKey));
  const headNames = new Set(head.map(packageName));
  const baseNames = new Set(base.map(packageName));
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
      if (baseNames.has(packageName(pkg))) updated += 1;
    }
  }
  const gone = new Map<string, Package>();
  for (const pkg of base) if (!headKeys.has(packageKey(pkg)) && !gone.has(packageKey(pkg))) gone.set(packageKey(pkg), pkg);
  const replaced = [...gone.values()].filter((pkg) => headNames.has(packageName(pkg)));
  return { introduced, unchanged, replaced, updated, removed: gone.size };
}

export function packageName(pkg: Pick<Package, 'ecosystem' | 'name'>): string {
  return `${pkg.ecosystem}\u0000${pkg.name}`;
}
