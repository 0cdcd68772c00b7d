// The Action's I/O around the gate: settings and event in; annotations, artifact, job summary, SARIF,
// PR comment and outputs out. Every publishing step is isolated: one failing never hides the others or
// changes the verdict, and the outputs are set in every case.
import * as core from '@actions/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorMessage } from '../core/errors.js';
import type { Evidence } from '../evidence/types.js';
import { PROBES } from '../probes/index.js';
import { runGate, type GateOptions, type GateResult } from '../run.js';
import { renderSarif } from '../render/sarif.js';
import { painter, probeLine, verdictLines } from '../render/terminal.js';
import { planAnnotations } from './annotations.js';
import { artifactNameFor, artifactUrl, uploadEvidence } from './artifact.js';
import { commentBody, octokitCommentApi, upsertComment } from './comment.js';
import { baseFromEvent, pullRequestNumber, untrustedCodeReason } from './event-base.js';
import { failureMessage } from './fail-on.js';
import { DEFAULT_ARTIFACT_NAME, readSettings, type ActionSettings } from './inputs.js';
import { renderSummary, type EvidenceLocation } from './summary.js';

export interface ActionRun {
  settings: ActionSettings;
  eventName: string;
  payload: unknown;
  env: NodeJS.ProcessEnv;
  gate: GateOptions;
}

/** Reads inputs and the event, and decides how the gate runs. Throws on a bad input (naming it). */
export function prepareRun(env: NodeJS.ProcessEnv = process.env): ActionRun {
  const settings = readSettings((name) => core.getInput(name), env);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readEvent(env.GITHUB_EVENT_PATH);
  const { base, source } = baseFromEvent(eventName, payload, settings.base);
  core.info(`base: ${base ?? 'default'} (from ${source})`);

  const untrusted = untrustedCodeReason(eventName, payload);
  const runsPrCode = PROBES.filter((p) => p.runsPrCode).map((p) => p.id).join(', ');
  if (untrusted && !settings.allowUntrustedCode) core.info(`probes that execute the PR's code (${runsPrCode}) are not run: ${untrusted}`);
  else if (untrusted) core.info(`allow-untrusted-code: true, so the fork's code runs (${runsPrCode}) with this workflow's credentials`);

  const plain = painter(false);
  const gate: GateOptions = {
    cwd: settings.workingDirectory,
    env,
    ...outFolder(env, settings.artifactName),
    ...(base === undefined ? {} : { base }),
    ...(settings.config === undefined ? {} : { config: settings.config }),
    ...(settings.heldout === undefined ? {} : { heldout: settings.heldout }),
    ...(untrusted && !settings.allowUntrustedCode ? { untrustedCode: untrusted } : {}),
    log: (line) => core.info(line),
    onProbe: (result) => core.info(probeLine(result, plain)),
  };
  return { settings, eventName, payload, env, gate };
}

/** Outside the checkout, so the verified tree stays as the workflow left it; one folder per artifact name. */
function outFolder(env: NodeJS.ProcessEnv, artifactName: string): { out?: string } {
  return env.RUNNER_TEMP ? { out: join(env.RUNNER_TEMP, 'loki-verify', artifactName) } : {};
}

function readEvent(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    core.warning(`could not read the event payload ${path} (${errorMessage(error)}); using the default bases`);
    return {};
  }
}

/** Publishes the result everywhere it belongs and says where the evidence went; never throws. */
export async function publish(result: GateResult, run: ActionRun): Promise<EvidenceLocation> {
  const { evidence } = result;
  for (const line of verdictLines(evidence, { evidence: result.evidencePath, report: result.reportPath }, painter(false))) {
    core.info(line);
  }

  const plan = planAnnotations(evidence.findings);
  for (const a of plan.annotations) {
    const properties = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
    core[a.level](a.message, properties);
  }

  const location = await uploadArtifact(result, run);
  await attempt('write the job summary', async () => {
    if (!run.env.GITHUB_STEP_SUMMARY) return core.info('no GITHUB_STEP_SUMMARY: job summary skipped');
    await core.summary.addRaw(renderSummary(evidence, { location, omittedAnnotations: plan.omitted })).write();
  });
  const { sarifPath } = run.settings;
  if (sarifPath) await attempt('write the SARIF file', async () => writeSarif(evidence, sarifPath));
  if (run.settings.comment) await attempt('update the pull request comment', () => comment(evidence, location, run));
  return location;
}

