// Which files are lockfiles, and the reader for each. Readers are pure: text in, packages out.
import { basename, dirname } from 'node:path/posix';
import { LockfileParseError, packageKey, type Ecosystem, type Package } from '../types.js';
import { parseBunLock } from './bun.js';
import { parseCargoLock } from './cargo.js';
import { parseComposerLock } from './composer.js';
import { parseGoMod, parseGoSum } from './go.js';
import { parseNpmLock } from './npm.js';
import { parsePnpmLock } from './pnpm.js';
import { parsePipfileLock, parsePoetryLock, parseRequirements, parseUvLock } from './python.js';
import { parseGemfileLock } from './ruby.js';
import { parseYarnLock } from './yarn.js';

export interface LockfileFormat {
  id: string;
  ecosystem: Ecosystem;
  /** Whether a repository path is a lockfile of this format. */
  matches(path: string): boolean;
  /** One entry per package version (see onePerVersion). Throws LockfileParseError when the text is not in this format. */
  parse(text: string, path: string): Package[];
}

/** A format's reader: every entry the lockfile lists, repeats included. */
type Reader = (text: string, path: string) => Package[];

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
  },
  { id: 'poetry', ecosystem: 'PyPI', matches: named('poetry.lock'), read: parsePoetryLock },
  { id: 'uv', ecosystem: 'PyPI', matches: named('uv.lock'), read: parseUvLock },
  { id: 'pipenv', ecosystem: 'PyPI', matches: named('Pipfile.lock'), read: parsePipfileLock },
  { id: 'go.mod', ecosystem: 'Go', matches: named('go.mod'), read: parseGoMod },
  { id: 'go.sum', ecosystem: 'Go', matches: named('go.sum'), read: parseGoSum },
  { id: 'cargo', ecosystem: 'crates.io', matches: named('Cargo.lock'), read: parseCargoLock },
  { id: 'bundler', ecosystem: 'RubyGems', matches: named('Gemfile.lock', 'gems.locked'), read: parseGemfileLock },
  { id: 'composer', ecosystem: 'Packagist', matches: named('composer.lock'), read: parseComposerLock },
];

export const LOCKFILE_FORMATS: readonly LockfileFormat[] = READERS.map(({ read, ...format }) => ({
  ...format,
  parse: (text, path) => {
    try {
      return onePerVersion(read(text, path));
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
