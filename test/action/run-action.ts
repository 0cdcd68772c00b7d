// Runs the committed bundle (node dist/index.js) as the runner does: a child process in the workspace with
// the runner's variables, INPUT_* for every input (defaults from action.yml, names upper-cased with dashes
// kept), the event payload file, and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files it reads back.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import YAML from 'yaml';
import type { Evidence } from '../../src/evidence/types.js';
import { cleanEnv, PROJECT_ROOT } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

export const ACTION_ENTRY = join(PROJECT_ROOT, 'dist/index.js');
const FIXTURES = join(PROJECT_ROOT, 'fixtures/action');
export const GITHUB_TOKEN = 'ghs_TestInstallationToken0123456789abcdefABCDEF';

const ACTION = YAML.parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** One fake GitHub for the calling test file, closed after its tests (which also drops the file's temp dirs). */
export async function useFakeGitHub(): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({ githubToken: GITHUB_TOKEN });
  afterAll(async () => {
    await fake.close();
    cleanupTempDirs();
  });
  return fake;
}

/** The evidence.json a run wrote, read through its `evidence-path` output. */
export function evidenceOf(run: ActionRun): Evidence {
  return JSON.parse(readFileSync(run.outputs['evidence-path'] ?? '', 'utf8')) as Evidence;
}

/** A fixture payload with its placeholders (__BASE_SHA__, __HEAD_SHA__, __BEFORE__, __AFTER__) filled in. */
export function payload(fixture: string, values: Record<string, string>): unknown {
  let text = readFileSync(join(FIXTURES, fixture), 'utf8');
  for (const [key, value] of Object.entries(values)) text = text.replaceAll(`__${key}__`, value);
  return JSON.parse(text) as unknown;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export async function runAction(options: {
  workspace: string;
  eventName: string;
  payload: unknown;
  fake: FakeGitHub;
  inputs?: Record<string, string>;
  runAttempt?: number;
  env?: Record<string, string>;
  /** The Action's entry point: the committed bundle by default. */
  entry?: string;
}): Promise<ActionRun> {
  const runner = tempDir('loki-verify-runner-');
  const files = {
    GITHUB_EVENT_PATH: join(runner, 'event.json'),
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'step_summary'),
    GITHUB_STATE: join(runner, 'state'),
    GITHUB_ENV: join(runner, 'env'),
    GITHUB_PATH: join(runner, 'path'),
  };
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.payload));
  for (const file of [files.GITHUB_OUTPUT, files.GITHUB_STEP_SUMMARY, files.GITHUB_STATE, files.GITHUB_ENV, files.GITHUB_PATH]) {
    writeFileSync(file, '');
  }

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    if (spec.default !== undefined) inputs[name] = spec.default === '${{ github.token }}' ? GITHUB_TOKEN : spec.default;
  }
  Object.assign(inputs, options.inputs);

  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    ...files,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'loki/verify-demo',
    GITHUB_REPOSITORY_OWNER: 'loki',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.fake.url,
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_JOB: 'verify',
    GITHUB_WORKFLOW: 'verify',
    GITHUB_ACTION: '__loki_verify',
    GITHUB_ACTOR: 'alice',
    RUNNER_TEMP: join(runner, '_temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ACTIONS_RUNTIME_TOKEN: options.fake.runtimeToken,
    ACTIONS_RESULTS_URL: `${options.fake.url}/`,
    ACTIONS_RUNTIME_URL: `${options.fake.url}/runtime/`,
    // Many workflows also export the token themselves.
    GITHUB_TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env,
  };

  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [options.entry ?? ACTION_ENTRY], { cwd: options.workspace, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out, stderr: err });
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    runnerTemp: env.RUNNER_TEMP ?? '',
  };
}
