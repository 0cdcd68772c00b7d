// RubyGems ordering (Gem::Version: numeric segments, letters mark prereleases, trailing zeros are
// insignificant) with @renovatebot/ruby-semver, a port of Gem::Version used by Renovate.
import { eq, gt, valid } from '@renovatebot/ruby-semver';

export function compareRubyGems(a: string, b: string): number | undefined {
  if (valid(a) === null || valid(b) === null) return undefined;
  return eq(a, b) ? 0 : gt(a, b) ? 1 : -1;
}
