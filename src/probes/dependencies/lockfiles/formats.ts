// Pure and light: which files are lockfiles (and of which format), by path alone. The probe decides whether
// a change touches any before it loads the readers of lockfiles/index.ts.
import { basename, dirname } from 'node:path/posix';
import type { Ecosystem } from '../types.js';

export interface LockfileKind {
  id: string;
  ecosystem: Ecosystem;
  /** Whether a repository path is a lockfile of this format. */
  matches(path: string): boolean;
}

const named =
  (...names: string[]) =>
  (path: string): boolean =>
    names.includes(basename(path));

export const REQUIREMENTS: LockfileKind = {
  id: 'requirements',
  ecosystem: 'PyPI',
  // requirements.txt, requirements-dev.txt, dev-requirements.txt, constraints.txt, and any .txt in a
  // requirements/ folder; other files pip reads through -r/-c are found by collect.ts.
  matches: (path) =>
    /(?:^|[-_.])(?:requirements|constraints)(?:[-_.][^/]*)?\.txt$/.test(basename(path)) || (basename(dirname(path)) === 'requirements' && path.endsWith('.txt')),
};

export const LOCKFILE_KINDS: readonly LockfileKind[] = [
  { id: 'package-lock', ecosystem: 'npm', matches: named('package-lock.json', 'npm-shrinkwrap.json') },
  { id: 'yarn', ecosystem: 'npm', matches: named('yarn.lock') },
  { id: 'pnpm', ecosystem: 'npm', matches: named('pnpm-lock.yaml') },
  { id: 'bun', ecosystem: 'npm', matches: named('bun.lock') },
  REQUIREMENTS,
  { id: 'poetry', ecosystem: 'PyPI', matches: named('poetry.lock') },
  { id: 'uv', ecosystem: 'PyPI', matches: named('uv.lock') },
  { id: 'pipenv', ecosystem: 'PyPI', matches: named('Pipfile.lock') },
  { id: 'go.mod', ecosystem: 'Go', matches: named('go.mod') },
  { id: 'go.sum', ecosystem: 'Go', matches: named('go.sum') },
  { id: 'cargo', ecosystem: 'crates.io', matches: named('Cargo.lock') },
  { id: 'cargo-toml', ecosystem: 'crates.io', matches: named('Cargo.toml') },
  { id: 'bundler', ecosystem: 'RubyGems', matches: named('Gemfile.lock', 'gems.locked') },
  { id: 'composer', ecosystem: 'Packagist', matches: named('composer.lock') },
  { id: 'pdm', ecosystem: 'PyPI', matches: named('pdm.lock') },
  // pylock.toml, or pylock.<name>.toml for a named lock (PEP 751).
  { id: 'pylock', ecosystem: 'PyPI', matches: (path) => /^pylock\.(?:[^/.]+\.)?toml$/.test(basename(path)) },
  { id: 'pyproject', ecosystem: 'PyPI', matches: named('pyproject.toml') },
  { id: 'maven', ecosystem: 'Maven', matches: named('pom.xml') },
  {
    id: 'gradle-lockfile',
    ecosystem: 'Maven',
    // gradle.lockfile (Gradle 6.8+), or one lockfile per configuration under gradle/dependency-locks/ (before).
    matches: (path) => basename(path) === 'gradle.lockfile' || /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(path),
  },
  { id: 'gradle-verification-metadata', ecosystem: 'Maven', matches: named('verification-metadata.xml') },
  { id: 'gradle-version-catalog', ecosystem: 'Maven', matches: (path) => basename(path).endsWith('.versions.toml') },
  { id: 'nuget-lock', ecosystem: 'NuGet', matches: named('packages.lock.json') },
  {
    id: 'msbuild',
    ecosystem: 'NuGet',
    matches: (path) => /\.(?:cs|fs|vb)proj$/.test(path) || ['Directory.Packages.props', 'Directory.Build.props', 'Directory.Build.targets'].includes(basename(path)),
  },
  { id: 'packages-config', ecosystem: 'NuGet', matches: named('packages.config') },
  { id: 'paket', ecosystem: 'NuGet', matches: named('paket.lock') },
  { id: 'pub', ecosystem: 'Pub', matches: named('pubspec.lock') },
  { id: 'mix', ecosystem: 'Hex', matches: named('mix.lock') },
  { id: 'renv', ecosystem: 'CRAN', matches: named('renv.lock') },
  { id: 'conan', ecosystem: 'ConanCenter', matches: named('conan.lock') },
  { id: 'cocoapods', ecosystem: 'CocoaPods', matches: named('Podfile.lock') },
  { id: 'swiftpm', ecosystem: 'SwiftURL', matches: named('Package.resolved') },
];

/** Lockfiles this probe cannot read; a change to one is reported as unchecked rather than passed over. */
export const UNSUPPORTED_LOCKFILES: ReadonlyMap<string, string> = new Map([
  ['bun.lockb', 'bun.lockb is binary: switch to the text lockfile (bun install --save-text-lockfile, default since Bun 1.2)'],
]);

/** Installed copies and vendored trees carry lockfiles that are not the project's own. */
const IGNORED_DIRS = /(?:^|\/)(?:node_modules|vendor|\.git)\//;

export function isIgnoredPath(path: string): boolean {
  return IGNORED_DIRS.test(path);
}

export function lockfileKind(path: string): LockfileKind | undefined {
  if (isIgnoredPath(path)) return undefined;
  return LOCKFILE_KINDS.find((kind) => kind.matches(path));
}

export function unsupportedLockfile(path: string): string | undefined {
  return IGNORED_DIRS.test(path) ? undefined : UNSUPPORTED_LOCKFILES.get(basename(path));
}
