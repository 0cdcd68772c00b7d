// Acceptance: threshold-lowered on real repositories: JS/TS configs from their syntax tree, JSON rc files,
// Python INI and TOML; raised thresholds as near-misses.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { runPr } from './run.js';

afterAll(cleanupTempDirs);

const VITEST = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      thresholds: { lines: 90, branches: 80, 'src/core/**': { lines: 100 } },
    },
  },
});
`;

describe('threshold-lowered', () => {
  it('JS/TS: vitest thresholds lowered or removed are high and blocking, on the head line', async () => {
    const head = VITEST.replace('lines: 90', 'lines: 70').replace(", 'src/core/**': { lines: 100 }", '');
    const run = await runPr({ 'vitest.config.ts': VITEST }, { 'vitest.config.ts': head });
    const found = run.rule('threshold-lowered');
    expect(found.map((f) => [f.details?.['setting'], f.details?.['from'], f.details?.['to']])).toEqual([
      ['vitest coverage threshold `lines`', '90', '70'],
      ['vitest coverage threshold `lines` for src/core/**', '100', 'none'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'high', blocking: true, file: 'vitest.config.ts', line: 7 });
    expect(found[1]).toMatchObject({ details: { side: 'base', base_line: 7 } });
    expect(run.outcome.status).toBe('fail');
  });

  it('JS/TS near-miss: thresholds raised, and a computed threshold (not a literal) are not findings', async () => {
    const raised = VITEST.replace('lines: 90', 'lines: 95');
    expect((await runPr({ 'vitest.config.ts': VITEST }, { 'vitest.config.ts': raised })).findings).toEqual([]);
    const computed = VITEST.replace('lines: 90', 'lines: Number(process.env.MIN ?? 90)');
    const run = await runPr({ 'vitest.config.ts': computed }, { 'vitest.config.ts': computed.replace('branches: 80', 'branches: 85') });
    expect(run.findings).toEqual([]);
  });

  it('jest in package.json, nyc and c8 rc files', async () => {
    const pkg = (n: number): string => JSON.stringify({ name: 'x', jest: { coverageThreshold: { global: { branches: n, lines: 90 } } } }, null, 2);
    const run = await runPr(
      { 'package.json': pkg(80), '.nycrc': '{ "check-coverage": true, "lines": 85 }\n', '.c8rc.json': '{ "check-coverage": true, "branches": 75 }\n' },
      { 'package.json': pkg(60), '.nycrc': '{ "check-coverage": false, "lines": 85 }\n', '.c8rc.json': '{ "check-coverage": true, "branches": 70 }\n' },
    );
    expect(run.rule('threshold-lowered').map((f) => `${f.file}: ${f.details?.['setting']} ${f.details?.['from']} -> ${f.details?.['to']}`).sort()).toEqual([
      '.c8rc.json: c8 coverage threshold `branches` 75 -> 70',
      '.nycrc: nyc `check-coverage` true -> false',
      'package.json: jest coverage threshold `branches` 80 -> 60',
    ]);
  });

  it('Python: pytest-cov `--cov-fail-under` in pyproject and `.coveragerc` `fail_under`', async () => {
    const pyproject = (n: number): string => `[tool.pytest.ini_options]\naddopts = "-q --cov=app --cov-fail-under=${n}"\n`;
    const run = await runPr(
      { 'pyproject.toml': pyproject(90), '.coveragerc': '[run]\nbranch = True\n\n[report]\nfail_under = 85\n' },
      { 'pyproject.toml': pyproject(50), '.coveragerc': '[run]\nbranch = True\n\n[report]\nshow_missing = True\n' },
    );
    const found = run.rule('threshold-lowered');
    expect(found.map((f) => [f.file, f.details?.['from'], f.details?.['to']]).sort()).toEqual([
      ['.coveragerc', '85', 'none'],
      ['pyproject.toml', '90', '50'],
    ]);
    expect(found.find((f) => f.file === 'pyproject.toml')).toMatchObject({ line: 2 });
  });

  it('Python: setup.cfg `[coverage:report]` and tox.ini `[pytest]` addopts; near-miss: a threshold moved between files', async () => {
    const run = await runPr({ 'setup.cfg': '[coverage:report]\nfail_under = 90\n' }, { 'setup.cfg': '[coverage:report]\nfail_under = 80\n' });
    expect(run.rule('threshold-lowered')).toHaveLength(1);
    const moved = await runPr(
      { 'tox.ini': '[pytest]\naddopts =\n    --cov=app\n    --cov-fail-under=90\n' },
      { 'tox.ini': '[tox]\nenvlist = py312\n', 'pytest.ini': '[pytest]\naddopts = --cov=app --cov-fail-under=90\n' },
    );
    expect(moved.findings).toEqual([]);
  });
});
