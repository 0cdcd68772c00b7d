// The only module that runs git. Every call goes through one `execGit` that fixes the environment.
//
// Not simple-git: its v4 environment guard refuses to run when common CI variables such as
// GIT_SSL_CAINFO are set, and we need raw NUL-separated output with exit codes, nothing more.
import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export interface GitCallOptions {
  /** Written to git's stdin (e.g. object ids for `cat-file --batch-check`). */
  input?: string;
  /** Kills git when aborted. */
  signal?: AbortSignal;
}

export interface Git {
  readonly cwd: string;
  /** Runs git and returns stdout; throws an Error carrying git's stderr when git fails. */
  raw(args: string[], options?: GitCallOptions): Promise<string>;
  /** Runs git and reports failure instead of throwing. */
  tryRaw(args: string[], options?: GitCallOptions): Promise<GitResult>;
  /** Starts git with streamed stdout and stderr, for outputs too large to buffer (a PR's whole history). */
  spawn(args: string[]): ChildProcessByStdio<null, Readable, Readable>;
  /** Full sha of `rev` as a commit, or undefined when it does not resolve. */
  tryResolveCommit(rev: string): Promise<string | undefined>;
  /** Content of `path` at `rev`, or undefined when the file does not exist there. */
  tryShowFile(rev: string, path: string): Promise<string | undefined>;
}

/** Environment for git itself: never prompt for credentials, stable C-locale messages. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };

// core.quotePath=false keeps non-ASCII paths readable; -z outputs are used wherever paths are parsed.
// No hooks and no fsmonitor: a checkout (the base worktree) must not run programs the repository names.
const GIT_CONFIG = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];

const MAX_BUFFER = 1024 * 1024 * 1024;

function execGit(cwd: string, args: string[], options: GitCallOptions = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      [...GIT_CONFIG, ...args],
      { cwd, env: { ...process.env, ...GIT_ENV }, maxBuffer: MAX_BUFFER, encoding: 'utf8', ...(options.signal ? { signal: options.signal } : {}) },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT' && !stderr) {
          resolve({ ok: false, stdout: '', stderr: 'git is not installed or not on PATH' });
          return;
        }
        resolve({ ok: !error, stdout, stderr: stderr.trim() || (error ? error.message : '') });
      },
    );
    child.stdin?.end(options.input);
  });
}

export function createGit(cwd: string): Git {
  const tryRaw = (args: string[], options?: GitCallOptions): Promise<GitResult> => execGit(cwd, args, options);
  return {
    cwd,
    tryRaw,
    spawn: (args) => spawn('git', [...GIT_CONFIG, ...args], { cwd, env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] }),
    async raw(args, options) {
      const result = await tryRaw(args, options);
      if (!result.ok) throw new Error(`git ${args[0]} failed: ${result.stderr.split('\n')[0]}`);
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
  };
}
