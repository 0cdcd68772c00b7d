// Orchestration: config -> diff -> probes -> verdict -> evidence and report on disk. Returns data;
// the CLI and the Action decide what to print and how to exit.
import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { probeEnabled, probeRequired, probeSettings, probeTimeoutMs, DEFAULT_BLOCK_ON } from './config/defaults.js';
import { changesPolicy, loadConfig, type LoadedConfig, type PolicyFrom } from './config/load.js';
import { policyFileReader } from './config/policy-files.js';
import { resolveDiff, repositoryLocation } from './diff/resolve.js';
import { runProbes, type Selection } from './engine/engine.js';
import { errorMessage, VerifyError } from './core/errors.js';
import { buildEvidence, type EvidenceInput } from './evidence/build.js';
import { createRedactor, type Redactor } from './evidence/redact.js';
import type { Evidence } from './evidence/types.js';
import { PROBE_ID_PATTERN } from './evidence/schema.js';
import { evidenceViolations } from './evidence/validate.js';
import { sha256 } from './core/fingerprint.js';
import { repositorySelectingSet, withoutRepositorySelection } from './git/environment.js';
import { createGit } from './git/git.js';
import { scrubEnv, secretEnvValues } from './process/env.js';
import { createOutputFolder, type OutputFolder } from './output/folder.js';
import { onInterrupt, type InterruptSignal } from './process/interrupt.js';
import { LastLine } from './process/last-line.js';
import { ELSEWHERE_REASON } from './merge/merge.js';
import { createProbeContext } from './probes/context.js';
import type { Reveal } from './probes/heldout/outcome.js';
import { heldoutSecrets } from './probes/heldout/redact.js';
import { readHeldoutSource, type HeldoutSource } from './probes/heldout/source.js';
import { PROBES } from './probes/index.js';
import type { Probe, ProbeContext, RunOptions } from './probes/probe.js';
import { repositoryLink } from './render/links.js';
import { renderReport } from './render/report.js';
import type { DiffResult, ExitCode, ProbeId, ProbeResult, Shard, Verdict } from './types.js';
import { applyPolicy, decideVerdict, exitCodeOf } from './verdict/verdict.js';
import { VERSION } from './version.js';
import { createTreeSnapshotter } from './workspace/tree-snapshot.js';

export const DEFAULT_OUT_DIR = '.loki/verify';

