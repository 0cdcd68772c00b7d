// Runs the real CLI (bin/loki-verify.js -> lib/) as a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Evidence } from '../../src/evidence/types.js';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(PROJECT_ROOT, 'bin/loki-verify.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** evidence.json from the --out folder, when written. */
  evidence?: Evidence;
  report?: string;
  durationMs: number;
}

/** Environment of the test process without CI and Actions variables that would change the gate's behaviour. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)/.test(key) || key === 'CI') continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

export function runCli(args: string[], options: { cwd: string; out?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): CliRun {
  const out = options.out;
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args, ...(out ? ['--out', out] : [])], {
    cwd: options.cwd,
    env: options.env ?? cleanEnv(),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
  });
  const durationMs = performance.now() - started;
  const evidencePath = out ? join(out, 'evidence.json') : undefined;
  const reportPath = out ? join(out, 'report.md') : undefined;
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    durationMs,
    ...(evidencePath && existsSync(evidencePath) ? { evidence: JSON.parse(readFileSync(evidencePath, 'utf8')) as Evidence } : {}),
    ...(reportPath && existsSync(reportPath) ? { report: readFileSync(reportPath, 'utf8') } : {}),
  };
}
