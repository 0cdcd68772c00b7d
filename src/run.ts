// Orchestration: config -> diff -> probes -> verdict -> evidence and report on disk. Returns data;
// the CLI and the Action decide what to print and how to exit.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { probeEnabled, probeRequired, probeSettings, probeTimeoutMs, DEFAULT_BLOCK_ON } from './config/defaults.js';
import { changesPolicy, loadConfig, type LoadedConfig, type PolicyFrom } from './config/load.js';
import { resolveDiff, repositoryRoot } from './diff/resolve.js';
import { runProbes, type Selection } from './engine/engine.js';
import { errorMessage, VerifyError } from './core/errors.js';
import { buildEvidence, type EvidenceInput } from './evidence/build.js';
import { createRedactor, type Redactor } from './evidence/redact.js';
import type { Evidence } from './evidence/types.js';
import { PROBE_ID_PATTERN } from './evidence/schema.js';
import { evidenceViolations } from './evidence/validate.js';
import { sha256 } from './core/fingerprint.js';
import { createGit } from './git/git.js';
import { scrubEnv, secretEnvValues } from './process/env.js';
import { onInterrupt } from './process/interrupt.js';
import { createProbeContext } from './probes/context.js';
import { PROBES } from './probes/index.js';
import type { Probe, ProbeContext, RunOptions } from './probes/probe.js';
import { renderReport } from './render/report.js';
import type { DiffResult, ExitCode, ProbeId, ProbeResult, Verdict } from './types.js';
import { applyPolicy, decideVerdict, exitCodeOf } from './verdict/verdict.js';
import { VERSION } from './version.js';

export const DEFAULT_OUT_DIR = '.loki/verify';

export interface GateOptions {
  /** Where to run: inside the repository to verify (default: process.cwd()). */
  cwd?: string;
  base?: string;
  /** Config file path (default: .loki/verify.yml if present); inside the repository it is read at the merge-base. */
  config?: string;
  /** Where the policy is read from (default: the merge-base commit; `head` for local experiments). */
  policyFrom?: PolicyFrom;
  /** Output folder (default .loki/verify at the repository root). */
  out?: string;
  only?: ProbeId[];
  skip?: ProbeId[];
  heldout?: string;
  osvDb?: string;
  /** Probes that execute PR code are refused with this reason (untrusted fork). */
  untrustedCode?: string;
  /** Environment the gate reads (and scrubs for probes); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Progress: a human line for stderr. */
  log?: (line: string) => void;
  /** Progress: a probe finished. */
  onProbe?: (result: ProbeResult) => void;
  /** Probe set (tests and embedders); default: every built-in probe. */
  probes?: readonly Probe[];
  /** The run's clock (waivers with `until`); default now. */
  now?: Date;
  /** Aborting interrupts every probe. */
  signal?: AbortSignal;
  /**
   * A bad input the caller found before the gate could start (the Action's inputs): nothing is
   * verified, and the ERROR evidence names the problem.
   */
  inputError?: string;
}

export interface GateResult {
  evidence: Evidence;
  verdict: Verdict;
  exitCode: ExitCode;
  /** Undefined when the output folder could not be written. */
  evidencePath?: string;
  reportPath?: string;
  report: string;
}

