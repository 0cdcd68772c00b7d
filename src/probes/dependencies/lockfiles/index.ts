// Which files are lockfiles, and the reader for each. Readers are pure: text in, packages out.
import { basename, dirname } from 'node:path/posix';
import { LockfileParseError, packageKey, type Ecosystem, type Package, type RelatedFiles } from '../types.js';
import { parseBunLock } from './bun.js';
import { parseCargoLock, parseCargoToml } from './cargo.js';
import { parsePodfileLock } from './cocoapods.js';
import { parseComposerLock } from './composer.js';
import { parseConanLock } from './conan.js';
import { parseGoMod, parseGoSum } from './go.js';
import { parseGradleLockfile, parseGradleVerificationMetadata, parsePomXml, parseVersionCatalog, pomRelated } from './maven.js';
import { parseMixLock } from './mix.js';
import { parseNpmLock } from './npm.js';
import { msbuildRelated, parseMsBuildProject, parseNuGetLock, parsePackagesConfig, parsePaketLock } from './nuget.js';
import { parsePnpmLock } from './pnpm.js';
import { parsePipfileLock, parsePoetryLock, parseRequirements, parseUvLock, requirementsRelated } from './python.js';
import { parsePdmLock, parsePylock, parsePyproject } from './python-toml.js';
import { parsePubspecLock } from './pub.js';
import { parseRenvLock } from './renv.js';
import { parseGemfileLock } from './ruby.js';
import { parsePackageResolved } from './swift.js';
import { parseYarnLock } from './yarn.js';

export interface LockfileFormat {
  id: string;
  ecosystem: Ecosystem;
  /** Whether a repository path is a lockfile of this format. */
  matches(path: string): boolean;
  /**
   * One entry per package version (see onePerVersion). Throws LockfileParseError when the text is not in this
   * format. `related` holds the files `related` asked for that exist at the same commit.
   */
  parse(text: string, path: string, related?: RelatedFiles): Package[];
  /** Other files the reader needs to resolve versions (a pom's parent), asked again of each file found. */
  related?(path: string, text: string): string[];
}

/** A format's reader: every entry the lockfile lists, repeats included. */
type Reader = (text: string, path: string, related?: RelatedFiles) => Package[];

const named =
  (...names: string[]) =>
  (path: string): boolean =>
    names.includes(basename(path));

