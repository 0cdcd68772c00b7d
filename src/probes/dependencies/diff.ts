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

/** `base` and `head` hold one entry per package version, as LockfileFormat.parse gives them. */
export function diffPackages(base: readonly Package[], head: readonly Package[]): PackageDiff {
  const baseKeys = new Set(base.map(packageKey));
  const headKeys = new Set(head.map(packageKey));
  const baseNames = new Set(base.map(packageName));
  const headNames = new Set(head.map(packageName));
  const introduced = head.filter((pkg) => !baseKeys.has(packageKey(pkg)));
  const gone = base.filter((pkg) => !headKeys.has(packageKey(pkg)));
  return {
    introduced,
    unchanged: head.filter((pkg) => baseKeys.has(packageKey(pkg))),
    replaced: gone.filter((pkg) => headNames.has(packageName(pkg))),
    updated: introduced.filter((pkg) => baseNames.has(packageName(pkg))).length,
    removed: gone.length,
  };
}

export function packageName(pkg: Pick<Package, 'ecosystem' | 'name'>): string {
  return `${pkg.ecosystem}\u0000${pkg.name}`;
}