export async function runGate(options: GateOptions = {}): Promise<GateResult> {
  const env = options.env ?? process.env;
  const cwd = resolve(options.cwd ?? process.cwd());
  const log = options.log ?? (() => undefined);
  const redact = createRedactor({ secrets: secretEnvValues(env), home: homedir() });
  const now = options.now ?? new Date();

  // The output folder sits at the repository root when there is one, so it is found whatever the cwd.
  let notRepository: unknown;
  const root = await repositoryRoot(createGit(cwd)).catch((error: unknown) => {
    notRepository = error;
    return undefined;
  });
  const outDir = resolve(root ?? cwd, options.out ?? DEFAULT_OUT_DIR);
  const base: Omit<EvidenceInput, 'verdict' | 'probes' | 'findings'> = {
    toolVersion: VERSION,
    runId: runId(env),
    createdAt: now,
    config: {},
    environment: environment(env),
    redact,
    ...(options.base === undefined ? {} : { baseRef: options.base }),
  };

  /** Builds, checks and writes the evidence: the one way a run ends, interrupted or not. */
  const conclude = (input: EvidenceInput): GateResult => {
    let evidence = buildEvidence(input);
    const violation = evidenceViolations(evidence);
    if (violation) {
      // A schema violation is a bug of ours, never the user's: say so and fall back to a minimal document.
      evidence = buildEvidence(errorInput(base, `evidence failed schema validation (a loki-verify bug, please report it): ${violation}`));
    }
    const report = renderReport(evidence);
    const written = writeOutputs(outDir, evidence, report, log);
    return { evidence, verdict: evidence.verdict, exitCode: evidence.exit_code, report, ...written };
  };

  // Interrupted (Ctrl-C, a cancelled CI job): still leave evidence of what had been verified so far.
  const progress: Progress = { probes: [] };
  const releaseInterrupt = onInterrupt((signal) => {
    const message = `interrupted by ${signal} before the gate finished; the probes listed had completed`;
    conclude({ ...errorInput(base, message), probes: progress.probes, ...(progress.diff ? { diff: progress.diff } : {}) });
  });

  let input: EvidenceInput;
  try {
    if (options.inputError !== undefined) throw new VerifyError(options.inputError);
    if (root === undefined) throw notRepository;
    input = { ...base, ...(await verify(options, { root, outDir, env, now, redact, log, progress })) };
  } catch (error) {
    const message = error instanceof VerifyError ? errorMessage(error) : `internal error: ${errorMessage(error)}`;
    input = errorInput(base, message);
  } finally {
    releaseInterrupt();
  }
  return conclude(input);
}

type VerifiedInput = Pick<EvidenceInput, 'verdict' | 'probes' | 'findings' | 'diff' | 'config'>;

/** What is known while the gate runs, for the evidence of an interrupted run. */
interface Progress {
  diff?: DiffResult;
  probes: ProbeResult[];
}

/** What runGate settled before verifying: where, with what environment, clock, redaction and log. */
interface RunSetup {
  root: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  redact: Redactor;
  log: (line: string) => void;
  progress: Progress;
}

async function verify(options: GateOptions, run: RunSetup): Promise<VerifiedInput> {
  const { root, env } = run;
  const probes = options.probes ?? PROBES;
  checkProbeIds(probes);
  const git = createGit(root);
  const diff = await resolveDiff(git, { base: options.base, outDir: run.outDir, log: run.log });
  run.progress.diff = diff;
  const loaded = await loadConfig({
    root,
    from: options.policyFrom ?? 'merge-base',
    readAtMergeBase: (path) => git.tryShowFile(diff.mergeBase, path),
    probes,
    ...(options.config === undefined ? {} : { explicitPath: options.config }),
  });
  const { config } = loaded;
  for (const note of loaded.notes) run.log(note);
  if (diff.dirty.length) {
    run.log(`warning: ${diff.dirty.length} uncommitted path(s) in the working tree are not verified (only committed changes count)`);
  }

  const deselected = new Set<ProbeId>(
    probes.map((p) => p.id).filter((id) => (options.only && !options.only.includes(id)) || options.skip?.includes(id)),
  );
  const childEnv = scrubEnv(env, config.env?.allow ?? []);
  const runOptions: RunOptions = {
    ...(options.heldout === undefined ? {} : { heldout: options.heldout }),
    ...(options.osvDb === undefined ? {} : { osvDb: options.osvDb }),
    ...(env.LOKI_VERIFY_OSV_URL ? { osvUrl: env.LOKI_VERIFY_OSV_URL } : {}),
    policyPaths: loaded.policyPaths,
  };

  const select = (probe: Probe): Selection => {
    if (deselected.has(probe.id)) return { run: false, reason: 'not selected (--only/--skip)' };
    if (!probeEnabled(config, probe)) return { run: false, reason: `disabled in config (${probe.id}.enabled: false)` };
    if (options.untrustedCode && probe.runsPrCode) return { run: false, reason: options.untrustedCode };
    return { run: true };
  };

  const context = (probe: Probe, signal: AbortSignal, result: (id: ProbeId) => ProbeResult | undefined, deadline: number): ProbeContext =>
    createProbeContext({
      root,
      diff,
      settings: probeSettings(config, probe),
      options: runOptions,
      git,
      now: run.now,
      deadline,
      signal,
      childEnv,
      log: (line) => run.log(run.redact(`[${probe.id}] ${line}`)),
      result,
    });

  const results = await runProbes({
    probes,
    select,
    timeoutMs: (probe) => probeTimeoutMs(config, probe),
    context,
    onResult: (r) => {
      run.progress.probes.push(r);
      options.onProbe?.(redactResult(r, run.redact));
    },
    ...(options.signal ? { signal: options.signal } : {}),
  });

  const policy = {
    blockOn: config.policy?.block_on ?? DEFAULT_BLOCK_ON,
    required: new Set(probes.filter((p) => probeRequired(config, p)).map((p) => p.id)),
    deselected,
  };
  return {
    diff,
    probes: results,
    findings: applyPolicy(results.flatMap((r) => r.findings), policy),
    verdict: decideVerdict({ probes: results, emptyDiff: diff.files.length === 0 }, policy),
    config: configInfo(loaded, diff),
  };
}

