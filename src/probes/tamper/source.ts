// I/O: the committed texts of the changed files at the merge-base and at head, in one `git cat-file --batch`,
// and which of them git marks `linguist-generated`. Committed blobs, not the working tree: probes that ran
// before this one may have changed the tree, and the verdict is about the commits.
import type { Git } from '../../git/git.js';
import type { ChangedFile, DiffResult } from '../../types.js';

/** Larger files (bundles, fixtures) are not analysed; they are counted in the details. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export interface BlobRequest {
  rev: string;
  path: string;
}

/**
 * Texts of `rev:path` blobs, keyed `rev:path`; a missing blob, a path git's batch input cannot carry (a
 * newline in it) or a blob over `MAX_TEXT_BYTES` is absent from the map (the last listed in `oversize`).
 */
export async function readBlobs(git: Git, requests: readonly BlobRequest[], signal?: AbortSignal): Promise<{ texts: Map<string, string>; oversize: string[] }> {
  const texts = new Map<string, string>();
  const oversize: string[] = [];
  const asked = requests.filter((r) => !r.path.includes('\n')).map((r) => `${r.rev}:${r.path}`);
  if (asked.length === 0) return { texts, oversize };
  const out = await git.rawBytes(['cat-file', '--batch'], { input: asked.join('\n') + '\n', ...(signal ? { signal } : {}) });
  let offset = 0;
  for (const spec of asked) {
    const end = out.indexOf(10, offset);
    if (end < 0) throw new Error(`git cat-file --batch stopped before ${spec}`);
    const header = out.toString('utf8', offset, end);
    offset = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue; // "<spec> missing"
    const size = Number(match[2]);
    if (match[1] === 'blob') {
      if (size > MAX_TEXT_BYTES) oversize.push(spec);
      else texts.set(spec, out.toString('utf8', offset, offset + size));
    }
    offset += size + 1;
  }
  return { texts, oversize };
}

/** Paths whose `linguist-generated` or `linguist-vendored` attribute is set (from the checked-out `.gitattributes`). */
export async function linguistGenerated(git: Git, paths: readonly string[], signal?: AbortSignal): Promise<Set<string>> {
  const generated = new Set<string>();
  if (paths.length === 0) return generated;
  const out = await git.raw(['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], { input: paths.join('\0') + '\0', ...(signal ? { signal } : {}) });
  const fields = out.split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const value = fields[i + 2];
    if (value === 'set' || value === 'true') generated.add(fields[i]!);
  }
  return generated;
}

/** The requests for a file's two sides: the merge-base (old path for renames) and head. */
export function blobRequests(diff: Pick<DiffResult, 'mergeBase' | 'headSha'>, file: ChangedFile): BlobRequest[] {
  const requests: BlobRequest[] = [];
  if (file.status !== 'added') requests.push({ rev: diff.mergeBase, path: file.oldPath ?? file.path });
  if (file.status !== 'deleted') requests.push({ rev: diff.headSha, path: file.path });
  return requests;
}

/** Every file path committed at `rev`. */
export async function listFiles(git: Git, rev: string, signal?: AbortSignal): Promise<string[]> {
  const out = await git.raw(['ls-tree', '-r', '-z', '--name-only', rev], signal ? { signal } : {});
  return out.split('\0').filter(Boolean);
}
