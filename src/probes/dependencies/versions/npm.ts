// npm and SemVer 2.0 ordering, with the `semver` package (npm's own).
import semver from 'semver';

export function compareSemver(a: string, b: string): number | undefined {
  const left = semver.parse(a.replace(/^v/, ''));
  const right = semver.parse(b.replace(/^v/, ''));
  return left && right ? left.compare(right) : undefined;
}

/** The npm registry only holds valid semver; loose parsing would let through tags and ranges. */
export const compareNpm = compareSemver;
