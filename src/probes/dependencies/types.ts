// Vocabulary of the dependencies probe: ecosystems (OSV names) and the packages lockfile readers produce.

/** Ecosystems as OSV names them; one lockfile reader or more per ecosystem. */
export const ECOSYSTEMS = [
  'npm',
  'PyPI',
  'Go',
  'crates.io',
  'RubyGems',
  'Packagist',
  'Maven',
  'NuGet',
  'Pub',
  'Hex',
  'CRAN',
  'ConanCenter',
  'CocoaPods',
  'SwiftURL',
] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** One resolved package a lockfile pins. */
export interface Package {
  ecosystem: Ecosystem;
  /** Registry name (aliases resolved to the real package; PyPI names normalized per PEP 503). */
  name: string;
  /** The version as the lockfile writes it (Go keeps its `v` prefix). */
  version: string;
  /** True when the lockfile says only development tooling needs it; undefined when the format does not say. */
  dev?: boolean;
  /** 1-based line of the package's entry, where the format gives one. */
  line?: number;
  /**
   * Why the version cannot be looked up (a range, a property or parent the repository does not hold); `version`
   * is then the text as written. A change that introduces one leaves it unchecked: the probe is inconclusive.
   */
  unresolved?: string;
}

/** Files a reader needs besides the lockfile (a pom's parents), by repository path, read at the same commit. */
export type RelatedFiles = ReadonlyMap<string, string>;

/**
 * Thrown by a reader when a lockfile is not in the format its name promises, or a field it relies on has the
 * wrong type. `reason` names the key path or line; the message adds the file once LockfileFormat.parse knows it.
 */
export class LockfileParseError extends Error {
  override readonly name = 'LockfileParseError';
  constructor(
    readonly reason: string,
    readonly file?: string,
  ) {
    super(file === undefined ? reason : `${file}: ${reason}`);
  }
}

/** Identity of a package version across lockfiles and lookups. */
export function packageKey(pkg: Pick<Package, 'ecosystem' | 'name' | 'version'>): string {
  return `${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.version}`;
}
