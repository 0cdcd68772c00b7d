// Name and version out of the `name@version` strings npm-family lockfiles use (scoped names start with `@`).
import semver from 'semver';

/** Splits `name@rest` at the `@` that follows the name; undefined when there is none. */
export function splitNameAt(spec: string): { name: string; rest: string } | undefined {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at <= 0) return undefined;
  return { name: spec.slice(0, at), rest: spec.slice(at + 1) };
}

/**
 * A registry version, or undefined for git, file, link, tarball and workspace references: only registry
 * versions have advisories. Semver is what the npm registry accepts, so validity is the test.
 */
export function registryVersion(version: string): string | undefined {
  return semver.valid(version) ?? undefined;
}
