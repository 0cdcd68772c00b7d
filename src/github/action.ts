// The Action's I/O around the gate: settings and event in; annotations, artifact, job summary, SARIF,
// PR comment and outputs out. Every publishing step is isolated: one failing never hides the others or
// changes the verdict, and the outputs are set in every case.
// Until the gate has run, nothing of the toolkit is loaded (inputs are read from the environment, log
// lines written to stdout): @actions/core brings an HTTP client for OIDC tokens, and the artifact client
// and octokit are heavier still. They are imported when publishing needs them, the last two only for an
// upload or a comment.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { errorMessage, VerifyError } from '../core/errors.js';
import type { Evidence } from '../evidence/types.js';
import { mergeShards } from '../merge/files.js';
import { PROBES } from '../probes/index.js';
import { progressOptions, startHeartbeat, type Heartbeat } from '../render/heartbeat.js';
import { repositoryLink } from '../render/links.js';
import { writeSarifFile } from '../render/sarif-file.js';
import { interruptedLine, painter, verdictLines } from '../render/terminal.js';
import { DEFAULT_OUT_DIR, runGate, type GateOptions, type GateResult } from '../run.js';
import type { Shard } from '../types.js';
import { planAnnotations } from './annotations.js';
import { artifactNameFor, artifactUrl, shardArtifactName } from './artifact-name.js';
import { commentBody, upsertComment } from './comment.js';
import { baseFromEvent, pullRequestNumber, untrustedCodeReason } from './event-base.js';
import { failureMessage } from './fail-on.js';
import { DEFAULT_ARTIFACT_NAME, envInputs, readSettings, type ActionSettings } from './inputs.js';
import { renderSummary, type EvidenceLocation, type SummaryInput } from './summary.js';

export interface ActionRun {
  settings: ActionSettings;
  eventName: string;
  payload: unknown;
  env: NodeJS.ProcessEnv;
  gate: GateOptions;
  /** Running probes' sign of life in the log; stopped once the gate returns. */
  heartbeat: Heartbeat;
}

type Core = typeof import('@actions/core');
const loadCore = (): Promise<Core> => import('@actions/core');

/** A warning annotation (core loads on first use: a run that needs none starts without it). */
export async function warning(message: string): Promise<void> {
  (await loadCore()).warning(message);
}

/** A plain log line, as core.info writes it (the runner reads workflow commands only at a line's start). */
function info(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Reads inputs and the event, and decides how the gate runs. Throws on a bad input (naming it). */
export async function prepareRun(env: NodeJS.ProcessEnv = process.env): Promise<ActionRun> {
  const settings = readSettings(envInputs(env), env);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = await readEvent(env.GITHUB_EVENT_PATH);
  const { base, source } = baseFromEvent(eventName, payload, settings.base);
  info(`base: ${base ?? 'default'} (from ${source})`);

  const untrusted = untrustedCodeReason(eventName, payload);
  const runsPrCode = PROBES.filter((p) => p.runsPrCode).map((p) => p.id).join(', ');
  if (untrusted && !settings.allowUntrustedCode) info(`probes that execute the PR's code (${runsPrCode}) are not run: ${untrusted}`);
  else if (untrusted) info(`allow-untrusted-code: true, so the fork's code runs (${runsPrCode}) with this workflow's credentials`);

  const plain = painter(false);
  const heartbeat = startHeartbeat({ print: info, paint: plain });
  const gate: GateOptions = {
    cwd: settings.workingDirectory,
    env,
    ...outFolder(env, settings.artifactName),
    ...(base === undefined ? {} : { base }),
    ...(settings.config === undefined ? {} : { config: settings.config }),
    ...(settings.heldout === undefined ? {} : { heldout: settings.heldout }),
    ...(untrusted && !settings.allowUntrustedCode ? { untrustedCode: untrusted } : {}),
    ...(settings.shard === undefined ? {} : { shard: settings.shard }),
    ...progressOptions(heartbeat, info, plain),
    // A cancelled job: the runner sends SIGINT, then SIGTERM; the log says what the evidence now holds.
    onInterrupted: (result, signal) => info(interruptedLine(signal, { evidence: result.evidencePath, report: result.reportPath })),
  };
  return { settings, eventName, payload, env, gate, heartbeat };
}

/**
 * The merge step of a sharded run: downloads every shard's artifact of this run and merges them. Anything
 * off (no shard artifact, a missing shard, a tampered or foreign one) is ERROR evidence naming the artifact.
 */
export async function mergeRun(run: ActionRun): Promise<GateResult> {
  const { env, settings } = run;
  const outDir = outFolder(env, settings.artifactName).out ?? resolve(settings.workingDirectory, DEFAULT_OUT_DIR);
  const downloads = join(env.RUNNER_TEMP ?? dirname(outDir), 'loki-verify', `${settings.artifactName}-shards`);
  const load = async () => {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
      throw new VerifyError('merge: the shard artifacts can only be downloaded on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset)');
    }
    info(`merge: downloading the artifacts ${settings.artifactName}-shard-I-of-N of this run`);
    const { downloadShardEvidence } = await import('./artifact.js');
    return downloadShardEvidence(settings.artifactName, downloads);
  };
  const result = await mergeShards(load, { outDir, now: new Date(), log: info });
  if (result.error !== undefined) (await loadCore()).error(`loki-verify merge: ${result.error}`);
  else info(`merge: ${result.evidence.merged?.total ?? 0} shards merged`);
  return result;
}

