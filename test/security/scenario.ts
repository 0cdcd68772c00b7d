// Shared pieces of the security scenarios: the gate run through the real CLI, its evidence checked.
import { expect } from 'vitest';
import { integrityHash } from '../../src/evidence/canonical.js';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { cleanEnv, runCli, type CliRun } from '../helpers/cli.js';
import { tempDir, TestRepo, type Files } from '../helpers/repo.js';

export const PASSING_TEST = `const test = require('node:test');\nconst assert = require('node:assert');\ntest('adds', () => assert.equal(1 + 1, 2));\n`;

/** A repository on `main` with a node package, then a `feature` branch with `files` committed. */
export function project(scripts: Record<string, string>, files: Files = {}, baseFiles: Files = {}): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', { 'package.json': JSON.stringify({ name: 'fixture', version: '1.0.0', scripts }, null, 2), 'README.md': '# fixture\n', ...baseFiles });
  repo.checkout('feature', true);
  repo.commit('change', { 'sum.test.js': PASSING_TEST, ...files });
  return repo;
}

/** Runs the CLI in `cwd`; the evidence, when written, must validate and its integrity hash recompute. */
export function gate(cwd: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv(), out = tempDir('loki-out-')): CliRun & { out: string } {
  const run = runCli(args, { cwd, out, env });
  if (run.evidence) {
    expect(evidenceViolations(run.evidence)).toBeUndefined();
    expect(integrityHash(run.evidence)).toBe(run.evidence.integrity.sha256);
  }
  return { ...run, out };
}
