// The probe contract: a plain object the engine runs. Probes return data; the engine owns timing,
// timeouts, crash isolation and the `probe` field of findings.
import type { Config } from '../config/types.js';
import type { Git } from '../git/git.js';
import type { ExecResult } from '../process/exec.js';
import type { DiffResult, ProbeId, ProbeOutcome, ProbeResult } from '../types.js';

/** Options given on the command line or by the Action that probes may read. */
export interface RunOptions {
  /** Held-out checks file (outside the working tree), or inline YAML/JSON content from the Action. */
  heldout?: string;
  /** Offline OSV database directory. */
  osvDb?: string;
  /** OSV API base URL from the environment (`LOKI_VERIFY_OSV_URL`); config `dependencies.osv_url` wins. */
  osvUrl?: string;
  /** Probes that must not execute the PR's code (untrusted fork on pull_request_target), with the reason. */
  untrustedCode?: string;
}

export interface ProbeExecOptions {
  /** Working directory, relative to the repository root or absolute (default: the root). */
  cwd?: string;
  /** Extra variables on top of the scrubbed environment. */
  env?: Record<string, string>;
  timeoutMs?: number;
  input?: string;
  keepBytes?: number;
}

export interface ProbeContext {
  /** Absolute path of the repository's top level; probes run here. */
  root: string;
  diff: DiffResult;
  config: Config;
  options: RunOptions;
  git: Git;
  /** The run's clock, for waivers and allowances with an `until` date. */
  now: Date;
  /** Aborted when the probe times out or the run is interrupted. */
  signal: AbortSignal;
  /** Runs a command with the scrubbed environment; killed (whole tree) when `signal` aborts. */
  exec(command: string | readonly string[], options?: ProbeExecOptions): Promise<ExecResult>;
  /** A line for the step log (stderr); redacted before it is written. */
  log(line: string): void;
  /** Result of a probe this one declared in `after`. */
  result(id: ProbeId): ProbeResult | undefined;
}

export type Applicability = { applies: true } | { applies: false; reason: string };

export interface Probe {
  id: ProbeId;
  title: string;
  /** Probes that must finish first (test runs after build). */
  after?: ProbeId[];
  /** Whether the probe executes the PR's own code (refused for untrusted forks). */
  runsPrCode?: boolean;
  /** Whether its processes' output must stay out of the log (progress lines), under this config. */
  hidesOutput?(config: Config): boolean;
  applies(ctx: ProbeContext): Applicability | Promise<Applicability>;
  run(ctx: ProbeContext): Promise<ProbeOutcome>;
}

export const APPLIES: Applicability = { applies: true };

export function notApplicable(reason: string): Applicability {
  return { applies: false, reason };
}

/**
 * Computes something once per probe run and hands the same value to `applies` and `run` (both get the
 * same context), so detection work such as reading package.json is not done twice.
 */
export function oncePerRun<T>(compute: (ctx: ProbeContext) => T): (ctx: ProbeContext) => T {
  const cache = new WeakMap<ProbeContext, T>();
  return (ctx) => {
    if (!cache.has(ctx)) cache.set(ctx, compute(ctx));
    return cache.get(ctx) as T;
  };
}
