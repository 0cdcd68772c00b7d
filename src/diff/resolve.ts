// Resolves BASE, the merge-base (deepening shallow clones as needed) and the diff merge-base..HEAD.
import { relative } from 'node:path';
import { VerifyError } from '../core/errors.js';
import { describeGitFailure } from '../git/failure.js';
import type { Git } from '../git/git.js';
import type { ChangedFile, DiffResult } from '../types.js';
import { combineDiff, parsePatchU0, parseRawZ, parseStatusZ } from './parse.js';

/** Default bases in contract order, after the PR base from the GitHub event (which the Action passes in). */
export const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** Commits fetched per deepening step of a shallow clone before falling back to a full unshallow. */
const DEEPEN_STEPS = [50, 200, 1000];

const FETCH_DEPTH_FIX = 'fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)';

export interface ResolveOptions {
  /** The ref to diff against; default: the contract's list. */
  base?: string;
  /** Absolute output directory; its files are not reported as dirty. */
  outDir?: string;
  /** Progress lines (deepening a shallow clone), for the step log. */
  log?: (line: string) => void;
}

/** Top level of the repository containing `git.cwd`, or a VerifyError naming the fix. */
export async function repositoryRoot(git: Git): Promise<string> {
  return (await repositoryLocation(git)).workTree;
}

/** The working tree's top level and the git directory of the repository containing `git.cwd`. */
export async function repositoryLocation(git: Git): Promise<{ workTree: string; gitDir: string }> {
  const found = await git.tryRaw(['rev-parse', '--show-toplevel', '--absolute-git-dir']);
  if (!found.ok) throw new VerifyError(describeGitFailure(['rev-parse'], found.stderr, git.cwd));
  const [workTree, gitDir] = found.stdout.split('\n');
  // A bare repository, or a cwd inside .git: there is no working tree to build and test.
  if (!workTree || !gitDir) throw new VerifyError(`${git.cwd} has no working tree: run loki-verify inside a git checkout`);
  return { workTree, gitDir };
}

