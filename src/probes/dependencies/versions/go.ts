// Go module versions: semver with a `v` prefix (optional in OSV data). Pseudo-versions
// (v0.0.0-20220906165146-f3363e06e74c) are semver prereleases and order correctly as such; `+incompatible`
// is build metadata, which semver (like the go command) ignores when comparing.
import { compareSemver } from './npm.js';

export const compareGo = compareSemver;
