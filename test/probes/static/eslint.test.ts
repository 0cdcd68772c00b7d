// The static probe with the repository's real eslint (flat and legacy configs) on temp git repositories.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { lines, runStatic, scenario } from './scenario.js';

afterAll(cleanupTempDirs);

const FLAT_CONFIG = lines(
  "export default [",
  "  { ignores: ['vendor/**'] },",
  "  { rules: { 'no-unused-vars': 'error', 'no-console': 'warn' } },",
  "];",
);
const OLD_CODE = lines('export function total(items) {', '  const unusedOld = 1;', '  return items.length;', '}');

describe('static probe: eslint', () => {
  it('an error on an added line is a blocking finding; the same error on an untouched line is only counted', async () => {
    const repo = scenario({ 'eslint.config.mjs': FLAT_CONFIG, 'src/total.js': OLD_CODE });
    repo.commit('add code', {
      'src/total.js': lines('export function total(items) {', '  const unusedOld = 1;', '  const unusedNew = 2;', '  console.log(items);', '  return items.length;', '}'),
    });
    const run = await runStatic(repo);

    expect(run.status).toBe('fail');
    expect(run.findings).toEqual([
      {
        rule: 'no-unused-vars',
        severity: 'high',
        blocking: true,
        message: "'unusedNew' is assigned a value but never used.",
        file: 'src/total.js',
        line: 3,
        column: 9,
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        details: { tool: 'eslint' },
      },
      expect.objectContaining({ rule: 'no-console', severity: 'low', blocking: false, file: 'src/total.js', line: 4, column: 3 }),
    ]);
    expect(run.summary).toBe('eslint: 1 error, 1 warning on added lines (1 problem on untouched lines held back)');
    expect(run.details).toMatchObject({
      scope: 'added-lines',
      held_back: 1,
      eslint: {
        checked: 1,
        runs: [{ dir: '.', config: 'eslint.config.mjs', kind: 'flat', eslint: expect.stringMatching(/^10\./), targets: 1 }],
        diagnostics: { total: 3, in_scope: 2, held_back: 1 },
      },
      tsc: { checked: 0, idle: 'no TypeScript changes' },
    });
    expect(run.logs.join('\n')).toMatch(/^eslint 10\.\S+ \(flat config eslint\.config\.mjs\) on 1 file\(s\) in \./);

    // Unrelated lines inserted above move the finding, not its fingerprint.
    const fingerprint = run.findings![0]!.fingerprint;
    repo.commit('document it', {
      'src/total.js': lines('// Totals.', '', 'export function total(items) {', '  const unusedOld = 1;', '  const unusedNew = 2;', '  console.log(items);', '  return items.length;', '}'),
    });
    const again = await runStatic(repo);
    expect(again.findings![0]).toMatchObject({ rule: 'no-unused-vars', line: 5, fingerprint });
  });

  it('scope changed-files blames old problems in touched files; scope all lints the whole project', async () => {
    const repo = scenario({
      'eslint.config.mjs': FLAT_CONFIG,
      'src/total.js': OLD_CODE,
      'src/untouched.js': lines('const unusedElsewhere = 1;'),
    });
    repo.commit('touch', { 'src/total.js': `${OLD_CODE}export const x = 1;\n` });

    const changedFiles = await runStatic(repo, { static: { scope: 'changed-files' } });
    expect(changedFiles.status).toBe('fail');
    expect(changedFiles.findings!.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['src/total.js:2 no-unused-vars']);

    const all = await runStatic(repo, { static: { scope: 'all' } });
    expect(all.findings!.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['src/total.js:2 no-unused-vars', 'src/untouched.js:1 no-unused-vars']);
    expect(all.summary).toBe('eslint: 2 errors in the project');

    const added = await runStatic(repo);
    expect(added).toMatchObject({ status: 'pass', findings: [], details: { held_back: 1 } });
    expect(added.summary).toBe('eslint checked 1 file; no problems on added lines (1 problem on untouched lines held back)');
  });

  it('files eslint ignores are not linted; with nothing left to check the probe is skipped', async () => {
    const repo = scenario({ 'eslint.config.mjs': FLAT_CONFIG, 'README.md': '# x\n' });
    repo.commit('vendor and docs', { 'vendor/lib.js': 'var unused = 1;\n', 'README.md': '# x\n\nMore.\n' });
    const run = await runStatic(repo);
    expect(run.status).toBe('skipped');
    expect(run.summary).toBe('nothing to check: eslint lints none of the changed files; no TypeScript changes');
    expect(run.details).toMatchObject({ eslint: { ignored: ['README.md', 'vendor/lib.js'], checked: 0 } });
  });

  it('a package with its own flat config is linted from its directory with that config', async () => {
    const repo = scenario({
      'eslint.config.mjs': FLAT_CONFIG,
      'packages/web/eslint.config.mjs': lines("export default [{ rules: { 'no-var': 'error' } }];"),
      'packages/web/src/page.js': 'export const page = 1;\n',
    });
    repo.commit('use var', { 'packages/web/src/page.js': 'export const page = 1;\nvar legacy = 2;\nexport { legacy };\n', 'src/a.js': 'const unusedRoot = 1;\n' });
    const run = await runStatic(repo);
    expect(run.findings!.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['packages/web/src/page.js:2 no-var', 'src/a.js:1 no-unused-vars']);
    expect((run.details!.eslint as { runs: unknown[] }).runs).toEqual([
      expect.objectContaining({ dir: '.', config: 'eslint.config.mjs', targets: 1 }),
      expect.objectContaining({ dir: 'packages/web', config: 'packages/web/eslint.config.mjs', targets: 1 }),
    ]);
  });

  it('an eslint config without eslint installed is inconclusive, with the fix', async () => {
    const repo = scenario({ 'eslint.config.mjs': FLAT_CONFIG }, 'none');
    repo.commit('add code', { 'src/a.js': 'const unusedNew = 2;\n' });
    const run = await runStatic(repo);
    expect(run.status).toBe('inconclusive');
    expect(run.summary).toBe('eslint.config.mjs configures eslint but eslint is not installed in the repository: install dependencies before running the gate');
    expect(run.findings).toEqual([]);
  });

  it('eslint failing on its configuration is inconclusive with the tail of its output', async () => {
    const repo = scenario({ 'eslint.config.mjs': "import plugin from 'eslint-plugin-not-installed';\nexport default [plugin.configs.recommended];\n" });
    repo.commit('add code', { 'src/a.js': 'const unusedNew = 2;\n' });
    const run = await runStatic(repo);
    expect(run.status).toBe('inconclusive');
    expect(run.summary).toMatch(/^eslint in \. exited with code 2 \(configuration or plugin error\): [\s\S]*eslint-plugin-not-installed/);
  });

  it('legacy .eslintrc works with eslint 9 (ESLINT_USE_FLAT_CONFIG=false)', async () => {
    const repo = scenario(
      {
        '.eslintrc.json': JSON.stringify({ root: true, parserOptions: { ecmaVersion: 2022, sourceType: 'module' }, rules: { 'no-unused-vars': 'error' } }),
        '.eslintignore': 'vendor/\n',
        'src/total.js': OLD_CODE,
      },
      'eslint9',
    );
    repo.commit('add code', {
      'src/total.js': lines('export function total(items) {', '  const unusedOld = 1;', '  const unusedNew = 2;', '  return items.length;', '}'),
      'vendor/lib.js': 'var unusedVendored = 1;\n',
      // No TypeScript parser configured: eslint 9 cannot read this; it is not blamed on the PR.
      'src/types.ts': 'export const n: number = 1;\n',
      'README.md': '# not given to legacy eslint\n',
    });
    const run = await runStatic(repo);
    expect(run.status).toBe('fail');
    expect(run.findings!.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.severity}`)).toEqual(['src/total.js:3:9 no-unused-vars high']);
    expect(run.details).toMatchObject({
      held_back: 1,
      eslint: {
        runs: [{ dir: '.', config: '.eslintrc.json', kind: 'legacy', eslint: expect.stringMatching(/^9\./), targets: 3 }],
        ignored: ['vendor/lib.js'],
        unparsed: ['src/types.ts'],
      },
    });
  });

  it('legacy .eslintrc with eslint 10, which dropped eslintrc, is inconclusive and says how to fix it', async () => {
    const repo = scenario({ '.eslintrc.json': JSON.stringify({ rules: { 'no-unused-vars': 'error' } }) });
    repo.commit('add code', { 'src/a.js': 'const unusedNew = 2;\n' });
    const run = await runStatic(repo);
    expect(run.status).toBe('inconclusive');
    expect(run.summary).toMatch(/^\.eslintrc\.json is a legacy eslintrc configuration, which eslint 10\.\S+ no longer reads: migrate it to eslint\.config\.js .* or pin eslint 9$/);
  });
});
