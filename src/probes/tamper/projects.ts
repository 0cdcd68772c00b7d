// Sub-projects the PR deletes whole (an example app, a package of a monorepo): a folder holding its own
// project file (package.json, tsconfig.json, pyproject.toml, go.mod...) at the merge-base, every tracked
// file under it deleted and nothing left or added there at head. Its configs and tests went with the code
// they governed, so removing them weakens nothing. Pure: the merge-base's listing comes from the probe.
import type { ChangedFile } from '../../types.js';
import { dirOf } from './configs/settings.js';

/** Files that make a folder a project of its own. */
const PROJECT_MARKER = /^(?:package\.json|[jt]sconfig(?:\.[\w.-]+)?\.json|deno\.jsonc?|pyproject\.toml|setup\.py|setup\.cfg|go\.mod|Cargo\.toml|pom\.xml|build\.gradle(?:\.kts)?)$/;

/**
 * Sub-folders (never the repository root) the PR deletes whole that hold a project file, for the deleted
 * `paths`; `tracked` is every path at the merge-base.
 */
export function removedProjects(tracked: readonly string[], files: readonly ChangedFile[], paths: readonly string[]): string[] {
  const folders = new Set(paths.flatMap(ancestors));
  const projects = projectFolders(tracked.filter((path) => folders.has(dirOf(path))));
  return projects.length === 0 ? [] : wholeRemoved(projects, tracked, files);
}

/** Folders holding a project file, from a listing of paths. */
export function projectFolders(paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    if (slash > 0 && PROJECT_MARKER.test(path.slice(slash + 1))) folders.add(path.slice(0, slash));
  }
  return [...folders].sort();
}

/** The project folders whose every tracked file (`tracked`, at the merge-base) the PR deletes, with nothing under them at head. */
export function wholeRemoved(projects: readonly string[], tracked: readonly string[], files: readonly ChangedFile[]): string[] {
  const gone = new Set<string>();
  const headPaths: string[] = [];
  for (const file of files) {
    if (file.status === 'deleted') gone.add(file.path);
    else headPaths.push(file.path);
    if (file.oldPath !== undefined && file.oldPath !== file.path) gone.add(file.oldPath);
  }
  return projects.filter((dir) => {
    const inside = (path: string): boolean => path.startsWith(`${dir}/`);
    const before = tracked.filter(inside);
    return before.length > 0 && before.every((path) => gone.has(path)) && !headPaths.some(inside);
  });
}

/** Whether `path` lies under one of `folders`. */
export function underAny(path: string, folders: readonly string[]): boolean {
  return folders.some((dir) => path.startsWith(`${dir}/`));
}

function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let at = path.indexOf('/'); at > 0; at = path.indexOf('/', at + 1)) out.push(path.slice(0, at));
  return out;
}
