// Pure: whether the merge-base can use the head's installed Node dependencies. They can unless the PR
// changed a lockfile or what a package.json declares about dependencies.
const LOCKFILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lockb?)$/;

/** package.json fields that decide what gets installed. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'workspaces', 'overrides', 'resolutions', 'pnpm', 'packageManager'];

export interface ManifestChange {
  path: string;
  /** Text at the merge-base and at head; undefined where the file does not exist. */
  base?: string;
  head?: string;
}

function dependencyFields(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    const pkg = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(DEPENDENCY_FIELDS.map((field) => pkg[field] ?? null));
  } catch {
    // Unreadable on one side: treat it as changed.
    return text;
  }
}

export function isLockfile(path: string): boolean {
  return LOCKFILE.test(path);
}

export function isManifest(path: string): boolean {
  return /(?:^|\/)package\.json$/.test(path);
}

/** The changed lockfile or manifest that makes the base need its own install, or undefined when the head's can be reused. */
export function nodeDependencyChange(changedPaths: readonly string[], manifests: readonly ManifestChange[]): string | undefined {
  const lockfile = changedPaths.find(isLockfile);
  if (lockfile) return lockfile;
  return manifests.find((m) => dependencyFields(m.base) !== dependencyFields(m.head))?.path;
}
