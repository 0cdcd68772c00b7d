// The perimeter's rules as pure functions: changed files + policy -> findings.
import { describe, expect, it } from 'vitest';
import { globMatcher, perimeterFindings, type PerimeterInput } from '../../../src/probes/perimeter/rules.js';
import type { ChangedFile } from '../../../src/types.js';

function file(path: string, extra: Partial<ChangedFile> = {}): ChangedFile {
  return { path, status: 'modified', binary: false, added: 1, removed: 0, addedRanges: [], ...extra };
}

function findings(input: Partial<PerimeterInput>) {
  return perimeterFindings({ files: [], policy: {}, policyPaths: [], gateWorkflows: new Set(), ...input });
}

describe('perimeter rules', () => {
  it('protected-path: a change inside a protected folder is a finding naming the path and the reason; outside it is not', () => {
    const policy = { protected: [{ paths: ['migrations/'], reason: 'schema changes need a DBA' }] };
    const hit = findings({ files: [file('migrations/001_init.sql'), file('src/app.ts')], policy });
    expect(hit).toEqual([
      expect.objectContaining({ rule: 'protected-path', severity: 'high', blocking: true, file: 'migrations/001_init.sql', message: expect.stringMatching(/schema changes need a DBA/) }),
    ]);
    expect(findings({ files: [file('src/migrations.ts'), file('docs/migrations/x.md')], policy })).toEqual([]);
  });

  it('protected entries take their own severity and blocking', () => {
    const policy = { protected: [{ paths: ['infra/**'], severity: 'medium' as const, blocking: false }] };
    expect(findings({ files: [file('infra/main.tf')], policy })[0]).toMatchObject({ severity: 'medium', blocking: false });
  });

  it('renames into and out of a protected folder are both caught', () => {
    const policy = { protected: [{ paths: ['migrations'] }] };
    const out = findings({ files: [file('archive/001.sql', { status: 'renamed', oldPath: 'migrations/001.sql' })], policy });
    expect(out.map((f) => f.file)).toEqual(['migrations/001.sql']);
    const into = findings({ files: [file('migrations/002.sql', { status: 'renamed', oldPath: 'drafts/002.sql' })], policy });
    expect(into.map((f) => f.file)).toEqual(['migrations/002.sql']);
  });

  it('outside-allowed: every changed path outside the allowed globs, both sides of a rename', () => {
    const policy = { allowed: ['src/**', 'test/'] };
    expect(findings({ files: [file('src/a.ts'), file('test/a.test.ts')], policy })).toEqual([]);
    const out = findings({ files: [file('package.json'), file('src/b.ts', { status: 'renamed', oldPath: 'lib/b.ts' })], policy });
    expect(out.map((f) => [f.rule, f.file])).toEqual([
      ['outside-allowed', 'package.json'],
      ['outside-allowed', 'lib/b.ts'],
    ]);
  });

  it('too-large: files and lines (added + removed) over the limits; binary files count as files', () => {
    const files = [file('a.bin', { binary: true, added: 0, removed: 0 }), file('b.ts', { added: 300, removed: 101 })];
    expect(findings({ files, policy: { max_files: 2, max_lines: 401 } })).toEqual([]);
    const over = findings({ files, policy: { max_files: 1, max_lines: 400 } });
    expect(over.map((f) => f.rule)).toEqual(['too-large', 'too-large']);
    expect(over.map((f) => f.message).join('\n')).toMatch(/2 files changed, over the limit of 1[\s\S]*401 lines changed/);
  });

  it('policy-changed and gate-workflow-changed are built in, on by default, and their severity is configurable', () => {
    const files = [file('.loki/verify.yml', { status: 'added' }), file('.github/workflows/verify.yml'), file('.github/workflows/docs.yml')];
    const input = { files, policyPaths: ['.loki/verify.yml'], gateWorkflows: new Set(['.github/workflows/verify.yml']) };
    expect(findings(input).map((f) => [f.rule, f.file, f.severity, f.blocking])).toEqual([
      ['policy-changed', '.loki/verify.yml', 'high', true],
      ['gate-workflow-changed', '.github/workflows/verify.yml', 'high', true],
    ]);
    const relaxed = findings({ ...input, policy: { rules: { 'policy-changed': { severity: 'medium', blocking: false } } } });
    expect(relaxed[0]).toMatchObject({ rule: 'policy-changed', severity: 'medium', blocking: false });
  });

  it('paths with spaces and unicode match and are named exactly', () => {
    const policy = { protected: [{ paths: ['données/*'] }], allowed: ['src/**'] };
    const out = findings({ files: [file('données/clé secrète.txt'), file('src/my file ✓.ts')], policy });
    expect(out.map((f) => [f.rule, f.file])).toEqual([
      ['protected-path', 'données/clé secrète.txt'],
      ['outside-allowed', 'données/clé secrète.txt'],
    ]);
  });

  it('fingerprints are stable and differ per path and rule', () => {
    const policy = { protected: [{ paths: ['a/**'] }], allowed: ['b/**'] };
    const once = findings({ files: [file('a/x'), file('a/y')], policy }).map((f) => f.fingerprint);
    const again = findings({ files: [file('c/z'), file('a/y'), file('a/x')], policy }).map((f) => f.fingerprint);
    expect(new Set(once).size).toBe(4);
    for (const fp of once) expect(again).toContain(fp);
  });

  it('globMatcher: folder shorthands, dotfiles, ./ prefixes', () => {
    const match = globMatcher(['./infra', '.github/workflows/', '*.lock']);
    expect(['infra', 'infra/x/y.tf', '.github/workflows/ci.yml', 'yarn.lock', '.env.lock'].every(match)).toBe(true);
    expect(['infrastructure/x', 'src/yarn.lock', '.github/ci.yml'].some(match)).toBe(false);
  });
});
