// Version ordering per ecosystem, as OSV's ECOSYSTEM ranges require, plus SemVer 2.0 for SEMVER ranges.
import type { Ecosystem } from '../types.js';
import { compareCran } from './cran.js';
import { compareMaven } from './maven.js';
import { comparePackagist } from './packagist.js';
import { comparePypi } from './pypi.js';
import { compareRubyGems } from './rubygems.js';
import { compareSemver } from './semver.js';
import { compareNuGet, comparePub, compareSemverLike } from './semver-like.js';

/** Negative, zero or positive like Array.sort; undefined when either version is not valid for the scheme. */
export type Compare = (a: string, b: string) => number | undefined;

export const ECOSYSTEM_ORDER: Readonly<Record<Ecosystem, Compare>> = {
  // The npm registry only holds valid semver; loose parsing would let through tags and ranges.
  npm: compareSemver,
  PyPI: comparePypi,
  // Go module versions: semver with a `v` prefix (optional in OSV data). Pseudo-versions
  // (v0.0.0-20220906165146-f3363e06e74c) are semver prereleases and order correctly as such; `+incompatible`
  // is build metadata, which semver (like the go command) ignores when comparing.
  Go: compareSemver,
  // Cargo follows SemVer 2.0 (the semver crate).
  'crates.io': compareSemver,
  RubyGems: compareRubyGems,
  Packagist: comparePackagist,
  Maven: compareMaven,
  NuGet: compareNuGet,
  Pub: comparePub,
  CRAN: compareCran,
  // Hex (Elixir's Version), ConanCenter and SwiftURL: SemVer read leniently, as OSV does for them.
  Hex: compareSemverLike,
  ConanCenter: compareSemverLike,
  SwiftURL: compareSemverLike,
  // CocoaPods' Pod::Version is a Gem::Version.
  CocoaPods: compareRubyGems,
};

/** OSV `SEMVER` ranges use SemVer 2.0 whatever the ecosystem (Go versions there have no `v`). */
export const SEMVER_ORDER: Compare = compareSemver;
