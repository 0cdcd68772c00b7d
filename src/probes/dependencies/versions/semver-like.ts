// Lenient SemVer-like ordering, as OSV evaluates ECOSYSTEM ranges for NuGet, Pub, Hex, ConanCenter and SwiftURL
// (osv-scalibr's semantic package): leading numeric components (a `v` prefix dropped), compared as numbers with
// missing ones as 0; what follows the first non-numeric character is a prerelease/build suffix. A version
// without a suffix orders after one with (`1.0.0-rc.1` < `1.0.0`); suffixes compare SemVer-style by dot-separated
// identifiers (numbers numerically and before words), build metadata after `+` ignored.

export interface SemverLike {
  components: bigint[];
  /** Everything from the first character that is neither a digit nor a dot (`-rc.1+build`), or ''. */
  suffix: string;
}

/** `maxComponents` numbers count (3 for SemVer, 4 for NuGet); further ones join the suffix as `.n`. */
export function parseSemverLike(version: string, maxComponents: number): SemverLike {
  const text = version.trim().replace(/^v/, '');
  const match = /^[\d.]*/.exec(text)?.[0] ?? '';
  const numbers = match.split('.').filter((part) => part !== '').map((part) => BigInt(part));
  const extra = numbers.slice(maxComponents).map((n) => `.${n}`).join('');
  return { components: numbers.slice(0, maxComponents), suffix: text.slice(match.length) + extra };
}

export function compareComponents(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const left = a[i] ?? 0n;
    const right = b[i] ?? 0n;
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

/** Prerelease suffixes: none orders last; otherwise by dot-separated identifiers, numbers first and numerically. */
export function compareSuffixes(a: string, b: string): number {
  const left = a.split('+')[0]?.replace(/^-/, '') ?? '';
  const right = b.split('+')[0]?.replace(/^-/, '') ?? '';
  if (left === right) return 0;
  if (left === '') return 1;
  if (right === '') return -1;
  const l = left.split('.');
  const r = right.split('.');
  for (let i = 0; i < Math.min(l.length, r.length); i += 1) {
    const x = l[i] as string;
    const y = r[i] as string;
    const xNumber = /^\d+$/.test(x);
    const yNumber = /^\d+$/.test(y);
    const order = xNumber && yNumber ? Math.sign(Number(BigInt(x) - BigInt(y))) : xNumber ? -1 : yNumber ? 1 : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return Math.sign(l.length - r.length);
}

/** Whether the text starts like a version at all (a digit, after an optional `v`). */
export function looksLikeVersion(version: string): boolean {
  return /^v?\d/.test(version.trim());
}

export function compareSemverLike(a: string, b: string): number | undefined {
  if (!looksLikeVersion(a) || !looksLikeVersion(b)) return undefined;
  const left = parseSemverLike(a, 3);
  const right = parseSemverLike(b, 3);
  return compareComponents(left.components, right.components) || compareSuffixes(left.suffix, right.suffix);
}

/** NuGet: four numeric parts (1.0 = 1.0.0.0), prerelease labels compared case-insensitively, metadata ignored. */
export function compareNuGet(a: string, b: string): number | undefined {
  if (!looksLikeVersion(a) || !looksLikeVersion(b)) return undefined;
  const left = parseSemverLike(a, 4);
  const right = parseSemverLike(b, 4);
  return compareComponents(left.components, right.components) || compareSuffixes(left.suffix.toLowerCase(), right.suffix.toLowerCase());
}

/**
 * Pub (pub_semver): SemVer, except that build metadata is not ignored: after the prerelease, versions with equal
 * precedence order by their build part (`1.0.0` < `1.0.0+1`).
 */
export function comparePub(a: string, b: string): number | undefined {
  const order = compareSemverLike(a, b);
  if (order === undefined || order !== 0) return order;
  const build = (v: string): string => v.split('+').slice(1).join('+');
  const [left, right] = [build(a), build(b)];
  return left === right ? 0 : left === '' ? -1 : right === '' ? 1 : compareSuffixes(`-${left}`, `-${right}`);
}