/** Outside the checkout, so the verified tree stays as the workflow left it; one folder per artifact name. */
function outFolder(env: NodeJS.ProcessEnv, artifactName: string): { out?: string } {
  return env.RUNNER_TEMP ? { out: join(env.RUNNER_TEMP, 'loki-verify', artifactName) } : {};
}

async function readEvent(path: string | undefined): Promise<unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    await warning(`could not read the event payload ${path} (${errorMessage(error)}); using the default bases`);
    return {};
  }
}

/** Publishes the result everywhere it belongs and says where the evidence went; never throws. */
export async function publish(result: GateResult, run: ActionRun): Promise<EvidenceLocation> {
  const core = await loadCore();
  const { evidence } = result;
  for (const line of verdictLines(evidence, { evidence: result.evidencePath, report: result.reportPath }, painter(false))) {
    core.info(line);
  }

  if (run.settings.shard) return publishShard(core, result, run, run.settings.shard);

  const plan = planAnnotations(evidence.findings);
  for (const a of plan.annotations) {
    const properties = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
    core[a.level](a.message, properties);
  }

  const location = await uploadArtifact(core, result, run.settings.artifactName, run.env);
  await writeSummary(core, evidence, { location, omittedAnnotations: plan.omitted }, run.env);
  const { sarifPath } = run.settings;
  if (sarifPath) {
    await attempt(core, 'write the SARIF file', async () => {
      writeSarifFile(sarifPath, evidence);
      core.info(`SARIF: ${sarifPath}`);
    });
  }
  if (run.settings.comment) await attempt(core, 'update the pull request comment', () => comment(core, evidence, location, run));
  return location;
}

/**
 * One shard of a matrix: its evidence goes up for the merge job, which alone annotates, comments and writes
 * the full summary (once per run, not once per shard); the job summary gets one line.
 */
async function publishShard(core: Core, result: GateResult, run: ActionRun, shard: Shard): Promise<EvidenceLocation> {
  const skipped = [run.settings.comment ? 'comment' : '', run.settings.sarifPath ? 'sarif-path' : ''].filter(Boolean);
  if (skipped.length) core.info(`${skipped.join(' and ')}: done once by the merge job (merge: true), not by each shard`);
  const name = shardArtifactName(run.settings.artifactName, shard, run.env.GITHUB_RUN_ATTEMPT);
  const location = await uploadArtifact(core, result, name, run.env, { attempts: false });
  await attempt(core, 'write the job summary', async () => {
    if (!run.env.GITHUB_STEP_SUMMARY) return core.info('no GITHUB_STEP_SUMMARY: job summary skipped');
    await core.summary.addRaw(`${shardSummaryLine(result.evidence, shard, location)}\n`).write();
  });
  return location;
}

function shardSummaryLine(evidence: Evidence, shard: Shard, location: EvidenceLocation): string {
  const where = location.uploadError
    ? `its evidence was NOT uploaded (${location.uploadError}), so the merge cannot include it`
    : `evidence uploaded as \`${location.artifactName}\`; the merge job gives the verdict of the run`;
  return `**loki-verify shard ${shard.index}/${shard.total}: ${evidence.verdict}**: ${where}.`;
}

