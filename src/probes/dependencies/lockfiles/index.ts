// Which files are lockfiles, and the reader for each. Readers are pure: text in, packages out.
import { basename, dirname } from 'node:path/posix';
import type { Ecosystem, Package } from '../types.js';
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
  /** Throws LockfileParseError when the text is not in this format. */
  parse(text: string, path: string): Package[];
}

const named =
  (...names: string[]) =>
  (path: string): boolean =>
    names.includes(basename(path));

export const LOCKFILE_FORMATS: readonly LockfileFormat[] = [
  { id: 'package-lock', ecosystem: 'npm', matches: named('package-lock.json', 'npm-shrinkwrap.json'), parse: parseNpmLock },
  { id: 'yarn', ecosystem: 'npm', matches: named('yarn.lock'), parse: parseYarnLock },
  { id: 'pnpm', ecosystem: 'npm', matches: named('pnpm-lock.yaml'), parse: parsePnpmLock },
  { id: 'bun', ecosystem: 'npm', matches: named('bun.lock'), parse: parseBunLock },
  {
    id: 'requirements',
    ecosystem: 'PyPI',
    // requirements.txt, requirements-dev.txt, dev-requirements.txt, and any .txt in a requirements/ folder.
    matches: (path) => /(?:^|[-_.])requirements(?:[-_.][^/]*)?\.txt$/.test(basename(path)) || (basename(dirname(path)) === 'requirements' && path.endsWith('.txt')),
    parse: parseRequirements,
  },
  { id: 'poetry', ecosystem: 'PyPI', matches: named('poetry.lock'), parse: parsePoetryLock },
  { id: 'uv', ecosystem: 'PyPI', matches: named('uv.lock'), parse: parseUvLock },
  { id: 'pipenv', ecosystem: 'PyPI', matches: named('Pipfile.lock'), parse: parsePipfileLock },
  { id: 'go.mod', ecosystem: 'Go', matches: named('go.mod'), parse: parseGoMod },
  { id: 'go.sum', ecosystem: 'Go', matches: named('go.sum'), parse: parseGoSum },
  { id: 'cargo', ecosystem: 'crates.io', matches: named('Cargo.lock'), parse: parseCargoLock },
  { id: 'bundler', ecosystem: 'RubyGems', matches: named('Gemfile.lock', 'gems.locked'), parse: parseGemfileLock },
  { id: 'composer', ecosystem: 'Packagist', matches: named('composer.lock'), parse: parseComposerLock },
];

/** Lockfiles this probe cannot read; a change to one is reported as unchecked rather than passed over. */
export const UNSUPPORTED_LOCKFILES: ReadonlyMap<string, string> = new Map([
  ['bun.lockb', 'bun.lockb is binary: switch to the text lockfile (bun install --save-text-lockfile, default since Bun 1.2)'],
]);

/** Installed copies and vendored trees carry lockfiles that are not the project's own. */
const IGNORED_DIRS = /(?:^|\/)(?:node_modules|vendor|\.git)\//;

export function lockfileFormat(path: string): LockfileFormat | undefined {
  if (IGNORED_DIRS.test(path)) return undefined;
  return LOCKFILE_FORMATS.find((format) => format.matches(path));
}

export function unsupportedLockfile(path: string): string | undefined {
  return IGNORED_DIRS.test(path) ? undefined : UNSUPPORTED_LOCKFILES.get(basename(path));
}