/** The diff merge-base(BASE, HEAD)..HEAD; `git` must run at the repository's top level. */
export async function resolveDiff(git: Git, options: ResolveOptions = {}): Promise<DiffResult> {
  const log = options.log ?? (() => undefined);
  const headSha = await git.tryResolveCommit('HEAD');
  if (!headSha) throw new VerifyError('HEAD has no commits yet: commit the change before verifying it');
  const shallow = (await git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';

  const { ref: baseRef, sha: baseSha } = await resolveBase(git, options.base, shallow, log);
  const mergeBase = await findMergeBase(git, baseRef, baseSha, headSha, shallow, log);

  const range = [mergeBase, headSha];
  // Same rename detection for both calls so git lists the files in the same order.
  const diffArgs = ['diff', '--no-ext-diff', '--no-textconv', '-M', '--ignore-submodules=none'];
  const [raw, patch, revs, status] = await Promise.all([
    git.raw([...diffArgs, '--raw', '-z', ...range]),
    git.raw([...diffArgs, '-U0', '--no-color', ...range]),
    git.raw(['rev-list', '--reverse', `${mergeBase}..${headSha}`]),
    git.raw(['status', '--porcelain=v1', '-z', '--untracked-files=all']),
  ]);
  const files = await withOwnBinaryTest(git, combineDiff(parseRawZ(raw), parsePatchU0(patch)), range, diffArgs);
  // The gate's own output folder is not the PR's dirt.
  const outPrefix = options.outDir ? `${relative(git.cwd, options.outDir)}/` : undefined;
  const ownOutput = (path: string): boolean => outPrefix !== undefined && path.startsWith(outPrefix);

  return {
    baseRef,
    baseSha,
    mergeBase,
    headSha,
    commits: revs.split('\n').filter(Boolean),
    files,
    linesAdded: files.reduce((sum, f) => sum + f.added, 0),
    linesRemoved: files.reduce((sum, f) => sum + f.removed, 0),
    shallow,
    dirty: parseStatusZ(status).filter((path) => !ownOutput(path)),
  };
}

/** Largest file the gate reads to decide for itself whether a file git called binary is text. */
const OWN_BINARY_TEST_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Files git called binary are counted line by line when their content is text by the gate's own test (a
 * NUL byte in the first 8000 bytes, git's rule without attributes): a `-diff` attribute or a binary diff
 * driver in the PR's `.gitattributes` must not hide the lines a file adds.
 */
async function withOwnBinaryTest(git: Git, files: ChangedFile[], range: string[], diffArgs: string[]): Promise<ChangedFile[]> {
  const head = range[1]!;
  return Promise.all(
    files.map(async (file) => {
      if (!file.binary || file.status === 'deleted') return file;
      const size = Number((await git.tryRaw(['cat-file', '-s', `${head}:${file.path}`])).stdout.trim());
      if (!(size <= OWN_BINARY_TEST_MAX_BYTES)) return file;
      const content = await git.raw(['cat-file', 'blob', `${head}:${file.path}`]);
      if (content.slice(0, 8000).includes('\0')) return file;
      const paths = file.oldPath === undefined ? [file.path] : [file.oldPath, file.path];
      const patch = await git.raw([...diffArgs, '--text', '-U0', '--no-color', ...range, '--', ...paths]);
      const stats = parsePatchU0(patch).at(-1);
      return stats ? { ...file, binary: false, added: stats.added, removed: stats.removed, addedRanges: stats.addedRanges } : file;
    }),
  );
}

async function resolveBase(
  git: Git,
  requested: string | undefined,
  shallow: boolean,
  log: (line: string) => void,
): Promise<{ ref: string; sha: string }> {
  if (requested === undefined) {
    for (const candidate of DEFAULT_BASES) {
      const sha = await git.tryResolveCommit(candidate);
      if (sha) return { ref: candidate, sha };
    }
    throw new VerifyError(
      `no base ref found (tried ${DEFAULT_BASES.join(', ')}): pass the base explicitly, e.g. loki-verify origin/main`,
    );
  }
  // A bare branch name means the remote's branch first: the local one may be stale or absent in CI.
  const candidates = isBranchName(requested) ? [`origin/${requested}`, requested] : [requested];
  for (const candidate of candidates) {
    const sha = await git.tryResolveCommit(candidate);
    if (sha) return { ref: candidate, sha };
  }
  const ambiguous = await ambiguousCommits(git, requested);
  if (ambiguous.length > 1) {
    throw new VerifyError(
      `base '${requested}' is ambiguous: it abbreviates ${ambiguous.join(', ')}; pass more characters of the sha`,
    );
  }
  // Single-branch and shallow clones lack the base branch: fetch it from origin when there is one.
  const fetched = await fetchBase(git, requested, shallow, log);
  if (fetched) return fetched;
  throw new VerifyError(
    `unknown base ref '${requested}': fetch it first (git fetch origin ${requested}) or pass a ref that exists`,
  );
}

/** The commits (and tags) an abbreviated sha could mean, when it means more than one; sorted. */
async function ambiguousCommits(git: Git, ref: string): Promise<string[]> {
  if (!/^[0-9a-f]{4,39}$/i.test(ref)) return [];
  const listed = await git.tryRaw(['rev-parse', `--disambiguate=${ref.toLowerCase()}`]);
  const ids = listed.stdout.split('\n').filter(Boolean);
  if (ids.length < 2) return [];
  const types = await git.tryRaw(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${ids.join('\n')}\n` });
  return types.stdout
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([, type]) => type === 'commit' || type === 'tag')
    .map(([id, type]) => `${id} (${type})`)
    .sort();
}

function isBranchName(ref: string): boolean {
  return !/^[0-9a-f]{7,64}$/i.test(ref) && !ref.startsWith('origin/') && !ref.startsWith('refs/') && !/[~^:@]/.test(ref);
}

async function hasOrigin(git: Git): Promise<boolean> {
  return (await git.tryRaw(['remote', 'get-url', 'origin'])).ok;
}

async function fetchBase(
  git: Git,
  requested: string,
  shallow: boolean,
  log: (line: string) => void,
): Promise<{ ref: string; sha: string } | undefined> {
  if (!(await hasOrigin(git))) return undefined;
  const name = requested.replace(/^origin\//, '').replace(/^refs\/heads\//, '');
  const depth = shallow ? ['--depth=1'] : [];
  const isSha = /^[0-9a-f]{40}$/i.test(name);
  const refspec = isSha ? name : `+refs/heads/${name}:refs/remotes/origin/${name}`;
  log(`fetching base ${name} from origin`);
  const result = await git.tryRaw(['fetch', '--no-tags', '--quiet', ...depth, 'origin', refspec]);
  if (!result.ok) return undefined;
  const ref = isSha ? name : `origin/${name}`;
  const sha = await git.tryResolveCommit(ref);
  return sha ? { ref, sha } : undefined;
}

async function tryMergeBase(git: Git, a: string, b: string): Promise<string | undefined> {
  const result = await git.tryRaw(['merge-base', a, b]);
  const sha = result.stdout.trim();
  return result.ok && sha ? sha : undefined;
}

async function findMergeBase(
  git: Git,
  baseRef: string,
  baseSha: string,
  headSha: string,
  shallow: boolean,
  log: (line: string) => void,
): Promise<string> {
  const found = await tryMergeBase(git, baseSha, headSha);
  if (found) return found;
  if (!shallow) {
    throw new VerifyError(`base ${baseRef} and HEAD have no common history: pass a base that HEAD was branched from`);
  }
  if (!(await hasOrigin(git))) {
    throw new VerifyError(`shallow clone without an origin to deepen from, merge-base of ${baseRef} and HEAD is missing: ${FETCH_DEPTH_FIX}`);
  }
  // Deepen both sides step by step (cheap for short-lived branches), then give up on depth and unshallow.
  for (const step of DEEPEN_STEPS) {
    log(`shallow clone: merge-base not found, deepening history by ${step} commits`);
    await git.tryRaw(['fetch', '--no-tags', '--quiet', `--deepen=${step}`, 'origin', baseSha, headSha]);
    const deeper = await tryMergeBase(git, baseSha, headSha);
    if (deeper) return deeper;
  }
  log('shallow clone: merge-base still missing, fetching the full history');
  await git.tryRaw(['fetch', '--no-tags', '--quiet', '--unshallow', 'origin']);
  const full = await tryMergeBase(git, baseSha, headSha);
  if (full) return full;
  throw new VerifyError(`merge-base of ${baseRef} and HEAD not found in this shallow clone: ${FETCH_DEPTH_FIX}`);
}
