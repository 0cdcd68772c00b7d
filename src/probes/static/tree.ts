// Facts about the checked-out tree the tools run on.
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { DiffResult } from '../../types.js';

/**
 * Changed files the tools can read: not deleted, not binary, and a regular file in the tree (a
 * submodule or a directory given to eslint would make it lint everything below).
 */
export function checkedOutFiles(root: string, diff: DiffResult): string[] {
  return diff.files
    .filter((file) => file.status !== 'deleted' && !file.binary)
    .map((file) => file.path)
    .filter((path) => {
      try {
        return lstatSync(join(root, path)).isFile();
      } catch {
        return false;
      }
    });
}

/** The root as given and as resolved through symlinks: tools report real paths. */
export function repositoryRoots(root: string): string[] {
  try {
    const real = realpathSync(root);
    return real === root ? [root] : [root, real];
  } catch {
    return [root];
  }
}
