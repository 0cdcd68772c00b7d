// Runs child processes for probes: own process group, scrubbed environment, capped output, tree kill.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { stripAnsi } from '../core/text.js';
import { OutputCapture } from './capture.js';
import { onInterrupt } from './interrupt.js';

export interface ExecOptions {
  cwd: string;
  /** The complete environment of the child (already scrubbed by the caller). */
  env: Record<string, string>;
  /** Aborting kills the whole process tree. */
  signal?: AbortSignal;
  /** Own limit for this command, on top of the signal. */
  timeoutMs?: number;
  /** Bytes of output kept from the start and from the end each (default 64 KiB). */
  keepBytes?: number;
  /** Written to the child's stdin, which is otherwise closed. */
  input?: string;
  /** Every chunk of stdout and stderr as it arrives (progress display). */
  onOutput?: (chunk: Buffer) => void;
}

export interface ExecResult {
  /** Exit code, or null when killed by a signal or never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Interleaved stdout and stderr, ANSI codes stripped, middle dropped when over the cap. */
  output: string;
  stdout: string;
  timedOut: boolean;
  aborted: boolean;
  /** Set when the command could not be started (e.g. not found). */
  spawnError?: string;
  durationMs: number;
}

const KILL_GRACE_MS = 1500;

/** Runs `command` through `sh -c` (a string) or directly (an argv array). */
export function exec(command: string | readonly string[], options: ExecOptions): Promise<ExecResult> {
  const [file, args] = typeof command === 'string' ? ['/bin/sh', ['-c', command]] : [command[0]!, command.slice(1)];
  const keep = options.keepBytes ?? 64 * 1024;
  const combined = new OutputCapture(keep);
  const stdout = new OutputCapture(keep);
  const started = performance.now();

  return new Promise((resolve) => {
    let timedOut = false;
    let aborted = false;
    let killTimer: NodeJS.Timeout | undefined;
    // Inherited by every descendant, also one that leaves the process group and session (a daemon).
    const marker = `${MARKER}=${randomUUID()}`;
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...options.env, [MARKER]: marker.slice(MARKER.length + 1) },
      detached: true, // own process group, so the whole tree can be killed
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    const killAll = (): void => {
      if (pid !== undefined) killTree(pid, 'SIGKILL');
      killMarked(marker);
    };
    const stopTree = (): void => {
      if (pid === undefined) return;
      killTree(pid, 'SIGTERM');
      killTree(pid, 'SIGCONT'); // a stopped process only acts on SIGTERM once continued
      killTimer ??= setTimeout(killAll, KILL_GRACE_MS);
    };
    const releaseInterrupt = onInterrupt(killAll);
    const onAbort = (): void => {
      aborted = true;
      stopTree();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      stopTree();
    }, options.timeoutMs);

    if (options.input !== undefined) child.stdin?.end(options.input);
    child.stdout!.on('data', (chunk: Buffer) => {
      combined.push(chunk);
      stdout.push(chunk);
      options.onOutput?.(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      combined.push(chunk);
      options.onOutput?.(chunk);
    });
    // Background processes the command left behind would keep the pipes open: end them with it, and
    // daemons that closed them too (found by the marker) once the pipes are closed.
    child.on('exit', killAll);

    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, spawnError?: string): void => {
      killMarked(marker);
      clearTimeout(timer);
      clearTimeout(killTimer);
      releaseInterrupt();
      options.signal?.removeEventListener('abort', onAbort);
      resolve({
        exitCode,
        signal,
        output: stripAnsi(combined.text()),
        stdout: stripAnsi(stdout.text()),
        timedOut,
        aborted,
        spawnError,
        durationMs: Math.round(performance.now() - started),
      });
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ENOENT' ? `command not found: ${file}` : error.message;
      finish(null, null, reason);
    });
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** Signals the process group of `pid` and any descendant that left it (found through /proc on Linux). */
export function killTree(pid: number, signal: NodeJS.Signals): void {
  const targets = [pid, ...descendants(pid)];
  try {
    process.kill(-pid, signal);
  } catch {
    // group already gone
  }
  for (const target of targets) {
    try {
      process.kill(target, signal);
    } catch {
      // already exited
    }
  }
}

/** The variable that marks every process started for one command. */
export const MARKER = 'LOKI_VERIFY_PROCESS';

/**
 * SIGKILLs every process whose environment carries `marker` (`NAME=value`), as Jenkins' ProcessTreeKiller
 * does: a daemon (setsid and a double fork) is neither in the group nor a descendant any more, but it
 * keeps the environment it was started with. Linux only; elsewhere the group kill has to do.
 */
export function killMarked(marker: string): void {
  for (const pid of processIds()) {
    if (pid === process.pid) continue;
    try {
      // NUL-separated NAME=value entries; the marker is unique per command, so a plain search suffices.
      const environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
      if (environ.includes(`\0${marker}\0`) || environ.startsWith(`${marker}\0`)) process.kill(pid, 'SIGKILL');
    } catch {
      // exited, or not ours to read
    }
  }
}

function processIds(): number[] {
  try {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}

function descendants(root: number): number[] {
  const entries = processIds(); // empty when not Linux: the process group kill has to do
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the command name (field 2) may contain spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // exited while we looked
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}