/** The probe that turns tree changes into `tree-modified` findings when it is selected. */
const TAMPER_PROBE: string = 'tamper';

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
  /** Progress: a selected probe started. */
  onProbeStart?: (id: ProbeId) => void;
  /** Progress: the last line a running probe's processes printed, redacted. */
  onProbeOutput?: (id: ProbeId, line: string) => void;
  /** The run was interrupted: the evidence of what had completed is written, and the process exits next. */
  onInterrupted?: (result: GateResult, signal: InterruptSignal) => void;
  /** This run is the I-th of N shards: sharded probes run their slice, the others run on shard 1 only. */
  shard?: Shard;
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
  // Secrets the secrets probe finds join the redaction as they are found.
  const found = new Set<string>();
  const envRedact = createRedactor({ secrets: secretEnvValues(env), found, home: homedir() });
  // Held-out checks join the redaction once read (before any PR code runs).
  let heldoutRedact: Redactor = (text) => text;
  const redact: Redactor = (text) => envRedact(heldoutRedact(text));
  const hide = (secrets: string[]): void => {
    heldoutRedact = createRedactor({ secrets });
  };
  const now = options.now ?? new Date();
  const repository = repositoryLink(env);
  // Every process the gate starts (its git, the probes' commands) is tied to this signal, aborted when the
  // run ends however it ends: nothing the gate started outlives it, even a child stopped with SIGSTOP.
  const lifetime = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, lifetime.signal]) : lifetime.signal;
  const ignored = repositorySelectingSet(env);
  if (ignored.length) log(`ignoring ${ignored.join(', ')} from the environment: the gate verifies the repository at ${cwd}`);

  // The output folder sits at the repository root when there is one, so it is found whatever the cwd.
  // Outside a repository nothing is created unless --out names the folder (`--cwd /nonexistent` creates nothing).
  let notRepository: unknown;
  const location = await repositoryLocation(createGit(cwd, { env, signal })).catch((error: unknown) => {
    notRepository = error;
    return undefined;
  });
  const root = location?.workTree;
  const output = createOutputFolder({
    path: resolve(root ?? cwd, options.out ?? DEFAULT_OUT_DIR),
    create: root !== undefined || options.out !== undefined,
    ...(location === undefined
      ? {}
      : { root: location.workTree, git: createGit(location.workTree, { env, signal, repository: { gitDir: location.gitDir, workTree: location.workTree } }) }),
  });
  const outputProblem =
    root === undefined && options.out === undefined
      ? 'not written: not in a git repository and no --out given'
      : await output.prepare().then(() => undefined, (error: unknown) => errorMessage(error));
  const base: Omit<EvidenceInput, 'verdict' | 'probes' | 'findings'> = {
    toolVersion: VERSION,
    runId: runId(env),
    createdAt: now,
    config: {},
    environment: environment(env),
    redact,
    ...(options.base === undefined ? {} : { baseRef: options.base }),
    ...(options.shard === undefined ? {} : { shard: options.shard }),
  };

  /** Builds, checks and writes the evidence: the one way a run ends, interrupted or not. */
  const conclude = (input: EvidenceInput): GateResult => {
    const evidence = checkedEvidence(input, base);
    const render = (document: Evidence): string => renderReport(document, { ...(repository ? { repository } : {}) });
    if (outputProblem !== undefined) return { evidence, verdict: evidence.verdict, exitCode: evidence.exit_code, report: render(evidence) };
    return writeOutputs(output, input, evidence, render);
  };

  // Interrupted (Ctrl-C, a cancelled CI job): still leave evidence of what had been verified so far.
  const progress: Progress = { probes: [] };
  const releaseInterrupt = onInterrupt((signal) => {
    const message = `interrupted by ${signal} before the gate finished; the probes listed had completed`;
    try {
      const result = conclude({ ...errorInput(base, message), probes: progress.probes, ...(progress.diff ? { diff: progress.diff } : {}) });
      options.onInterrupted?.(result, signal);
    } finally {
      lifetime.abort();
    }
  });

  let input: EvidenceInput;
  try {
    if (options.inputError !== undefined) throw new VerifyError(options.inputError);
    if (location === undefined) throw notRepository;
    // Nothing runs when the verdict could not be recorded: an unwritable folder is ERROR at once.
    if (outputProblem !== undefined) throw new VerifyError(outputProblem);
    input = { ...base, ...(await verify(options, { root: location.workTree, gitDir: location.gitDir, outDir: output.path, env, now, redact, hide, found, log, progress, signal })) };
  } catch (error) {
    const message = error instanceof VerifyError ? errorMessage(error) : `internal error: ${errorMessage(error)}`;
    input = errorInput(base, message);
  } finally {
    releaseInterrupt();
  }
  try {
    return await conclude(input);
  } finally {
    lifetime.abort(); // after the evidence is written, which may still need git
  }
}

type VerifiedInput = Pick<EvidenceInput, 'verdict' | 'probes' | 'findings' | 'diff' | 'config' | 'policy'>;

/** What is known while the gate runs, for the evidence of an interrupted run. */
interface Progress {
  diff?: DiffResult;
  probes: ProbeResult[];
}

/** What runGate settled before verifying: where, with what environment, clock, redaction and log. */
interface RunSetup {
  root: string;
  /** The repository's git directory, found before any PR code ran. */
  gitDir: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  redact: Redactor;
  /** Adds strings to the redaction (held-out content). */
  hide: (secrets: string[]) => void;
  /** Secrets the probes found: `redact` masks them too. */
  found: Set<string>;
  log: (line: string) => void;
  progress: Progress;
  /** The run's lifetime: every process the gate starts is killed when it aborts. */
  signal: AbortSignal;
}

