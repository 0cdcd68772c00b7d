// Reads each changed lockfile at the merge-base and at HEAD through git (the probe's only file I/O).
import { dirname, join } from 'node:path/posix';
import type { Git } from '../../git/git.js';
import type { ChangedFile, DiffResult } from '../../types.js';
import { lockfileFormat, unsupportedLockfile, type LockfileFormat } from './lockfiles/index.js';

export interface LockfileVersions {
  /** Path at HEAD (at the merge-base for a deleted file). */
  path: string;
  /** Path at the merge-base when the file was renamed. */
  oldPath?: string;
  format: LockfileFormat;
  /** undefined when the file does not exist there. */
  baseText?: string;
  headText?: string;
}

export interface CollectedLockfiles {
  lockfiles: LockfileVersions[];
  /** Changed lockfiles of formats the probe cannot read, with the reason. */
  unsupported: Array<{ path: string; reason: string }>;
}

export async function collectLockfiles(git: Git, diff: DiffResult): Promise<CollectedLockfiles> {
  const lockfiles: LockfileVersions[] = [];
  const unsupported: CollectedLockfiles['unsupported'] = [];
  // Both ends of renames and copies: a go.mod renamed away is touched too.
  const touchedPaths = new Set(diff.files.flatMap((file) => (file.oldPath === undefined ? [file.path] : [file.path, file.oldPath])));
  for (const file of diff.files) {
    // The path at HEAD decides: a lockfile renamed to something else (package-lock.json.bak) is gone.
    const format = lockfileFormat(file.path);
    if (!format) {
      const reason = unsupportedLockfile(file.path);
      if (reason && file.status !== 'deleted') unsupported.push({ path: file.path, reason });
      continue;
    }
    if (format.id === 'go.sum' && (await goModGoverns(git, diff, file, touchedPaths))) continue;
    lockfiles.push(await readVersions(git, diff, file, format));
  }
  return { lockfiles, unsupported };
}

async function readVersions(git: Git, diff: DiffResult, file: ChangedFile, format: LockfileFormat): Promise<LockfileVersions> {
  // A copy is new where it lands: what it pins is new to that project, so it has no merge-base version.
  const basePath = file.status === 'added' || file.status === 'copied' ? undefined : (file.oldPath ?? file.path);
  const [baseText, headText] = await Promise.all([
    basePath === undefined ? undefined : git.tryShowFile(diff.mergeBase, basePath),
    file.status === 'deleted' ? undefined : git.tryShowFile(diff.headSha, file.path),
  ]);
  return { path: file.path, oldPath: file.status === 'renamed' ? file.oldPath : undefined, format, baseText, headText };
}

/**
 * go.sum lists every version the module graph consulted; the build list is go.mod's. Where the module has a
 * go.mod (at the merge-base or at HEAD), a go.sum change adds nothing to check (a go.mod change is read on its
 * own). A go.mod the diff does not touch is the same at both ends, so one read at HEAD tells.
 */
async function goModGoverns(git: Git, diff: DiffResult, file: ChangedFile, touchedPaths: ReadonlySet<string>): Promise<boolean> {
  const goMod = join(dirname(file.path), 'go.mod');
  return touchedPaths.has(goMod) || (await git.tryShowFile(diff.headSha, goMod)) !== undefined;
}
