// Version ordering per ecosystem, as OSV's ECOSYSTEM ranges require, plus SemVer 2.0 for SEMVER ranges.
import type { Ecosystem } from '../types.js';
import { compareCargo } from './cargo.js';
import { compareGo } from './go.js';
import { compareNpm, compareSemver } from './npm.js';
import { comparePackagist } from './packagist.js';
import { comparePypi } from './pypi.js';
import { compareRubyGems } from './rubygems.js';

/** Negative, zero or positive like Array.sort; undefined when either version is not valid for the scheme. */
export type Compare = (a: string, b: string) => number | undefined;

export const ECOSYSTEM_ORDER: Readonly<Record<Ecosystem, Compare>> = {
  npm: compareNpm,
  PyPI: comparePypi,
  Go: compareGo,
  'crates.io': compareCargo,
  RubyGems: compareRubyGems,
  Packagist: comparePackagist,
};

/** OSV `SEMVER` ranges use SemVer 2.0 whatever the ecosystem (Go versions there have no `v`). */
export const SEMVER_ORDER: Compare = compareSemver;
