// Writes an item's hidden files into the working tree for its run, and removes them afterwards,
// also when the gate is interrupted. Nothing that existed before is ever overwritten or followed:
// the tree belongs to the PR, which could plant a symlink to redirect a write outside it.
import { chmodSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onInterrupt } from '../../process/interrupt.js';

export interface Materialised {
  /** Removes every file and directory written; idempotent. Returns the paths still present afterwards. */
  remove(): string[];
}

export type MaterialiseResult =
  | { ok: true; materialised: Materialised }
  /** Nothing was written (or it was all removed again). `reason` never names a hidden path. */
  | { ok: false; reason: string };

type Kind = 'missing' | 'dir' | 'other';

function kindOf(path: string): Kind {
  try {
    const stat = lstatSync(path);
    return stat.isDirectory() ? 'dir' : 'other'; // lstat: a symlink is 'other', never followed
  } catch {
    return 'missing';
  }
}

/** Removes `path` whatever the run left there; a directory it made unreadable is opened up once. */
function removePath(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    try {
      if (kindOf(path) === 'dir') chmodSync(path, 0o700); // lstat first: never chmod through a symlink
      rmSync(path, { recursive: true, force: true });
    } catch {
      // reported by the caller as a leftover
    }
  }
}

/** Why `rel` cannot be written under `root` without touching what is there, or undefined when it can. */
function conflict(root: string, rel: string): string | undefined {
  const segments = rel.split('/');
  let dir = root;
  for (const segment of segments.slice(0, -1)) {
    dir = join(dir, segment);
    const kind = kindOf(dir);
    if (kind === 'missing') return undefined; // created by us from here down
    if (kind === 'other') return 'a hidden file\'s directory is a file or symlink in the working tree';
  }
  return kindOf(join(root, rel)) === 'missing' ? undefined : 'a hidden file would overwrite an existing path';
}

/**
 * Writes `files` (repository-relative, already validated as plain relative paths) under `root`.
 * All-or-nothing: on any conflict nothing is written.
 */
export function materialise(root: string, files: Record<string, string>): MaterialiseResult {
  const paths = Object.keys(files).sort();
  const conflicts = paths.map((p) => conflict(root, p)).filter((r) => r !== undefined);
  if (conflicts.length) {
    const count = conflicts.length === 1 ? '1 hidden file' : `${conflicts.length} hidden files`;
    return { ok: false, reason: `file conflict (${count}): ${conflicts[0]}` };
  }

  const written: string[] = []; // files, then removed first
  const createdDirs: string[] = []; // outermost directories we created; removed recursively
  let removed = false;
  const remove = (): string[] => {
    if (!removed) {
      removed = true;
      release();
      for (const path of [...written, ...createdDirs]) removePath(path);
    }
    return [...written, ...createdDirs].filter((p) => kindOf(p) !== 'missing');
  };
  // Registered before the first write, so an interrupt at any point below still cleans up.
  const release = onInterrupt(() => void remove());

  try {
    for (const rel of paths) {
      const segments = rel.split('/');
      let dir = root;
      for (const segment of segments.slice(0, -1)) {
        dir = join(dir, segment);
        if (kindOf(dir) === 'missing') {
          mkdirSync(dir);
          if (!createdDirs.some((d) => dir.startsWith(`${d}/`))) createdDirs.push(dir);
        }
      }
      const full = join(root, rel);
      // 'wx' (O_CREAT|O_EXCL) fails if anything appeared there meanwhile, even a dangling symlink.
      writeFileSync(full, files[rel]!, { flag: 'wx' });
      if (!createdDirs.some((d) => full.startsWith(`${d}/`))) written.push(full);
    }
  } catch (error) {
    remove();
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, reason: `could not write the hidden files (${code})` };
  }
  return { ok: true, materialised: { remove } };
}
