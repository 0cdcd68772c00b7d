// Reads each changed lockfile at the merge-base and at HEAD through git (the probe's only file I/O). Light:
// a change that touches no lockfile loads no reader.
import { dirname, join } from 'node:path/posix';
import type { Git } from '../../git/git.js';
import type { ChangedFile, DiffResult } from '../../types.js';
import type { RelatedFiles } from './types.js';
import { goDirective, listsIndirectRequirements } from './lockfiles/go-directive.js';
import { isIgnoredPath, lockfileKind, REQUIREMENTS, unsupportedLockfile, type LockfileKind } from './lockfiles/formats.js';
import type { LockfileFormat } from './lockfiles/index.js';
import { requirementIncludes } from './lockfiles/requirement-lines.js';

export interface LockfileVersions {
  /** Path at HEAD (at the merge-base for a deleted file). */
  path: string;
  /** Path at the merge-base when the file was renamed. */
  oldPath?: string;
  format: LockfileFormat;
  /** undefined when the file does not exist there. */
  baseText?: string;
  headText?: string;
  /** The files the format's `related` asked for, at each end (those that exist there). */
  baseRelated?: RelatedFiles;
  headRelated?: RelatedFiles;
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
  let included: Promise<Set<string>> | undefined;
  for (const file of diff.files) {
    // The path at HEAD decides: a lockfile renamed to something else (package-lock.json.bak) is gone.
    let kind: LockfileKind | undefined = lockfileKind(file.path);
    if (!kind && file.status !== 'deleted' && !isIgnoredPath(file.path)) {
      included ??= includedRequirements(git, diff);
      if ((await included).has(file.path)) kind = REQUIREMENTS;
    }
    if (!kind) {
      const reason = unsupportedLockfile(file.path);
      if (reason && file.status !== 'deleted') unsupported.push({ path: file.path, reason });
      continue;
    }
    if (kind.id === 'go.sum' && (await goModGoverns(git, diff, file, touchedPaths))) continue;
    if (kind.id === 'package-lock' && (await shrinkwrapGoverns(git, diff, file))) continue;
    // The readers load with the first lockfile a change touches.
    const { formatOf } = await import('./lockfiles/index.js');
    lockfiles.push(await readVersions(git, diff, file, formatOf(kind)));
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
  const [baseRelated, headRelated] = await Promise.all([
    basePath === undefined ? undefined : readRelated(git, diff.mergeBase, format, basePath, baseText),
    readRelated(git, diff.headSha, format, file.path, headText),
  ]);
  return {
    path: file.path,
    oldPath: file.status === 'renamed' ? file.oldPath : undefined,
    format,
    baseText,
    headText,
    ...(baseRelated ? { baseRelated } : {}),
    ...(headRelated ? { headRelated } : {}),
  };
}

/** The files a format asks for besides the lockfile (a pom's parent chain), at one commit; at most 20. */
async function readRelated(git: Git, rev: string, format: LockfileFormat, path: string, text: string | undefined): Promise<RelatedFiles | undefined> {
  if (!format.related || text === undefined) return undefined;
  const files = new Map<string, string>();
  let wanted = format.related(path, text);
  while (wanted.length > 0 && files.size < 20) {
    const next: string[] = [];
    for (const related of wanted) {
      if (files.has(related) || related === path) continue;
      const content = await git.tryShowFile(rev, related);
      if (content === undefined) continue;
      files.set(related, content);
      next.push(...format.related(related, content));
    }
    wanted = next;
  }
  return files;
}

/**
 * go.sum lists every version the module graph consulted; the build list is go.mod's. Since Go 1.17 go.mod lists
 * indirect requirements too, so where the module's go.mod (at HEAD, or at the merge-base when the change removes
 * it) says `go 1.17` or later, a go.sum change adds nothing to check. Before that (or with no `go` directive,
 * which means 1.16) indirect dependencies are only in go.sum, which is then read as well.
 */
async function goModGoverns(git: Git, diff: DiffResult, file: ChangedFile, touchedPaths: ReadonlySet<string>): Promise<boolean> {
  const goMod = join(dirname(file.path), 'go.mod');
  const text = (await git.tryShowFile(diff.headSha, goMod)) ?? (touchedPaths.has(goMod) ? await git.tryShowFile(diff.mergeBase, goMod) : undefined);
  return text !== undefined && listsIndirectRequirements(goDirective(text));
}

/** npm reads npm-shrinkwrap.json and ignores package-lock.json when both are in a folder. */
async function shrinkwrapGoverns(git: Git, diff: DiffResult, file: ChangedFile): Promise<boolean> {
  if (!file.path.endsWith('package-lock.json')) return false;
  return (await git.tryShowFile(diff.headSha, join(dirname(file.path), 'npm-shrinkwrap.json'))) !== undefined;
}

/**
 * Files the requirements files at HEAD include with `-r`/`-c`, followed transitively: pip reads them whatever
 * they are called (base.txt, pins/web.in), so a change to one is a change to the pinned set.
 */
async function includedRequirements(git: Git, diff: DiffResult): Promise<Set<string>> {
  const tree = (await git.raw(['ls-tree', '-r', '-z', '--name-only', diff.headSha])).split('\0').filter(Boolean);
  const queue = tree.filter((path) => REQUIREMENTS.matches(path) && !isIgnoredPath(path));
  const seen = new Set(queue);
  const included = new Set<string>();
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const text = await git.tryShowFile(diff.headSha, path);
    for (const { path: target } of text === undefined ? [] : requirementIncludes(text, path)) {
      included.add(target);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return included;
}