async function uploadArtifact(result: GateResult, run: ActionRun): Promise<EvidenceLocation> {
  const artifactName = artifactNameFor(run.settings.artifactName, run.env.GITHUB_RUN_ATTEMPT);
  if (!result.evidencePath || !result.reportPath) {
    return { artifactName, uploadError: 'the evidence files could not be written' };
  }
  if (!run.env.ACTIONS_RUNTIME_TOKEN || !run.env.ACTIONS_RESULTS_URL) {
    return { artifactName, uploadError: 'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset)' };
  }
  try {
    const artifactId = await uploadEvidence(artifactName, [result.evidencePath, result.reportPath]);
    const url = artifactUrl(run.env, artifactId);
    return { artifactName, artifactId, ...(url === undefined ? {} : { artifactUrl: url }) };
  } catch (error) {
    core.warning(`could not upload the evidence artifact ${artifactName}: ${errorMessage(error)}`);
    return { artifactName, uploadError: errorMessage(error) };
  }
}

function writeSarif(evidence: Evidence, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(renderSarif(evidence), null, 2)}\n`);
  core.info(`SARIF: ${path}`);
}

async function comment(evidence: Evidence, location: EvidenceLocation, run: ActionRun): Promise<void> {
  const number = pullRequestNumber(run.eventName, run.payload);
  const repository = run.env.GITHUB_REPOSITORY;
  if (number === undefined || !repository) {
    core.info(`comment: no pull request in this ${run.eventName || 'unknown'} event, nothing to comment on`);
    return;
  }
  const api = octokitCommentApi(run.settings.githubToken, repository, number);
  const { id, action } = await upsertComment(api, commentBody(evidence, location));
  core.info(`comment ${id} ${action} on #${number}`);
}

async function attempt(what: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    core.warning(`could not ${what}: ${errorMessage(error)}`);
  }
}

/** Sets the outputs and the step status from the gate's result. */
export function conclude(result: GateResult, location: EvidenceLocation, run: ActionRun): void {
  setOutputs(result.evidence.verdict, result.exitCode, {
    'evidence-path': result.evidencePath,
    'report-path': result.reportPath,
    'artifact-name': location.artifactName,
    'artifact-id': location.artifactId?.toString(),
    'artifact-url': location.artifactUrl,
    'sarif-path': run.settings.sarifPath,
  });
  const failure = failureMessage(result.evidence, run.settings.failOn);
  if (failure) core.setFailed(failure);
}

/**
 * Nothing was verified (a bad input, or a bug): ERROR evidence where it can be written, ERROR outputs
 * and a failed step naming the problem.
 */
export async function failUnverified(error: unknown, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const message = errorMessage(error);
  const result = await runGate({
    env,
    inputError: message,
    ...(env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {}),
    ...outFolder(env, DEFAULT_ARTIFACT_NAME),
  }).catch(() => undefined);
  setOutputs('ERROR', 3, { 'evidence-path': result?.evidencePath, 'report-path': result?.reportPath });
  core.setFailed(`loki-verify could not verify (ERROR, exit 3): ${message}`);
}

function setOutputs(verdict: string, exitCode: number, optional: Record<string, string | undefined>): void {
  core.setOutput('verdict', verdict);
  core.setOutput('exit-code', String(exitCode));
  for (const [name, value] of Object.entries(optional)) core.setOutput(name, value ?? '');
}