const READERS: ReadonlyArray<Omit<LockfileFormat, 'parse'> & { read: Reader }> = [
  { id: 'package-lock', ecosystem: 'npm', matches: named('package-lock.json', 'npm-shrinkwrap.json'), read: parseNpmLock },
  { id: 'yarn', ecosystem: 'npm', matches: named('yarn.lock'), read: parseYarnLock },
  { id: 'pnpm', ecosystem: 'npm', matches: named('pnpm-lock.yaml'), read: parsePnpmLock },
  { id: 'bun', ecosystem: 'npm', matches: named('bun.lock'), read: parseBunLock },
  {
    id: 'requirements',
    ecosystem: 'PyPI',
    // requirements.txt, requirements-dev.txt, dev-requirements.txt, constraints.txt, and any .txt in a
    // requirements/ folder; other files pip reads through -r/-c are found by collect.ts.
    matches: (path) =>
      /(?:^|[-_.])(?:requirements|constraints)(?:[-_.][^/]*)?\.txt$/.test(basename(path)) || (basename(dirname(path)) === 'requirements' && path.endsWith('.txt')),
    read: parseRequirements,
    related: requirementsRelated,
  },
  { id: 'poetry', ecosystem: 'PyPI', matches: named('poetry.lock'), read: parsePoetryLock },
  { id: 'uv', ecosystem: 'PyPI', matches: named('uv.lock'), read: parseUvLock },
  { id: 'pipenv', ecosystem: 'PyPI', matches: named('Pipfile.lock'), read: parsePipfileLock },
  { id: 'go.mod', ecosystem: 'Go', matches: named('go.mod'), read: parseGoMod },
  { id: 'go.sum', ecosystem: 'Go', matches: named('go.sum'), read: parseGoSum },
  { id: 'cargo', ecosystem: 'crates.io', matches: named('Cargo.lock'), read: parseCargoLock },
  { id: 'cargo-toml', ecosystem: 'crates.io', matches: named('Cargo.toml'), read: parseCargoToml },
  { id: 'bundler', ecosystem: 'RubyGems', matches: named('Gemfile.lock', 'gems.locked'), read: parseGemfileLock },
  { id: 'composer', ecosystem: 'Packagist', matches: named('composer.lock'), read: parseComposerLock },
  { id: 'pdm', ecosystem: 'PyPI', matches: named('pdm.lock'), read: parsePdmLock },
  // pylock.toml, or pylock.<name>.toml for a named lock (PEP 751).
  { id: 'pylock', ecosystem: 'PyPI', matches: (path) => /^pylock\.(?:[^/.]+\.)?toml$/.test(basename(path)), read: parsePylock },
  { id: 'pyproject', ecosystem: 'PyPI', matches: named('pyproject.toml'), read: parsePyproject },
  { id: 'maven', ecosystem: 'Maven', matches: named('pom.xml'), read: parsePomXml, related: pomRelated },
  {
    id: 'gradle-lockfile',
    ecosystem: 'Maven',
    // gradle.lockfile (Gradle 6.8+), or one lockfile per configuration under gradle/dependency-locks/ (before).
    matches: (path) => basename(path) === 'gradle.lockfile' || /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(path),
    read: parseGradleLockfile,
  },
  { id: 'gradle-verification-metadata', ecosystem: 'Maven', matches: named('verification-metadata.xml'), read: parseGradleVerificationMetadata },
  { id: 'gradle-version-catalog', ecosystem: 'Maven', matches: (path) => basename(path).endsWith('.versions.toml'), read: parseVersionCatalog },
  { id: 'nuget-lock', ecosystem: 'NuGet', matches: named('packages.lock.json'), read: parseNuGetLock },
  {
    id: 'msbuild',
    ecosystem: 'NuGet',
    matches: (path) => /\.(?:cs|fs|vb)proj$/.test(path) || ['Directory.Packages.props', 'Directory.Build.props', 'Directory.Build.targets'].includes(basename(path)),
    read: parseMsBuildProject,
    related: msbuildRelated,
  },
  { id: 'packages-config', ecosystem: 'NuGet', matches: named('packages.config'), read: parsePackagesConfig },
  { id: 'paket', ecosystem: 'NuGet', matches: named('paket.lock'), read: parsePaketLock },
  { id: 'pub', ecosystem: 'Pub', matches: named('pubspec.lock'), read: parsePubspecLock },
  { id: 'mix', ecosystem: 'Hex', matches: named('mix.lock'), read: parseMixLock },
  { id: 'renv', ecosystem: 'CRAN', matches: named('renv.lock'), read: parseRenvLock },
  { id: 'conan', ecosystem: 'ConanCenter', matches: named('conan.lock'), read: parseConanLock },
  { id: 'cocoapods', ecosystem: 'CocoaPods', matches: named('Podfile.lock'), read: parsePodfileLock },
  { id: 'swiftpm', ecosystem: 'SwiftURL', matches: named('Package.resolved'), read: parsePackageResolved },
];

export const LOCKFILE_FORMATS: readonly LockfileFormat[] = READERS.map(({ read, ...format }) => ({
  ...format,
  parse: (text, path, related) => {
    try {
      return onePerVersion(read(text, path, related));
    } catch (error) {
      throw error instanceof LockfileParseError ? new LockfileParseError(error.reason, path) : error;
    }
  },
}));

/**
 * The same version installed at several paths (npm, pnpm), listed once per platform (Bundler), under several
 * descriptors (yarn) or in both sections (Pipfile.lock) is one package: dev-only if every copy is, at the first
 * copy's line.
 */
function onePerVersion(packages: readonly Package[]): Package[] {
  const unique = new Map<string, Package>();
  for (const pkg of packages) {
    const key = packageKey(pkg);
    const first = unique.get(key);
    if (!first) unique.set(key, pkg);
    else if (pkg.dev === false) first.dev = false;
  }
  return [...unique.values()];
}

export const REQUIREMENTS = LOCKFILE_FORMATS.find((format) => format.id === 'requirements') as LockfileFormat;

/** Lockfiles this probe cannot read; a change to one is reported as unchecked rather than passed over. */
export const UNSUPPORTED_LOCKFILES: ReadonlyMap<string, string> = new Map([
  ['bun.lockb', 'bun.lockb is binary: switch to the text lockfile (bun install --save-text-lockfile, default since Bun 1.2)'],
]);

/** Installed copies and vendored trees carry lockfiles that are not the project's own. */
const IGNORED_DIRS = /(?:^|\/)(?:node_modules|vendor|\.git)\//;

export function isIgnoredPath(path: string): boolean {
  return IGNORED_DIRS.test(path);
}

export function lockfileFormat(path: string): LockfileFormat | undefined {
  if (isIgnoredPath(path)) return undefined;
  return LOCKFILE_FORMATS.find((format) => format.matches(path));
}

export function unsupportedLockfile(path: string): string | undefined {
  return IGNORED_DIRS.test(path) ? undefined : UNSUPPORTED_LOCKFILES.get(basename(path));
}
