// Builds the context a probe runs with: the run's data plus an `exec` bound to the probe's signal and
// the scrubbed environment.
import { isAbsolute, join } from 'node:path';
import { exec } from '../process/exec.js';
import type { ProbeContext } from './probe.js';

export type ContextParts = Omit<ProbeContext, 'exec' | 'env'> & {
  /** The environment every child process gets (already scrubbed of credentials). */
  childEnv: Record<string, string>;
  /** Output of the probe's child processes as it arrives (the heartbeat's last line). */
  onOutput?: (chunk: Buffer) => void;
};

export function createProbeContext(parts: ContextParts): ProbeContext {
  const { childEnv, onOutput, ...context } = parts;
  return {
    ...context,
    env: childEnv,
    // The probe's git calls end with the probe (timeout, interrupt) like its other processes.
    git: parts.git.withSignal(parts.signal),
    exec: (command, options = {}) =>
      exec(command, {
        cwd: options.cwd === undefined ? parts.root : isAbsolute(options.cwd) ? options.cwd : join(parts.root, options.cwd),
        env: { ...childEnv, ...options.env },
        signal: parts.signal,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.input === undefined ? {} : { input: options.input }),
        ...(options.keepBytes === undefined ? {} : { keepBytes: options.keepBytes }),
        ...(onOutput === undefined ? {} : { onOutput }),
      }),
  };
}
