// The probe contract: a plain object the engine runs. It carries every fact about the probe (id, title,
// default timeout, whether it is required, runs the PR's code or reports security findings, its config
// section's keys and their defaults); the registry, the config schema, the evidence schema's list of ids,
// SARIF and the README are derived from it or checked against it. Probes return data; the engine owns
// timing, timeouts, crash isolation and the `probe` field of findings.
import type { Static, TObject, TProperties, TSchema } from 'typebox';
import type { VerifyError } from '../core/errors.js';
import type { PolicyFileReader } from '../config/policy-files.js';
import type { Git } from '../git/git.js';
import type { HeldoutSource } from './heldout/source.js';
import type { ExecResult } from '../process/exec.js';
import type { DiffResult, ProbeId, ProbeOutcome, ProbeResult, Shard } from '../types.js';

/** Inputs given on the command line, by the Action or the environment, for the probes that use them. */
export interface RunOptions {
  /** Held-out checks file (outside the working tree), or inline YAML/JSON content from the Action. */
  heldout?: string;
  /** The held-out checks as read before any PR code ran (or why they could not be read). */
  heldoutSource?: HeldoutSource | VerifyError;
  /** Offline OSV database directory (`--osv-db`). */
  osvDb?: string;
  /** OSV API base URL from the environment (`LOKI_VERIFY_OSV_URL`). */
  osvUrl?: string;
  /** This run's slice of a sharded run, for probes that are `sharded`. */
  shard?: Shard;
  /**
   * Repository paths of the gate's policy: its config file and the probes' `policyFiles` (a change to
   * one is the perimeter's `policy-changed`).
   */
  policyPaths?: readonly string[];
  /** Reads a probe's `policyFiles` from where the run reads its policy (default: the merge-base commit). */
  policyReader?: PolicyFileReader;
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

/** A probe's own settings: its config section's keys, with the schema's defaults filled in. */
export type SettingsOf<P extends TProperties> = {
  -readonly [K in keyof P as P[K] extends { default: unknown } ? K : never]-?: P[K] extends TSchema ? Static<P[K]> : never;
} & {
  -readonly [K in keyof P as P[K] extends { default: unknown } ? never : K]?: P[K] extends TSchema ? Static<P[K]> : never;
};

export interface ProbeContext<Settings = Record<string, unknown>> {
  /** Absolute path of the repository's top level; probes run here. */
  root: string;
  diff: DiffResult;
  /** This probe's config section, defaults filled in. */
  settings: Settings;
  options: RunOptions;
  git: Git;
  /** The run's clock, for waivers and allowances with an `until` date. */
  now: Date;
  /** Epoch milliseconds at which the engine stops the probe (its timeout). */
  deadline: number;
  /** Aborted when the probe times out or the run is interrupted. */
  signal: AbortSignal;
  /** The scrubbed environment child processes get (no credentials). */
  env: Readonly<Record<string, string>>;
  /** Runs a command with the scrubbed environment; killed (whole tree) when `signal` aborts. */
  exec(command: string | readonly string[], options?: ProbeExecOptions): Promise<ExecResult>;
  /** A line for the step log (stderr); redacted before it is written. */
  log(line: string): void;
  /** Masks these strings (found secrets) in everything the run writes: evidence, report, logs. */
  conceal?(secrets: readonly string[]): void;
  /** Result of a probe this one declared in `after`. */
  result(id: ProbeId): ProbeResult | undefined;
}

export type Applicability = { applies: true } | { applies: false; reason: string };

export interface Probe<Id extends ProbeId = ProbeId, P extends TProperties = TProperties> {
  /** Lowercase letters, digits and dashes: the config section, `--only`/`--skip` and evidence use it. */
  id: Id;
  title: string;
  /** Seconds the probe may run before it is stopped and marked inconclusive (config `<id>.timeout` overrides). */
  timeout: number;
  /** Whether a skipped run lowers the verdict by default (config `<id>.required` overrides). */
  required?: boolean;
  /** Whether the probe executes the PR's own code (refused for untrusted forks). */
  runsPrCode?: boolean;
  /** Whether the probe runs a slice on every shard of a sharded run (`--shard I/N`); others run on shard 1 only. */
  sharded?: boolean;
  /** Whether its findings are security alerts (SARIF `security-severity`). */
  security?: boolean;
  /**
   * Repository files it reads as policy (`.gitleaks.toml`): read through `options.policyReader` like the
   * gate's config, and, while it is enabled, part of the policy a PR must not change unnoticed.
   */
  policyFiles?: readonly string[];
  /** Whether its processes' output must stay out of the log (the heartbeat's last line), under its settings. */
  hidesOutput?(settings: SettingsOf<P>): boolean;
  /** Probes that must finish first (test runs after build). */
  after?: ProbeId[];
  /** Its config section's own keys, besides `enabled`, `timeout` and `required`, with their defaults. */
  settings?: TObject<P>;
  applies(ctx: ProbeContext<SettingsOf<P>>): Applicability | Promise<Applicability>;
  run(ctx: ProbeContext<SettingsOf<P>>): Promise<ProbeOutcome>;
}

/** Keeps a probe's literal id and settings types, so the config types can be derived from the registry. */
export function defineProbe<const Id extends ProbeId, P extends TProperties = Record<never, never>>(probe: Probe<Id, P>): Probe<Id, P> {
  return probe;
}

export const APPLIES: Applicability = { applies: true };

export function notApplicable(reason: string): Applicability {
  return { applies: false, reason };
}

/**
 * Computes something once per probe run and hands the same value to `applies` and `run` (both get the
 * same context), so detection work such as reading package.json is not done twice.
 */
export function oncePerRun<C extends object, T>(compute: (ctx: C) => T): (ctx: C) => T {
  const cache = new WeakMap<C, T>();
  return (ctx) => {
    if (!cache.has(ctx)) cache.set(ctx, compute(ctx));
    return cache.get(ctx) as T;
  };
}