async function verify(options: GateOptions, run: RunSetup): Promise<VerifiedInput> {
  const { root, env } = run;
  const probes = options.probes ?? PROBES;
  checkProbeIds(probes);
  const git = createGit(root, { env, signal: run.signal, repository: { gitDir: run.gitDir, workTree: root } });
  const diff = await resolveDiff(git, { base: options.base, outDir: run.outDir, log: run.log });
  run.progress.diff = diff;
  const policyFrom = options.policyFrom ?? 'merge-base';
  const readAtMergeBase = (path: string): Promise<string | undefined> => git.tryShowFile(diff.mergeBase, path);
  const loaded = await loadConfig({
    root,
    from: policyFrom,
    readAtMergeBase,
    probes,
    ...(options.config === undefined ? {} : { explicitPath: options.config }),
  });
  const { config } = loaded;
  for (const note of loaded.notes) run.log(note);
  // Before any probe runs the PR's code.
  const heldoutProbe = probes.find((p) => p.id === 'heldout');
  const reveal = (heldoutProbe ? probeSettings(config, heldoutProbe).reveal : undefined) as Reveal | undefined;
  const heldoutSource = await readHeldoutEarly(options.heldout, root, reveal ?? 'titles', run.hide, policyFrom === 'head' ? undefined : readAtMergeBase);
  if (diff.dirty.length) {
    run.log(`warning: ${diff.dirty.length} uncommitted path(s) in the working tree are not verified (only committed changes count)`);
  }

  const deselected = new Set<ProbeId>(
    probes.map((p) => p.id).filter((id) => (options.only && !options.only.includes(id)) || options.skip?.includes(id)),
  );
  // The PR's code runs as on CI, where the gate belongs: non-interactive (no test watch mode waiting for
  // a key, no prompt), whatever the terminal the CLI was started from. An explicit CI value is kept.
  const childEnv = { CI: 'true', ...withoutRepositorySelection(scrubEnv(env, config.env?.allow ?? [])) };
  const runOptions: RunOptions = {
    ...(options.heldout === undefined ? {} : { heldout: options.heldout }),
    ...(heldoutSource === undefined ? {} : { heldoutSource }),
    ...(options.osvDb === undefined ? {} : { osvDb: options.osvDb }),
    ...(env.LOKI_VERIFY_OSV_URL ? { osvUrl: env.LOKI_VERIFY_OSV_URL } : {}),
    policyPaths: policyPaths(loaded, config, probes),
    policyReader: policyFileReader({ root, from: policyFrom, readAtMergeBase }),
    ...(options.shard === undefined ? {} : { shard: options.shard }),
  };

  const snapshotter = createTreeSnapshotter(git);
  const select = (probe: Probe): Selection => {
    if (deselected.has(probe.id)) return { run: false, reason: 'not selected (--only/--skip)' };
    if (!probeEnabled(config, probe)) return { run: false, reason: `disabled in config (${probe.id}.enabled: false)` };
    if (options.untrustedCode && probe.runsPrCode) return { run: false, reason: options.untrustedCode };
    if (options.shard && options.shard.index > 1 && !probe.sharded) return { run: false, reason: ELSEWHERE_REASON };
    return { run: true };
  };

  // Probe log lines and progress wait while the secrets probe runs, so a secret it finds is masked in them too.
  const secrets = probes.find((p) => p.id === 'secrets');
  let held: Array<() => void> | undefined = secrets && select(secrets).run ? [] : undefined;
  const release = (): void => {
    const waiting = held ?? [];
    held = undefined;
    for (const write of waiting) write();
  };
  const whenSafe = (write: () => void): void => {
    if (held) held.push(write);
    else write();
  };
  const log = (line: string): void => whenSafe(() => run.log(run.redact(line)));

  const context = (probe: Probe, signal: AbortSignal, result: (id: ProbeId) => ProbeResult | undefined, deadline: number): ProbeContext => {
    options.onProbeStart?.(probe.id);
    const lastLine = new LastLine();
    const onOutput = (chunk: Buffer): void => {
      const line = lastLine.push(chunk);
      // Redacted when shown, so a secret the secrets probe finds meanwhile is masked too.
      if (line !== undefined) whenSafe(() => options.onProbeOutput?.(probe.id, run.redact(line)));
    };
    const settings = probeSettings(config, probe);
    return createProbeContext({
      root,
      diff,
      settings,
      options: runOptions,
      git,
      now: run.now,
      deadline,
      signal,
      childEnv,
      log: (line) => log(`[${probe.id}] ${line}`),
      conceal: (found) => found.forEach((secret) => run.found.add(secret)),
      result,
      ...(options.onProbeOutput === undefined || probe.hidesOutput?.(settings) ? {} : { onOutput }),
    });
  };

  const results = await runProbes({
    probes,
    select,
    // The tamper probe reports tree changes as `tree-modified` when it runs; otherwise the engine does.
    tree: { snapshot: () => snapshotter.snapshot(), report: !probes.some((p) => p.id === TAMPER_PROBE && select(p).run) },
    timeoutMs: (probe) => probeTimeoutMs(config, probe),
    context,
    onResult: (r) => {
      run.progress.probes.push(r);
      if (r.id === 'secrets') release();
      whenSafe(() => options.onProbe?.(redactResult(r, run.redact)));
    },
    signal: run.signal,
  }).finally(release);

  const policy = {
    blockOn: config.policy?.block_on ?? DEFAULT_BLOCK_ON,
    required: new Set(probes.filter((p) => probeRequired(config, p)).map((p) => p.id)),
    deselected,
  };
  return {
    policy: { block_on: [...policy.blockOn], required: [...policy.required], deselected: [...deselected] },
    diff,
    probes: results,
    findings: applyPolicy(results.flatMap((r) => r.findings), policy),
    verdict: decideVerdict({ probes: results, emptyDiff: diff.files.length === 0 }, policy),
    config: configInfo(loaded, diff),
  };
}

