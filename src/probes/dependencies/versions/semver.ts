// SemVer 2.0 ordering with the `semver` package (npm's own): prereleases order before releases, build metadata
// is ignored. A leading `v` is dropped first.
import semver from 'semver';

export function compareSemver(a: string, b: string): number | undefined {
  const left = semver.parse(a.replace(/^v/, ''));
  const right = semver.parse(b.replace(/^v/, ''));
  return left && right ? left.compare(right) : undefined;
}
