// The only module that runs git. Every call goes through `startGit`, which fixes the environment and the
// configuration (see environment.ts) and ties the process to the run's abort signal.
//
// Not simple-git: its v4 environment guard refuses to run when common CI variables such as
// GIT_SSL_CAINFO are set, and we need raw NUL-separated output with exit codes, nothing more.
import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { VerifyError } from '../core/errors.js';
import { DIFFING, gitEnvironment, PROGRAM_KEYS_PATTERN, repositoryProgramOverrides, staticOverrides, UPLOAD_PACK, WORKTREE_OR_NETWORK } from './environment.js';
import { describeGitFailure, GIT_MISSING } from './failure.js';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export interface GitCallOptions {
  /** Written to git's stdin (e.g. object ids for `cat-file --batch-check`). */
  input?: string;
  /** Kills git when aborted (on top of the signal the Git was created or bound with). */
  signal?: AbortSignal;
}

export interface GitOptions {
  /** The gate's environment, scrubbed and pinned for git (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Aborting kills every git process started through this Git: the run's or a probe's signal. */
  signal?: AbortSignal;
  /**
   * The repository as found before any PR code ran, pinned for every call (GIT_DIR, GIT_WORK_TREE): a
   * `core.worktree` or `core.bare` that PR code writes into .git/config cannot point git elsewhere.
   */
  repository?: { gitDir: string; workTree: string };
}

export interface Git {
  readonly cwd: string;
  /** Runs git and returns stdout; throws a VerifyError carrying git's reason when git fails. */
  raw(args: string[], options?: GitCallOptions): Promise<string>;
  /** Runs git and reports failure instead of throwing. */
  tryRaw(args: string[], options?: GitCallOptions): Promise<GitResult>;
  /** Runs git and returns stdout as bytes (blob contents whose sizes git gives in bytes); throws like `raw`. */
  rawBytes(args: string[], options?: GitCallOptions): Promise<Buffer>;
  /** Starts git with streamed stdout and stderr, for outputs too large to buffer (a PR's whole history); throws when already aborted. */
  spawn(args: string[], options?: Pick<GitCallOptions, 'signal'>): ChildProcessByStdio<null, Readable, Readable>;
  /** Full sha of `rev` as a commit, or undefined when it does not resolve. */
  tryResolveCommit(rev: string): Promise<string | undefined>;
  /** Content of `path` at `rev`, or undefined when the file does not exist there. */
  tryShowFile(rev: string, path: string): Promise<string | undefined>;
  /** The same repository, every call also killed when `signal` aborts (a probe's timeout). */
  withSignal(signal: AbortSignal): Git;
}

const MAX_BUFFER = 1024 * 1024 * 1024;

/** Time git gets to exit after SIGTERM before SIGKILL (a stopped git ignores SIGTERM). */
const KILL_GRACE_MS = 1000;

interface Started {
  child: ChildProcessByStdio<Writable | null, Readable, Readable>;
  release(): void;
}

/** Kills `child` when `signal` aborts: SIGTERM and SIGCONT (so a stopped git sees it), SIGKILL after a grace. */
function tieToSignal(child: ChildProcess, signal: AbortSignal | undefined): () => void {
  if (!signal) return () => undefined;
  let killTimer: NodeJS.Timeout | undefined;
  const onAbort = (): void => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    child.kill('SIGCONT');
    killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  child.once('exit', () => clearTimeout(killTimer));
  return () => signal.removeEventListener('abort', onAbort);
}