/** `attempts: false` when `name` already carries the run attempt (a shard's name). */
async function uploadArtifact(core: Core, result: GateResult, name: string, env: NodeJS.ProcessEnv, options = { attempts: true }): Promise<EvidenceLocation> {
  const artifactName = options.attempts ? artifactNameFor(name, env.GITHUB_RUN_ATTEMPT) : name;
  if (!result.evidencePath || !result.reportPath) {
    return { artifactName, uploadError: 'the evidence files could not be written' };
  }
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { artifactName, uploadError: 'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset)' };
  }
  try {
    const { uploadEvidence } = await import('./artifact.js');
    const artifactId = await uploadEvidence(artifactName, [result.evidencePath, result.reportPath]);
    const url = artifactUrl(env, artifactId);
    return { artifactName, artifactId, ...(url === undefined ? {} : { artifactUrl: url }) };
  } catch (error) {
    core.warning(`could not upload the evidence artifact ${artifactName}: ${errorMessage(error)}`);
    return { artifactName, uploadError: errorMessage(error) };
  }
}

/** The job summary, on every path (a bad input too): the first place anyone looks. */
async function writeSummary(core: Core, evidence: Evidence, input: Omit<SummaryInput, 'repository'>, env: NodeJS.ProcessEnv): Promise<void> {
  await attempt(core, 'write the job summary', async () => {
    if (!env.GITHUB_STEP_SUMMARY) return core.info('no GITHUB_STEP_SUMMARY: job summary skipped');
    const repository = repositoryLink(env);
    await core.summary.addRaw(renderSummary(evidence, { ...input, ...(repository ? { repository } : {}) })).write();
  });
}

async function comment(core: Core, evidence: Evidence, location: EvidenceLocation, run: ActionRun): Promise<void> {
  const number = pullRequestNumber(run.eventName, run.payload);
  const repository = run.env.GITHUB_REPOSITORY;
  if (number === undefined || !repository) {
    core.info(`comment: no pull request in this ${run.eventName || 'unknown'} event, nothing to comment on`);
    return;
  }
  const { octokitCommentApi } = await import('./comment-api.js');
  const api = octokitCommentApi(run.settings.githubToken, repository, number);
  const { id, action } = await upsertComment(api, commentBody(evidence, location, repositoryLink(run.env)));
  core.info(`comment ${id} ${action} on #${number}`);
}

async function attempt(core: Core, what: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    core.warning(`could not ${what}: ${errorMessage(error)}`);
  }
}

/** Sets the outputs and the step status from the gate's result. */
export async function conclude(result: GateResult, location: EvidenceLocation, run: ActionRun): Promise<void> {
  const core = await loadCore();
  setOutputs(core, result.evidence.verdict, result.exitCode, {
    'evidence-path': result.evidencePath,
    'report-path': result.reportPath,
    'artifact-name': location.artifactName,
    'artifact-id': location.artifactId?.toString(),
    'artifact-url': location.artifactUrl,
    'sarif-path': run.settings.sarifPath,
  });
  if (run.settings.shard) {
    // The merge job is the check: a shard failing by its verdict would cancel its siblings (fail-fast)
    // and leave the merge without them. A shard only fails when the merge cannot have its evidence.
    const { index, total } = run.settings.shard;
    if (location.uploadError) core.setFailed(`loki-verify shard ${index}/${total}: evidence not uploaded as ${location.artifactName}: ${location.uploadError}`);
    return;
  }
  const failure = failureMessage(result.evidence, run.settings.failOn);
  if (failure) core.setFailed(failure);
}

/**
 * Nothing was verified (a bad input, or a bug): ERROR evidence where it can be written, uploaded, and
 * shown in the job summary, ERROR outputs and a failed step naming the problem.
 */
export async function failUnverified(error: unknown, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const message = errorMessage(error);
  const result = await runGate({
    env,
    inputError: message,
    ...(env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {}),
    ...outFolder(env, DEFAULT_ARTIFACT_NAME),
  }).catch(() => undefined);
  const core = await loadCore();
  const location = result && (await uploadArtifact(core, result, DEFAULT_ARTIFACT_NAME, env));
  if (result && location) await writeSummary(core, result.evidence, { location, omittedAnnotations: 0 }, env);
  setOutputs(core, 'ERROR', 3, {
    'evidence-path': result?.evidencePath,
    'report-path': result?.reportPath,
    'artifact-name': location?.artifactId === undefined ? undefined : location.artifactName,
    'artifact-id': location?.artifactId?.toString(),
    'artifact-url': location?.artifactUrl,
  });
  core.setFailed(`loki-verify could not verify (ERROR, exit 3): ${message}`);
}

function setOutputs(core: Core, verdict: string, exitCode: number, optional: Record<string, string | undefined>): void {
  core.setOutput('verdict', verdict);
  core.setOutput('exit-code', String(exitCode));
  for (const [name, value] of Object.entries(optional)) core.setOutput(name, value ?? '');
}