/** Probe ids name config sections and evidence entries: one per probe, in the evidence schema's form. */
function checkProbeIds(probes: readonly Probe[]): void {
  const seen = new Set<string>();
  for (const { id } of probes) {
    if (!new RegExp(PROBE_ID_PATTERN).test(id)) {
      throw new VerifyError(`probe id '${id}' is not valid: use lowercase letters, digits and dashes (${PROBE_ID_PATTERN})`);
    }
    if (seen.has(id)) throw new VerifyError(`probe id '${id}' is registered twice: give each probe its own id`);
    seen.add(id);
  }
}

function redactResult(result: ProbeResult, redact: Redactor): ProbeResult {
  return { ...result, summary: redact(result.summary) };
}

function configInfo(loaded: LoadedConfig, diff: DiffResult): EvidenceInput['config'] {
  return {
    source: loaded.source,
    ...(loaded.path === undefined ? {} : { path: loaded.path }),
    ...(loaded.text === undefined ? {} : { sha256: sha256(loaded.text) }),
    prChangesPolicy: changesPolicy(diff.files, loaded.policyPaths),
  };
}

function errorInput(base: Omit<EvidenceInput, 'verdict' | 'probes' | 'findings'>, message: string): EvidenceInput {
  return {
    ...base,
    error: message,
    verdict: { verdict: 'ERROR', exitCode: exitCodeOf('ERROR'), reasons: [message] },
    probes: [],
    findings: [],
  };
}

function runId(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : randomUUID();
}

function environment(env: NodeJS.ProcessEnv): Evidence['environment'] {
  const github: Record<string, string> = {};
  for (const [key, name] of [
    ['repository', 'GITHUB_REPOSITORY'],
    ['event', 'GITHUB_EVENT_NAME'],
    ['workflow', 'GITHUB_WORKFLOW'],
    ['run_id', 'GITHUB_RUN_ID'],
    ['run_attempt', 'GITHUB_RUN_ATTEMPT'],
    ['sha', 'GITHUB_SHA'],
    ['ref', 'GITHUB_REF'],
  ] as const) {
    const value = env[name];
    if (value) github[key] = value;
  }
  return {
    ci: Boolean(env.CI),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    ...(Object.keys(github).length ? { github } : {}),
  };
}

function writeOutputs(outDir: string, evidence: Evidence, report: string, log: (line: string) => void): Pick<GateResult, 'evidencePath' | 'reportPath'> {
  try {
    mkdirSync(outDir, { recursive: true });
    const evidencePath = join(outDir, 'evidence.json');
    const reportPath = join(outDir, 'report.md');
    writeFileSync(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
    writeFileSync(reportPath, report);
    return { evidencePath, reportPath };
  } catch (error) {
    log(`could not write evidence to ${outDir}: ${errorMessage(error)}; pass a writable --out folder`);
    return {};
  }
}

