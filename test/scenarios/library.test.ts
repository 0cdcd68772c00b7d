// The library API: runGate with embedder-supplied probes, in a real repository.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { templateProbe } from '../../src/probes/_template/index.js';
import { PROBES } from '../../src/probes/index.js';
import type { Probe } from '../../src/probes/probe.js';
import { runGate } from '../../src/run.js';
import { cleanEnv } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

function repo(): TestRepo {
  const r = TestRepo.init();
  r.commit('initial', { 'a.txt': 'a\n' });
  r.checkout('feature', true);
  r.commit('change', { 'b.txt': 'b\n' });
  return r;
}

const probe = (run: Probe['run']): Probe => ({ id: 'static', title: 'Custom', timeout: 60, applies: () => ({ applies: true }), run });

describe('runGate', () => {
  it('returns the evidence and writes it, with probe progress reported', async () => {
    const seen: string[] = [];
    const result = await runGate({
      cwd: repo().dir,
      base: 'main',
      out: tempDir(),
      env: cleanEnv(),
      probes: [probe(async (ctx) => ({ status: 'pass', summary: `saw ${ctx.diff.files.length} file` }))],
      onProbe: (r) => seen.push(`${r.id}:${r.status}`),
    });
    expect(result).toMatchObject({ verdict: 'VERIFIED', exitCode: 0 });
    expect(seen).toEqual(['static:pass']);
    expect(result.evidence.probes[0]?.summary).toBe('saw 1 file');
    expect(result.evidencePath).toMatch(/evidence\.json$/);
  });

  it('evidence that breaks the schema is a loki-verify bug: ERROR, exit 3, and it says so', async () => {
    const result = await runGate({
      cwd: repo().dir,
      base: 'main',
      out: tempDir(),
      env: cleanEnv(),
      probes: [probe(async () => ({ status: 'fail', summary: 'bad', findings: [{ rule: 'r', severity: 'high', blocking: true, message: 'm', line: 0, fingerprint: 'abcdefgh' }] }))],
    });
    expect(result.exitCode).toBe(3);
    expect(result.evidence.error).toMatch(/evidence failed schema validation \(a loki-verify bug, please report it\): findings\[0\]\.line/);
    expect(evidenceViolations(result.evidence)).toBeUndefined();
  });

  it('an unwritable output folder is ERROR (exit 3) naming the folder, and no probe runs', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    let ran = false;
    const result = await runGate({
      cwd: repo().dir,
      base: 'main',
      out: join(blocker, 'out'),
      env: cleanEnv(),
      probes: [probe(async () => ((ran = true), { status: 'pass', summary: 'ok' }))],
    });
    expect(result.evidencePath).toBeUndefined();
    expect(result).toMatchObject({ verdict: 'ERROR', exitCode: 3 });
    expect(result.evidence.error).toMatch(/output folder .*a-file.* not a directory; pass a writable --out folder/);
    expect(ran).toBe(false);
  });
});

describe('an embedder registers a probe with a new id', () => {
  /** The policy is read at the merge-base, so `policy` goes into the initial commit. */
  const conflicted = (policy?: string): TestRepo => {
    const r = TestRepo.init();
    r.commit('initial', { 'a.txt': 'a\n', ...(policy === undefined ? {} : { '.loki/verify.yml': policy }) });
    r.checkout('feature', true);
    r.commit('merge gone wrong', { 'a.txt': 'a\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n' });
    return r;
  };

  it('runs it end to end, with its config section, and the evidence validates', async () => {
    const r = conflicted('conflict-markers:\n  timeout: 30\n  paths_ignore: [docs/**]\n');
    const result = await runGate({ cwd: r.dir, base: 'main', out: tempDir(), env: cleanEnv(), probes: [...PROBES.filter((p) => p.id === 'secrets'), templateProbe] });
    expect(result.evidence.probes.map((p) => [p.id, p.status])).toEqual([['secrets', 'pass'], ['conflict-markers', 'fail']]);
    expect(result.evidence.findings).toEqual([
      expect.objectContaining({ probe: 'conflict-markers', rule: 'conflict-marker', file: 'a.txt', line: 2, blocking: true }),
      expect.objectContaining({ probe: 'conflict-markers', line: 4 }),
      expect.objectContaining({ probe: 'conflict-markers', line: 6 }),
    ]);
    expect(result).toMatchObject({ verdict: 'BLOCKED', exitCode: 2 });
    expect(evidenceViolations(result.evidence)).toBeUndefined();
  });

  it("validates the probe's config section against its settings schema", async () => {
    const r = conflicted('conflict-markers:\n  paths_ignor: [docs/**]\n');
    const result = await runGate({ cwd: r.dir, base: 'main', out: tempDir(), env: cleanEnv(), probes: [templateProbe] });
    expect(result.exitCode).toBe(3);
    expect(result.evidence.error).toContain('conflict-markers.paths_ignor: unknown key (expected one of enabled, timeout, required, paths_ignore)');
  });

  it('refuses an id that cannot name a config section or an evidence entry', async () => {
    const result = await runGate({ cwd: conflicted().dir, base: 'main', out: tempDir(), env: cleanEnv(), probes: [{ ...templateProbe, id: 'My Probe' }] });
    expect(result.exitCode).toBe(3);
    expect(result.evidence.error).toMatch(/probe id 'My Probe' is not valid: use lowercase letters, digits and dashes/);
  });
});
