// Cargo follows SemVer 2.0 (the semver crate): prereleases order before releases, build metadata is ignored.
import { compareSemver } from './npm.js';

export const compareCargo = compareSemver;
