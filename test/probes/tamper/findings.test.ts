// Severities, `tamper.rules` overrides, `tamper.allow` with `until`, and fingerprints, through the probe on
// real repositories; and tree-modified from the results of the probes that ran the PR's code.
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import type { ProbeResult } from '../../../src/types.js';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { runPr } from './run.js';

afterAll(cleanupTempDirs);

const BASE = { 'test/a.test.ts': "it('a', () => {});\nit('b', () => {});\n" };
const HEAD = { 'test/a.test.ts': "it.only('a', () => {});\n" };

describe('tamper findings', () => {
  it('contract defaults: test-removed and test-focused high and blocking', async () => {
    const run = await runPr(BASE, HEAD);
    expect(run.findings.map((f) => [f.rule, f.severity, f.blocking])).toEqual([
      ['test-removed', 'high', true],
      ['test-focused', 'high', true],
    ]);
    expect(run.outcome.summary).toMatch(/^2 findings \(test-removed 1, test-focused 1; 1 file examined\)$/);
  });

  it('`tamper.rules.<id>` sets severity and blocking', async () => {
    const config = parseConfig("tamper:\n  rules:\n    test-focused: { severity: medium, blocking: false }\n    test-removed: { blocking: false }\n", 'verify.yml');
    const run = await runPr(BASE, HEAD, { config });
    expect(run.findings.map((f) => [f.rule, f.severity, f.blocking])).toEqual([
      ['test-removed', 'high', false],
      ['test-focused', 'medium', false],
    ]);
    expect(run.outcome.status).toBe('pass');
  });

  it('`tamper.allow` drops a finding by fingerprint until its date, then reports it with the lapse; unused entries are listed', async () => {
    const first = await runPr(BASE, HEAD);
    const focused = first.rule('test-focused')[0]!.fingerprint;
    const allow = (until: string): ReturnType<typeof parseConfig> =>
      parseConfig(`tamper:\n  allow:\n    - { fingerprint: ${focused}, reason: demo branch, until: ${until} }\n    - { fingerprint: 0123456789abcdef, reason: old }\n`, 'verify.yml');
    const allowed = await runPr(BASE, HEAD, { config: allow('2026-06-01') });
    expect(allowed.rule('test-focused')).toEqual([]);
    expect(allowed.outcome.details).toMatchObject({ allowed_findings: 1, allowed: [{ fingerprint: focused, rule: 'test-focused', reason: 'demo branch' }], unused_allowances: ['0123456789abcdef'] });
    const lapsed = await runPr(BASE, HEAD, { config: allow('2026-05-31') });
    expect(lapsed.rule('test-focused')[0]!.message).toContain('expired on 2026-05-31');
  });

  it('rejects unknown keys and unknown rule ids in the config section', () => {
    expect(() => parseConfig('tamper:\n  rules:\n    test-deleted: { blocking: false }\n', 'verify.yml')).toThrow(/tamper/);
    expect(() => parseConfig('tamper:\n  allowlist: []\n', 'verify.yml')).toThrow(/allowlist/);
  });

  it('`tamper.paths_ignore` leaves matching paths out', async () => {
    const run = await runPr(BASE, HEAD, { config: parseConfig("tamper:\n  paths_ignore: ['test/**']\n", 'verify.yml') });
    expect(run.findings).toEqual([]);
  });

  it('a changed config that does not parse at head is inconclusive; one already broken at the merge-base is not', async () => {
    const broken = 'jobs:\n  t:\n    steps:\n      - with:\n          pattern: *\n';
    const fine = 'jobs:\n  t:\n    steps:\n      - run: npm test\n';
    const atHead = await runPr({ '.github/workflows/ci.yml': fine }, { '.github/workflows/ci.yml': broken });
    expect(atHead.outcome).toMatchObject({ status: 'inconclusive', details: { unreadable: [{ path: '.github/workflows/ci.yml', side: 'head' }] } });
    const atBase = await runPr({ '.github/workflows/ci.yml': broken }, { '.github/workflows/ci.yml': fine });
    expect(atBase.outcome.status).toBe('pass');
    expect(atBase.outcome.details).toMatchObject({ unreadable: [{ path: '.github/workflows/ci.yml', side: 'base' }] });
  });

  it('tree-modified: each path a code-running probe changed is a high, blocking finding naming the probe', async () => {
    const result = (id: 'build' | 'test', tree_changes: Array<{ path: string; change: string }>): ProbeResult =>
      ({ id, title: id, status: 'pass', summary: 'ok', duration_ms: 1, findings: [], details: {}, tree_changes }) as ProbeResult;
    const run = await runPr({}, { 'src/a.ts': 'export {};\n' }, {
      results: { build: result('build', []), test: result('test', [{ path: 'src/b.ts', change: 'deleted' }, { path: 'README.md', change: 'modified' }]) },
    });
    expect(run.rule('tree-modified').map((f) => [f.file, f.severity, f.blocking, f.details?.['probe'], f.details?.['change']])).toEqual([
      ['README.md', 'high', true, 'test', 'modified'],
      ['src/b.ts', 'high', true, 'test', 'deleted'],
    ]);
    expect(run.outcome.status).toBe('fail');
  });
});
