// End to end through the real CLI (bin/loki-verify.js -> lib/, compiled by the global setup). The CLI runs
// as an asynchronous child: the loopback OSV server lives in this process and must keep answering meanwhile.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/evidence/types.js';
import { evidenceViolations } from '../../../src/evidence/validate.js';
import { BIN, cleanEnv } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../../helpers/repo.js';
import { deadUrl, fixtureRecords, OSV_FIXTURES, startOsvServer, type OsvServer } from './osv-server.js';
import { makeRepo, scenarioFiles } from './scenario.js';

let server: OsvServer;
beforeAll(async () => {
  server = await startOsvServer(fixtureRecords(), { pageSize: 1 });
});
afterAll(async () => {
  await server.close();
  cleanupTempDirs();
});

interface Run {
  code: number | null;
  stderr: string;
  evidence?: Evidence;
  report?: string;
}

async function gate(args: string[], env: Record<string, string>, repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'))): Promise<Run> {
  const out = tempDir('loki-out-');
  const argv = [BIN, 'main', '--only', 'dependencies', ...args, '--out', out];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile(process.execPath, argv, { cwd: repo.dir, env: cleanEnv(env), timeout: 60_000 }, (error, _stdout, stderrText) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr: stderrText });
    });
  });
  const read = (name: string): string | undefined => (existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8') : undefined);
  const evidenceText = read('evidence.json');
  const run: Run = { code, stderr, ...(evidenceText ? { evidence: JSON.parse(evidenceText) as Evidence } : {}), ...(read('report.md') ? { report: read('report.md') } : {}) };
  if (run.evidence) expect(evidenceViolations(run.evidence)).toBeUndefined();
  return run;
}

describe('dependencies through the CLI', () => {
  it('a vulnerable version added: BLOCKED, exit 2', async () => {
    const run = await gate([], { LOKI_VERIFY_OSV_URL: server.url });
    expect(run.code).toBe(2);
    expect(run.evidence?.verdict).toBe('BLOCKED');
    const probe = run.evidence?.probes.find((p) => p.id === 'dependencies');
    expect(probe?.status).toBe('fail');
    const blocking = run.evidence?.findings.filter((f) => f.blocking);
    expect(blocking).toHaveLength(1);
    expect(blocking?.[0]).toMatchObject({ probe: 'dependencies', rule: 'dependencies/vulnerable-dependency', severity: 'high', file: 'package-lock.json', line: 42 });
    expect(run.report).toContain('GHSA-35jh-r3h4-6jhm');
  });

  it('OSV unreachable: CONCERNS (inconclusive), exit 1', async () => {
    const run = await gate([], { LOKI_VERIFY_OSV_URL: await deadUrl() });
    expect(run.code).toBe(1);
    expect(run.evidence?.verdict).toBe('CONCERNS');
    expect(run.evidence?.probes.find((p) => p.id === 'dependencies')).toMatchObject({ status: 'inconclusive', summary: expect.stringContaining('ECONNREFUSED') });
  });

  it('a package only a once-missed lockfile shape pins (a pnpm v5 key naming its registry host): BLOCKED, exit 2', async () => {
    const lock = (extra: string): string => `lockfileVersion: 5.4\n\npackages:\n\n  /ms/2.1.3:\n    resolution: {integrity: sha512-x}\n${extra}`;
    const repo = makeRepo({ 'pnpm-lock.yaml': lock('') }, { 'pnpm-lock.yaml': lock('\n  registry.npmjs.org/minimist/1.2.5:\n    resolution: {integrity: sha512-y}\n') });
    const run = await gate(['--osv-db', OSV_FIXTURES], { LOKI_VERIFY_OSV_URL: await deadUrl() }, repo);
    expect(run.code).toBe(2);
    expect(run.evidence?.verdict).toBe('BLOCKED');
    expect(run.evidence?.findings.filter((f) => f.blocking).map((f) => `${f.file}:${f.line} ${String(f.details?.package)}`)).toEqual(['pnpm-lock.yaml:8 minimist']);
  });

  it('--osv-db needs no network and blocks the same way', async () => {
    const run = await gate(['--osv-db', OSV_FIXTURES], { LOKI_VERIFY_OSV_URL: await deadUrl() });
    expect(run.code).toBe(2);
    expect(run.evidence?.findings.filter((f) => f.probe === 'dependencies').map((f) => f.rule)).toEqual([
      'dependencies/vulnerable-dependency',
      'dependencies/vulnerable-dependency',
    ]);
  });
});
