// When the static probe applies, and the probe end to end through the real CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceViolations } from '../../../src/evidence/validate.js';
import { runCli } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../../helpers/repo.js';
import { lines, runStatic, scenario } from './scenario.js';

afterAll(cleanupTempDirs);

describe('static probe: applicability', () => {
  it('no JS/TS changes and nothing configured: skipped with the reason', async () => {
    const repo = scenario({ 'README.md': '# x\n' });
    repo.commit('docs', { 'README.md': '# x\n\nMore.\n', 'data.json': '{}\n' });
    expect(await runStatic(repo)).toMatchObject({
      status: 'skipped',
      summary: 'no JavaScript/TypeScript changes, and no eslint configuration or tsconfig.json covers the changed files',
    });
  });

  it('JS/TS changes without any eslint or TypeScript configuration: skipped, saying so', async () => {
    const repo = scenario({ 'README.md': '# x\n' });
    repo.commit('code', { 'src/a.js': 'var unused = 1;\n', 'src/b.ts': 'export const n: number = "x";\n' });
    expect(await runStatic(repo)).toMatchObject({
      status: 'skipped',
      summary: 'JavaScript/TypeScript files changed, but no eslint configuration or tsconfig.json covers them',
    });
  });

  it('only deletions and binary files: skipped', async () => {
    const repo = scenario({ 'eslint.config.mjs': 'export default [];\n', 'src/a.js': 'export const a = 1;\n' });
    repo.commit('remove', { 'src/a.js': null, 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0]) });
    expect(await runStatic(repo)).toMatchObject({ status: 'skipped', summary: 'no added or modified text files to check' });
  });
});

describe('static probe: CLI', () => {
  it('a PR adding an eslint error is BLOCKED (exit 2) with the finding in evidence and report', () => {
    const repo = scenario({
      'eslint.config.mjs': lines("export default [{ rules: { 'no-unused-vars': 'error' } }];"),
      'src/a.js': 'export const a = 1;\n',
    });
    repo.commit('add an unused variable', { 'src/a.js': 'export const a = 1;\nconst unusedNew = 2;\n' });
    const run = runCli(['main', '--only', 'static'], { cwd: repo.dir, out: tempDir('loki-out-') });

    expect(run.code).toBe(2);
    expect(run.evidence?.verdict).toBe('BLOCKED');
    expect(evidenceViolations(run.evidence!)).toBeUndefined();
    expect(run.evidence?.probes.find((p) => p.id === 'static')).toMatchObject({ status: 'fail' });
    expect(run.evidence?.findings).toEqual([
      expect.objectContaining({ probe: 'static', rule: 'no-unused-vars', severity: 'high', blocking: true, file: 'src/a.js', line: 2, column: 7 }),
    ]);
    expect(run.report).toContain('no-unused-vars');
  });
});
