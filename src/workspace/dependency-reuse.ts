// Pure: whether the merge-base can use the head's installed dependencies. They can unless the PR
// changed a lockfile or what a manifest (package.json, pyproject.toml) declares about dependencies.
import { parse as parseToml } from 'smol-toml';

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

/** Python files that pin or list what is installed: lockfiles, requirements and constraints, setup scripts. */
const PYTHON_DEPENDENCY_FILE =
  /(?:^|\/)(?:poetry\.lock|uv\.lock|pdm\.lock|Pipfile(?:\.lock)?|pylock(?:\.[^/]+)?\.toml|setup\.py|setup\.cfg)$|(?:^|\/)[^/]*(?:requirements|constraints)[^/]*\.(?:txt|in)$|(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/;

/** pyproject.toml tables that decide what gets installed (PEP 621, PEP 735, build system, poetry, uv, pdm). */
const PYPROJECT_DEPENDENCY_KEYS: ReadonlyArray<readonly string[]> = [
  ['project', 'dependencies'],
  ['project', 'optional-dependencies'],
  ['project', 'requires-python'],
  ['dependency-groups'],
  ['build-system', 'requires'],
  ['tool', 'poetry', 'dependencies'],
  ['tool', 'poetry', 'dev-dependencies'],
  ['tool', 'poetry', 'group'],
  ['tool', 'uv'],
  ['tool', 'pdm', 'dev-dependencies'],
];

export function isPyproject(path: string): boolean {
  return /(?:^|\/)pyproject\.toml$/.test(path);
}

function pyprojectDependencies(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    const doc = parseToml(text) as Record<string, unknown>;
    const at = (keys: readonly string[]): unknown => keys.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
    return JSON.stringify(PYPROJECT_DEPENDENCY_KEYS.map((keys) => at(keys) ?? null));
  } catch {
    // Unreadable on one side: treat it as changed.
    return text;
  }
}

/** The changed Python dependency file that makes the head's environment wrong for the base, or undefined. */
export function pythonDependencyChange(changedPaths: readonly string[], pyprojects: readonly ManifestChange[]): string | undefined {
  const listed = changedPaths.find((path) => PYTHON_DEPENDENCY_FILE.test(path));
  if (listed) return listed;
  return pyprojects.find((m) => pyprojectDependencies(m.base) !== pyprojectDependencies(m.head))?.path;
}