/**
 * Reads the held-out checks before any probe runs the PR's code, so PR code can neither change the file
 * nor learn where it is in time; its commands and hidden files join the redaction. A file inside the
 * repository is read at the merge-base (unless --policy-from head). A read error is
 * handed to the held-out probe, which reports it as its own error.
 */
async function readHeldoutEarly(
  option: string | undefined,
  root: string,
  reveal: Reveal,
  hide: (secrets: string[]) => void,
  readAtMergeBase: ((path: string) => Promise<string | undefined>) | undefined,
): Promise<HeldoutSource | VerifyError | undefined> {
  if (option === undefined || !option.trim()) return undefined;
  try {
    let source = readHeldoutSource(option, root);
    if (source.insideTree !== undefined && readAtMergeBase) {
      // Inside the repository the checks follow the policy's rule: the merge-base's version, which the PR cannot edit.
      const text = await readAtMergeBase(source.insideTree);
      if (text === undefined) {
        throw new VerifyError(`${source.label} is not in the merge-base commit: held-out checks inside the repository are read from the merge-base, so a PR cannot write its own; keep them outside the repository`);
      }
      source = { ...source, text };
    }
    hide(heldoutSecrets(source.text, source.label, reveal));
    return source;
  } catch (error) {
    if (error instanceof VerifyError) return error;
    throw error;
  }
}

/** The config file's paths, and the policy files of the probes the config enables. */
function policyPaths(loaded: LoadedConfig, config: LoadedConfig['config'], probes: readonly Probe[]): string[] {
  const own = probes.filter((probe) => probeEnabled(config, probe)).flatMap((probe) => probe.policyFiles ?? []);
  return [...new Set([...loaded.policyPaths, ...own])];
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

export function errorInput(base: Omit<EvidenceInput, 'verdict' | 'probes' | 'findings'>, message: string): EvidenceInput {
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

/** Builds the evidence and validates it against the schema. */
function checkedEvidence(input: EvidenceInput, base: Omit<EvidenceInput, 'verdict' | 'probes' | 'findings'>): Evidence {
  const evidence = buildEvidence(input);
  const violation = evidenceViolations(evidence);
  // A schema violation is a bug of ours, never the user's: say so and fall back to a minimal document.
  return violation ? buildEvidence(errorInput(base, `evidence failed schema validation (a loki-verify bug, please report it): ${violation}`)) : evidence;
}

const EVIDENCE_FILE = 'evidence.json';
const REPORT_FILE = 'report.md';

/**
 * Writes evidence.json and report.md. A failed write (disk full, read-only) is ERROR: the run's verdict
 * turns into one saying so, written if it still can be; otherwise no file of an earlier run is left behind.
 */
function writeOutputs(output: OutputFolder, input: EvidenceInput, evidence: Evidence, render: (document: Evidence) => string): GateResult {
  const attempt = (document: Evidence): GateResult => {
    const report = render(document);
    const paths = output.write({ [EVIDENCE_FILE]: `${JSON.stringify(document, null, 2)}\n`, [REPORT_FILE]: report });
    return { evidence: document, verdict: document.verdict, exitCode: document.exit_code, report, evidencePath: paths[EVIDENCE_FILE], reportPath: paths[REPORT_FILE] };
  };
  try {
    return attempt(evidence);
  } catch (error) {
    const message = errorMessage(error);
    const failed = checkedEvidence({ ...input, error: message, verdict: { verdict: 'ERROR', exitCode: exitCodeOf('ERROR'), reasons: [message] } }, input);
    try {
      return attempt(failed);
    } catch {
      output.discard([EVIDENCE_FILE, REPORT_FILE]);
      return { evidence: failed, verdict: failed.verdict, exitCode: failed.exit_code, report: render(failed) };
    }
  }
}
