// The perimeter probe end to end: real repositories, the real CLI, a policy committed on the base.
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceViolations } from '../../../src/evidence/validate.js';
import { cleanEnv, runCli, type CliRun } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

const POLICY = `perimeter:
  protected:
    - paths: [migrations/]
      reason: schema changes need a DBA
  allowed: [src/**, test/**, migrations/**, .github/**, "données/**"]
  max_files: 5
  max_lines: 40
`;

const GATE_WORKFLOW = 'on: pull_request\njobs:\n  verify:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: loki/verify@v1\n';
const DOCS_WORKFLOW = 'on: push\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make docs\n';

function repoWith(base: Files = {}): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', {
    '.loki/verify.yml': POLICY,
    'migrations/001_init.sql': 'create table t (id int);\n',
    '.github/workflows/verify.yml': GATE_WORKFLOW,
    '.github/workflows/docs.yml': DOCS_WORKFLOW,
    'src/app.js': 'export const app = 1;\n',
    ...base,
  });
  repo.checkout('feature', true);
  return repo;
}

function gate(repo: TestRepo): CliRun {
  const run = runCli(['main', '--only', 'perimeter'], { cwd: repo.dir, out: tempDir('loki-perimeter-out-'), env: cleanEnv() });
  expect(run.evidence, run.stderr).toBeDefined();
  expect(evidenceViolations(run.evidence!)).toBeUndefined();
  return run;
}

const rules = (run: CliRun) => run.evidence!.findings.map((f) => [f.rule, f.file ?? null]);

describe('perimeter probe', () => {
  it('a change within the perimeter: VERIFIED', () => {
    const repo = repoWith();
    repo.commit('feature', { 'src/app.js': 'export const app = 2;\n', 'test/app.test.js': 'ok\n', '.github/workflows/docs.yml': `${DOCS_WORKFLOW}# tweak\n` });
    const run = gate(repo);
    expect(run.evidence?.probes.find((p) => p.id === 'perimeter')).toMatchObject({ status: 'pass' });
    expect(run.code).toBe(0);
  });

  it('protected path: BLOCKED naming the path and the reason', () => {
    const repo = repoWith();
    repo.commit('migrate', { 'migrations/002_add.sql': 'alter table t add c int;\n' });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(rules(run)).toEqual([['protected-path', 'migrations/002_add.sql']]);
    expect(run.evidence?.findings[0]?.message).toMatch(/schema changes need a DBA/);
  });

  it('a rename out of the protected folder is caught on its old path', () => {
    const repo = repoWith();
    repo.git('mv', 'migrations/001_init.sql', 'src/001_init.sql');
    repo.commit('move it');
    expect(rules(gate(repo))).toEqual([['protected-path', 'migrations/001_init.sql']]);
  });

  it('outside-allowed and too-large', () => {
    const repo = repoWith();
    const many: Files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`src/f${i}.js`, 'x\n'.repeat(8)]));
    repo.commit('big', { ...many, 'package.json': '{}\n' });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(rules(run)).toEqual(expect.arrayContaining([['outside-allowed', 'package.json'], ['too-large', null], ['too-large', null]]));
  });

  it('gate-workflow-changed: editing the workflow that runs the gate, not another one', () => {
    const repo = repoWith();
    repo.commit('drop the gate', { '.github/workflows/verify.yml': 'on: pull_request\njobs:\n  verify:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n' });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(rules(run)).toEqual([['gate-workflow-changed', '.github/workflows/verify.yml']]);
  });

  it('policy-changed: the PR edits the policy; the base policy still judges it', () => {
    const repo = repoWith();
    repo.commit('loosen', { '.loki/verify.yml': 'perimeter:\n  enabled: false\n', 'migrations/003.sql': 'drop table t;\n' });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(rules(run)).toEqual(expect.arrayContaining([['policy-changed', '.loki/verify.yml'], ['protected-path', 'migrations/003.sql']]));
  });

  it('paths with spaces and unicode', () => {
    const repo = repoWith();
    repo.commit('unicode', { 'données/clé secrète.txt': 'x\n', 'notes/ä b.md': 'y\n' });
    const run = gate(repo);
    expect(rules(run)).toEqual([['outside-allowed', 'notes/ä b.md']]);
  });
});