export function createGit(cwd: string, options: GitOptions = {}): Git {
  const location = options.repository ? { GIT_DIR: options.repository.gitDir, GIT_WORK_TREE: options.repository.workTree } : {};
  const env = { ...gitEnvironment(options.env ?? process.env), ...location };
  const overrides = staticOverrides(options.env ?? process.env);

  /** git's argv: the overrides, then the subcommand pinned to git's own diff and upload-pack programs. */
  const argv = (args: string[], dynamic: string[] = []): string[] => {
    const [subcommand = '', ...rest] = args;
    const pinned = DIFFING.has(subcommand) ? ['--no-textconv', '--no-ext-diff'] : UPLOAD_PACK.has(subcommand) ? ['--upload-pack=git-upload-pack'] : [];
    return [...overrides, ...dynamic, ...(pinned.length ? [subcommand, ...pinned, ...rest] : args)];
  };

  const start = async (args: string[], stdin: 'pipe' | 'ignore', signal: AbortSignal | undefined): Promise<Started> => {
    const dynamic = WORKTREE_OR_NETWORK.has(args[0] ?? '') ? await programOverrides(signal) : [];
    const child = spawn('git', argv(args, dynamic), { cwd, env, stdio: [stdin, 'pipe', 'pipe'] }) as Started['child'];
    return { child, release: tieToSignal(child, signal) };
  };

  /** Overrides for the filter drivers and credential helpers the repository's own config names right now. */
  const programOverrides = async (signal: AbortSignal | undefined): Promise<string[]> => {
    const listed = decoded(await collectBytes(await start(['config', '-z', '--show-scope', '--get-regexp', PROGRAM_KEYS_PATTERN], 'ignore', signal)));
    return repositoryProgramOverrides(listed.stdout);
  };

  const combined = (extra: AbortSignal | undefined): AbortSignal | undefined =>
    extra && options.signal ? AbortSignal.any([extra, options.signal]) : (extra ?? options.signal);

  /** An aborted call throws the abort reason (the caller stops), never a git failure to report. */
  const run = async (args: string[], call: GitCallOptions = {}): Promise<BytesResult> => {
    const signal = combined(call.signal);
    signal?.throwIfAborted();
    const started = await start(args, call.input === undefined ? 'ignore' : 'pipe', signal);
    started.child.stdin?.on('error', () => undefined); // git may exit before reading all of its input
    started.child.stdin?.end(call.input);
    const result = await collectBytes(started);
    signal?.throwIfAborted();
    return result;
  };
  const tryRaw = async (args: string[], call: GitCallOptions = {}): Promise<GitResult> => decoded(await run(args, call));

  const git: Git = {
    cwd,
    tryRaw,
    spawn(args, call = {}) {
      const signal = combined(call.signal);
      signal?.throwIfAborted();
      // Streamed reads are of committed history (log -p): no worktree, so no per-driver lookup is needed.
      const child = spawn('git', argv(args), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const release = tieToSignal(child, signal);
      child.once('close', release);
      return child;
    },
    async raw(args, call) {
      const result = await tryRaw(args, call);
      if (!result.ok) throw new VerifyError(describeGitFailure(args, result.stderr, cwd));
      return result.stdout;
    },
    async rawBytes(args, call) {
      const result = await run(args, call);
      if (!result.ok) throw new VerifyError(describeGitFailure(args, result.stderr, cwd));
      return result.stdout;
    },
    async tryResolveCommit(rev) {
      const result = await tryRaw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
      const sha = result.stdout.trim();
      return result.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
    },
    async tryShowFile(rev, path) {
      const result = await tryRaw(['show', `${rev}:${path}`]);
      return result.ok ? result.stdout : undefined;
    },
    withSignal(signal) {
      return createGit(cwd, { ...options, signal: combined(signal)! });
    },
  };
  return git;
}

type BytesResult = Omit<GitResult, 'stdout'> & { stdout: Buffer };

function decoded(result: BytesResult): GitResult {
  return { ...result, stdout: result.stdout.toString('utf8') };
}

/** Waits for git to finish, keeping at most MAX_BUFFER bytes of each stream. */
function collectBytes({ child, release }: Started): Promise<BytesResult> {
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    let overflow = false;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BUFFER) {
        overflow = true;
        child.kill('SIGKILL');
      } else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let spawnError: NodeJS.ErrnoException | undefined;
    let settled = false;
    const settle = (result: BytesResult): void => {
      if (settled) return;
      settled = true;
      release();
      resolve(result);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
      // Never started (git missing): no 'close' may follow.
      if (child.pid === undefined) settle({ ok: false, stdout: Buffer.alloc(0), stderr: error.code === 'ENOENT' ? GIT_MISSING : error.message });
    });
    child.on('close', (code, signal) => {
      const err = Buffer.concat(stderr).toString('utf8').trim();
      const reason = overflow ? `output larger than ${MAX_BUFFER} bytes` : spawnError?.message ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
      const ok = code === 0 && !overflow && !spawnError;
      settle({ ok, stdout: Buffer.concat(stdout), stderr: err || (ok ? '' : reason) });
    });
  });
}
