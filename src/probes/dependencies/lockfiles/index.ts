// The reader of each lockfile kind (formats.ts says which files are lockfiles). Readers are pure: text in,
// packages out.
import { LockfileParseError, packageKey, type Package, type RelatedFiles } from '../types.js';
import { lockfileKind, type LockfileKind } from './formats.js';
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
import { parsePipfileLock, parsePoetryLock, parseRequirements, parseUvLock } from './python.js';
import { requirementsRelated } from './requirement-lines.js';
import { parsePdmLock, parsePylock, parsePyproject } from './python-toml.js';
import { parsePubspecLock } from './pub.js';
import { parseRenvLock } from './renv.js';
import { parseGemfileLock } from './ruby.js';
import { parsePackageResolved } from './swift.js';
import { parseYarnLock } from './yarn.js';

export interface LockfileFormat extends LockfileKind {
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

/** The reader of each kind in formats.ts, by id (a test checks that every kind has one). */
export const READERS: Readonly<Record<string, { read: Reader; related?: LockfileFormat['related'] }>> = {
  'package-lock': { read: parseNpmLock },
  'yarn': { read: parseYarnLock },
  'pnpm': { read: parsePnpmLock },
  'bun': { read: parseBunLock },
  'requirements': { read: parseRequirements, related: requirementsRelated },
  'poetry': { read: parsePoetryLock },
  'uv': { read: parseUvLock },
  'pipenv': { read: parsePipfileLock },
  'go.mod': { read: parseGoMod },
  'go.sum': { read: parseGoSum },
  'cargo': { read: parseCargoLock },
  'cargo-toml': { read: parseCargoToml },
  'bundler': { read: parseGemfileLock },
  'composer': { read: parseComposerLock },
  'pdm': { read: parsePdmLock },
  'pylock': { read: parsePylock },
  'pyproject': { read: parsePyproject },
  'maven': { read: parsePomXml, related: pomRelated },
  'gradle-lockfile': { read: parseGradleLockfile },
  'gradle-verification-metadata': { read: parseGradleVerificationMetadata },
  'gradle-version-catalog': { read: parseVersionCatalog },
  'nuget-lock': { read: parseNuGetLock },
  'msbuild': { read: parseMsBuildProject, related: msbuildRelated },
  'packages-config': { read: parsePackagesConfig },
  'paket': { read: parsePaketLock },
  'pub': { read: parsePubspecLock },
  'mix': { read: parseMixLock },
  'renv': { read: parseRenvLock },
  'conan': { read: parseConanLock },
  'cocoapods': { read: parsePodfileLock },
  'swiftpm': { read: parsePackageResolved },
};

/** The kind with its reader. */
export function formatOf(kind: LockfileKind): LockfileFormat {
  const { read, related } = READERS[kind.id]!;
  return {
    ...kind,
    ...(related ? { related } : {}),
    parse: (text, path, relatedFiles) => {
      try {
        return onePerVersion(read(text, path, relatedFiles));
      } catch (error) {
        throw error instanceof LockfileParseError ? new LockfileParseError(error.reason, path) : error;
      }
    },
  };
}

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

export function lockfileFormat(path: string): LockfileFormat | undefined {
  const kind = lockfileKind(path);
  return kind && formatOf(kind);
}
