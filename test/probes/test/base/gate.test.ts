// Acceptance: the test probe judged against the merge-base, through the real CLI on throw-away
// repositories with real runners (node:test; vitest from this project's own node_modules; jest and
// mocha from the registry, cached once per test run; pytest when installed).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, PROJECT_ROOT, runCli } from '../../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../../helpers/repo.js';
import { runnerModules } from '../../../helpers/runners.js';

afterAll(cleanupTempDirs);

const HAS_PYTEST = spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;

interface Scenario {
  base: Files;
  change: Files;
  /** node_modules to link as an install would provide them: this project's (vitest), or the runner cache's (jest, mocha). */
  nodeModules?: boolean | string;
}

function scenario({ base, change, nodeModules }: Scenario): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { '.gitignore': 'node_modules\n__pycache__/\n.pytest_cache/\n', ...base });
  if (nodeModules) symlinkSync(typeof nodeModules === 'string' ? nodeModules : join(PROJECT_ROOT, 'node_modules'), join(repo.dir, 'node_modules'));
  repo.checkout('feature', true);
  repo.commit('change', change);
  return repo;
}

/** The user's index bytes, status and commit: the gate must leave them as they were. */
function userState(repo: TestRepo): string {
  const index = createHash('sha256').update(readFileSync(join(repo.dir, '.git/index'))).digest('hex');
  return [index, repo.git('status', '--porcelain=v2', '--branch', '--untracked-files=all'), repo.head()].join('\n');
}

function baseWorktreesLeft(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('loki-verify-base-'));
}

function gate(repo: TestRepo, args: string[] = ['--only', 'test']) {
  const before = userState(repo);
  // A temp folder of this run's own, so base worktrees of test files running alongside do not count.
  const temp = tempDir('loki-base-tmp-');
  const run = runCli(['main', ...args], { cwd: repo.dir, out: tempDir('loki-out-'), env: cleanEnv({ TMPDIR: temp }) });
  const test = run.evidence?.probes.find((p) => p.id === 'test');
  // After every run: no base worktree left, in git or on disk, and the user's tree and index untouched.
  expect(repo.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  expect(baseWorktreesLeft(temp)).toEqual([]);
  expect(userState(repo)).toBe(before);
  return { ...run, test, details: test?.details as Record<string, unknown> | undefined, rules: run.evidence?.findings.map((f) => f.rule) ?? [] };
}

const nodeTest = (body: string, imports = "const { add } = require('../src/calc.js');"): string =>
  `const test = require('node:test');\nconst assert = require('node:assert');\n${imports}\n${body}\n`;

const CALC_BUG = "exports.add = (a, b) => a - b;\nexports.mul = (a, b) => a * b;\n";
const CALC_FIXED = "exports.add = (a, b) => a + b;\nexports.mul = (a, b) => a * b;\n";

describe('node:test repositories', () => {
  it('a test failing on the base and at head: CONCERNS with preexisting-failure, "also fails on the base"', () => {
    const repo = scenario({
      base: { 'src/calc.js': CALC_FIXED, 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));\ntest('flaky clock', () => assert.equal(Date.now() % 1, 1));") },
      change: { 'src/calc.js': `${CALC_FIXED}exports.sub = (a, b) => a - b;\n` },
    });
    const run = gate(repo);
    expect(run.code).toBe(1);
    expect(run.evidence?.verdict).toBe('CONCERNS');
    expect(run.evidence?.findings).toEqual([
      expect.objectContaining({ rule: 'preexisting-failure', severity: 'medium', blocking: false, message: expect.stringMatching(/^failing test: flaky clock\b.*\(also fails on the base\)$/) }),
    ]);
    expect(run.details).toMatchObject({ preexisting: [{ name: 'flaky clock' }], base: { merge_base: repo.git('merge-base', 'main', 'HEAD').trim(), dependencies: 'none needed' } });
    expect(run.report).toContain('also fails on the base');
  });

  it('the same test passing on the base but failing at head: BLOCKED with test-failed', () => {
    const repo = scenario({
      base: { 'src/calc.js': CALC_FIXED, 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));") },
      change: { 'src/calc.js': CALC_BUG },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.rules).toEqual(['test-failed']);
    expect(run.evidence?.findings[0]?.message).not.toContain('also fails on the base');
    expect(run.details?.preexisting).toBeUndefined();
  });

  it('a bug fix whose new test fails without the fix: VERIFIED, fails_on_base true, no placebo-tests', () => {
    const repo = scenario({
      base: { 'src/calc.js': CALC_BUG, 'test/mul.test.js': nodeTest("test('multiplies', () => assert.equal(require('../src/calc.js').mul(2, 3), 6));", '') },
      change: { 'src/calc.js': CALC_FIXED, 'test/add.test.js': nodeTest("test('adds', () => assert.equal(add(2, 3), 5));") },
    });
    const run = gate(repo);
    expect(run.code).toBe(0);
    expect(run.details).toMatchObject({ anti_placebo: 'checked', new_tests: [{ name: 'adds', file: 'test/add.test.js', fails_on_base: true }] });
  });

  it('a source change whose new test passes on the base too: CONCERNS with placebo-tests naming the test', () => {
    const repo = scenario({
      base: { 'src/calc.js': CALC_BUG },
      change: { 'src/calc.js': CALC_FIXED, 'test/mul.test.js': nodeTest("test.describe('calc', () => { test.it('multiplies', () => assert.equal(require('../src/calc.js').mul(2, 3), 6)); });", '') },
    });
    const run = gate(repo);
    expect(run.code).toBe(1);
    expect(run.evidence?.findings).toEqual([
      expect.objectContaining({ rule: 'placebo-tests', severity: 'medium', blocking: false, file: 'test/mul.test.js', message: expect.stringContaining('calc > multiplies (test/mul.test.js)') }),
    ]);
    expect(run.details).toMatchObject({ new_tests: [{ name: 'calc > multiplies', file: 'test/mul.test.js', fails_on_base: false }] });
  });

  it('with test.anti_placebo: block, the placebo test BLOCKS', () => {
    const repo = scenario({
      base: { 'src/calc.js': CALC_BUG, '.loki/verify.yml': 'test:\n  anti_placebo: block\n' },
      change: { 'src/calc.js': CALC_FIXED, 'test/mul.test.js': nodeTest("test('multiplies', () => assert.equal(require('../src/calc.js').mul(2, 3), 6));", '') },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ rule: 'placebo-tests', blocking: true })]);
  });

  it('a new test that cannot even load on the base (it imports what the PR adds) counts as failing there', () => {
    const repo = scenario({
      base: { 'src/calc.js': CALC_FIXED, 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));") },
      change: { 'src/sub.js': 'exports.sub = (a, b) => a - b;\n', 'test/sub.test.js': nodeTest("test('subtracts', () => assert.equal(sub(3, 1), 2));", "const { sub } = require('../src/sub.js');") },
    });
    const run = gate(repo);
    expect(run.code).toBe(0);
    expect(run.details?.new_tests).toEqual([{ name: 'test/sub.test.js (could not load on the base)', file: 'test/sub.test.js', fails_on_base: true }]);
  });

  it('a PR that only adds tests, or only changes docs, gets no placebo-tests', () => {
    const onlyTests = gate(scenario({
      base: { 'src/calc.js': CALC_FIXED, 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));") },
      change: { 'test/more.test.js': nodeTest("test('adds more', () => assert.equal(add(2, 2), 4));") },
    }));
    expect(onlyTests.code).toBe(0);
    expect(onlyTests.details).toMatchObject({ anti_placebo: 'not-applicable', anti_placebo_reason: 'the PR changes no code outside its tests' });
    const onlyDocs = gate(scenario({
      base: { 'src/calc.js': CALC_FIXED, 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));") },
      change: { 'README.md': '# calc\n' },
    }));
    expect(onlyDocs.code).toBe(0);
    expect(onlyDocs.details).toMatchObject({ anti_placebo: 'not-applicable', anti_placebo_reason: 'the PR adds or changes no test cases' });
    expect(onlyDocs.details?.base).toBeUndefined();
  });

  it('a runner that cannot run tests on the base (a custom test command): anti_placebo unsupported, never a finding', () => {
    const repo = scenario({
      base: { 'run-tests.sh': 'exec node --test\n', '.loki/verify.yml': 'test:\n  run: sh run-tests.sh\n', 'src/calc.js': CALC_BUG },
      change: { 'src/calc.js': CALC_FIXED, 'test/mul.test.js': nodeTest("test('multiplies', () => assert.equal(require('../src/calc.js').mul(2, 3), 6));", '') },
    });
    const run = gate(repo);
    expect(run.code).toBe(0);
    expect(run.details).toMatchObject({ anti_placebo: 'unsupported', anti_placebo_reason: 'the runner of test/mul.test.js cannot run tests on the base', new_tests: [] });
    expect(run.details?.base).toBeUndefined();
  });

  it('a base run that outlasts the test timeout is stopped: the head failure stays blocking, the worktree is gone', () => {
    const repo = scenario({
      base: {
        '.loki/verify.yml': 'test:\n  timeout: 25\n',
        'src/calc.js': CALC_FIXED,
        // On the base this test hangs; the PR makes it fail fast.
        'test/calc.test.js': nodeTest("test('adds', async () => { await new Promise((r) => setTimeout(r, 120000)); });"),
      },
      change: { 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 4));") },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.rules).toEqual(['test-failed']);
    expect(run.details?.base).toMatchObject({ problems: [expect.stringMatching(/stopped by the timeout/)] });
  });

  it('SIGTERM while the base runs: the gate exits 143 and the base worktree is removed', async () => {
    const marker = tempDir('loki-marker-');
    const repo = scenario({
      base: {
        'src/calc.js': CALC_FIXED,
        // The base version records where it runs, then hangs.
        'test/calc.test.js': nodeTest(`test('adds', async () => { require('node:fs').writeFileSync(${JSON.stringify(join(marker, 'cwd'))}, process.cwd()); await new Promise((r) => setTimeout(r, 120000)); });`),
      },
      change: { 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 4));") },
    });
    const before = userState(repo);
    const child = spawn(process.execPath, [BIN, 'main', '--only', 'test', '--out', tempDir('loki-out-')], { cwd: repo.dir, env: cleanEnv(), stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const cwdFile = join(marker, 'cwd');
    for (let i = 0; i < 600 && !existsSync(cwdFile); i++) await sleep(100);
    const worktree = readFileSync(cwdFile, 'utf8');
    expect(worktree).toContain('loki-verify-base-');
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(existsSync(worktree)).toBe(false);
    expect(repo.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
    expect(userState(repo)).toBe(before);
  });
});

describe('what the base needs first, and what it cannot judge', () => {
  it('the base worktree is prepared while the head tests run: a head test sees it appear', () => {
    // Passes only when a second worktree exists during the head run (it waits up to 30 s for it).
    const waits = nodeTest(
      "test('sees the base worktree', () => {\n  const { execFileSync } = require('node:child_process');\n  const until = Date.now() + 30000;\n  let n = 0;\n  while ((n = (execFileSync('git', ['worktree', 'list', '--porcelain'], { encoding: 'utf8' }).match(/^worktree /gm) || []).length) < 2 && Date.now() < until) execFileSync('sleep', ['0.1']);\n  assert.equal(n, 2);\n});",
      '',
    );
    const repo = scenario({
      base: { 'src/calc.js': CALC_BUG, 'test/wait.test.js': waits },
      change: { 'src/calc.js': CALC_FIXED, 'test/add.test.js': nodeTest("test('adds', () => assert.equal(add(2, 3), 5));") },
    });
    const run = gate(repo);
    expect(run.code).toBe(0);
    expect(run.details).toMatchObject({ anti_placebo: 'checked', new_tests: [{ name: 'adds', fails_on_base: true }], base: { prepared: 'during the head run', prepare_ms: expect.any(Number), duration_ms: expect.any(Number) } });
  });

  it('a PR that touches a package.json: the base is prepared after the head run (an install would compete with its tests)', () => {
    const pkg = (description: string): string => JSON.stringify({ name: 'n', description, scripts: { test: 'node --test' } });
    const repo = scenario({
      base: { 'package.json': pkg('calc'), 'src/calc.js': CALC_BUG },
      change: { 'package.json': pkg('a calculator'), 'src/calc.js': CALC_FIXED, 'test/add.test.js': nodeTest("test('adds', () => assert.equal(add(2, 3), 5));") },
    });
    const run = gate(repo);
    expect(run.code).toBe(0);
    expect(run.details).toMatchObject({ anti_placebo: 'checked', base: { prepared: 'after the head run', dependencies: 'none needed' } });
  });

  it('a head run that cannot start (runner not installed): the worktree prepared meanwhile is removed all the same', () => {
    const repo = scenario({
      base: { 'package.json': JSON.stringify({ name: 'j', scripts: { test: 'jest' } }), 'src/calc.js': CALC_BUG },
      change: { 'src/calc.js': CALC_FIXED, 'test/add.test.js': "test('adds', () => {});\n" },
    });
    // gate() checks that no worktree is left, in git or on disk.
    const run = gate(repo);
    expect(run.test?.status).toBe('inconclusive');
    expect(run.details?.base).toBeUndefined();
  });

  // A lint step before the tests (`xo && ava`, `eslint . && vitest run`): a red run that names no failing test.
  const lintScript = (lint: string): Files => ({
    'package.json': JSON.stringify({ name: 'l', scripts: { test: 'node lint.js && node --test' } }),
    'lint.js': lint,
    'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));"),
  });
  // A linter that reports every `var` in src/ as `file:line:col  error  message`, like eslint's unix format.
  const LINT = [
    "const fs = require('node:fs');",
    'let errors = 0;',
    "for (const name of fs.readdirSync('src').sort()) {",
    "  fs.readFileSync(`src/${name}`, 'utf8').split('\\n').forEach((line, i) => {",
    "    if (/\\bvar\\b/.test(line)) { console.error(`src/${name}:${i + 1}:1  error  Unexpected var  no-var`); errors++; }",
    '  });',
    '}',
    "if (errors) { console.error(`\\n✖ ${errors} problem${errors === 1 ? '' : 's'}`); process.exit(1); }",
    '',
  ].join('\n');
  const OLD_STYLE = 'var version = 1;\nexports.version = version;\n';

  it('a lint step that fails the same way on the merge-base (an untouched file): CONCERNS with preexisting-failure and the base output', () => {
    const repo = scenario({
      base: { ...lintScript(LINT), 'src/calc.js': CALC_FIXED, 'src/legacy.js': OLD_STYLE },
      change: { 'src/calc.js': `${CALC_FIXED}exports.sub = (a, b) => a - b;\n` },
    });
    const run = gate(repo);
    expect(run.code).toBe(1);
    expect(run.evidence?.verdict).toBe('CONCERNS');
    expect(run.evidence?.findings).toEqual([
      expect.objectContaining({ rule: 'preexisting-failure', severity: 'medium', blocking: false, message: expect.stringMatching(/exited with 1.*\(the whole command also fails the same way on the base\)$/) }),
    ]);
    expect(run.details?.base).toMatchObject({
      preexisting_check: expect.stringMatching(/^made: `npm run test` also fails on the merge-base, the same way \(exit 1\)/),
      command_on_base: { result: 'same', exit_code: 1, output_tail: expect.stringContaining('src/legacy.js:1:1  error  Unexpected var') },
    });
    expect(run.test?.summary).toMatch(/it also fails the same way on the base$/);
  });

  it('with test.preexisting: block, the same pre-existing lint failure still BLOCKS', () => {
    const repo = scenario({
      base: { ...lintScript(LINT), 'src/calc.js': CALC_FIXED, 'src/legacy.js': OLD_STYLE, '.loki/verify.yml': 'test:\n  preexisting: block\n' },
      change: { 'src/calc.js': `${CALC_FIXED}exports.sub = (a, b) => a - b;\n` },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ rule: 'test-run-failed', blocking: true, message: expect.stringContaining('also fails the same way on the base') })]);
  });

  it('a lint step the PR breaks (it passes on the merge-base): BLOCKED, test-run-failed', () => {
    const repo = scenario({
      base: { ...lintScript(LINT), 'src/calc.js': CALC_FIXED },
      change: { 'src/calc.js': `${CALC_FIXED}var sub = (a, b) => a - b;\nexports.sub = sub;\n` },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.rules).toEqual(['test-run-failed']);
    expect(run.details?.base).toMatchObject({ preexisting_check: expect.stringMatching(/^made: `npm run test` passes on the merge-base/), command_on_base: { result: 'passes', exit_code: 0 } });
  });

  it('a lint step failing on the merge-base that the PR makes fail at one more place: BLOCKED, it fails differently', () => {
    const repo = scenario({
      base: { ...lintScript(LINT), 'src/calc.js': CALC_FIXED, 'src/legacy.js': OLD_STYLE },
      change: { 'src/calc.js': `${CALC_FIXED}var sub = (a, b) => a - b;\nexports.sub = sub;\n` },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.rules).toEqual(['test-run-failed']);
    expect(run.details?.base).toMatchObject({
      preexisting_check: expect.stringMatching(/^made: `npm run test` also fails on the merge-base, but differently \(.*src\/calc\.js:3/),
      command_on_base: { result: 'differs', exit_code: 1 },
    });
  });

  it('a base whose command fails another way (another step, another exit code): BLOCKED', () => {
    const repo = scenario({
      base: { ...lintScript('console.error("config file missing: .lintrc");\nprocess.exit(2);\n'), 'src/calc.js': CALC_FIXED },
      change: { 'lint.js': LINT, 'src/calc.js': `${CALC_FIXED}var sub = (a, b) => a - b;\nexports.sub = sub;\n` },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.rules).toEqual(['test-run-failed']);
    expect(run.details?.base).toMatchObject({ command_on_base: { result: 'differs', reason: 'it exits with 1 at head but 2 on the base' } });
  });

  // The real linter (this project's eslint, its stylish format: absolute file headers, errors under them).
  const eslintRepo: Files = {
    'package.json': JSON.stringify({ name: 'e', scripts: { test: 'eslint src && node --test' } }),
    'eslint.config.mjs': "export default [{ files: ['src/**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { 'no-var': 'error' } }];\n",
    'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));"),
    'src/calc.js': CALC_FIXED,
    'src/legacy.js': OLD_STYLE,
  };

  it('eslint failing on an untouched file on both sides: CONCERNS; a new eslint error in the PR\'s file: BLOCKED', () => {
    const same = gate(scenario({ base: eslintRepo, change: { 'src/calc.js': `${CALC_FIXED}exports.sub = (a, b) => a - b;\n` }, nodeModules: true }));
    expect(same.code).toBe(1);
    expect(same.rules).toEqual(['preexisting-failure']);
    expect(same.details?.base).toMatchObject({ command_on_base: { result: 'same', output_tail: expect.stringMatching(/<merge-base>\/src\/legacy\.js\n\s+1:1\s+error\s+Unexpected var/) } });

    const added = gate(scenario({ base: eslintRepo, change: { 'src/calc.js': `${CALC_FIXED}var sub = (a, b) => a - b;\nexports.sub = sub;\n` }, nodeModules: true }));
    expect(added.code).toBe(2);
    expect(added.rules).toEqual(['test-run-failed']);
    expect(added.details?.base).toMatchObject({ command_on_base: { result: 'differs' } });
  });

  it('a failing test the PR introduces after a lint step that fails on the base: BLOCKED, the test is named', () => {
    const repo = scenario({
      base: { 'package.json': JSON.stringify({ name: 'l', scripts: { test: 'node --test; node lint.js' } }), 'lint.js': LINT, 'test/calc.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));"), 'src/calc.js': CALC_FIXED, 'src/legacy.js': OLD_STYLE },
      change: { 'src/calc.js': CALC_BUG },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.rules).toEqual(['test-failed']);
    expect(run.details?.base).not.toHaveProperty('command_on_base');
  });

  // Tests that load the built output (dist/, gitignored): the base must be built as the head was.
  const built = (build: string): Files => ({
    '.gitignore': 'node_modules\ndist\n',
    'package.json': JSON.stringify({ name: 'b', scripts: { build: 'node build.js', test: 'node --test' } }),
    'build.js': build,
    'test/sum.test.js': nodeTest("test('adds', () => assert.equal(add(1, 2), 3));", "const { add } = require('../dist/calc.js');"),
  });
  const BUILD = "const fs = require('node:fs');\nfs.mkdirSync('dist', { recursive: true });\nfs.copyFileSync('src/calc.js', 'dist/calc.js');\n";
  const placeboOnDist = nodeTest("test('multiplies', () => assert.equal(mul(2, 3), 6));", "const { mul } = require('../dist/calc.js');");

  it('the base is built before its tests run when the build ran at head: a placebo test on dist/ is found', () => {
    const repo = scenario({
      base: { ...built(BUILD), 'src/calc.js': CALC_BUG },
      change: { 'src/calc.js': CALC_FIXED, 'test/mul.test.js': placeboOnDist },
    });
    const run = gate(repo, ['--only', 'build,test']);
    expect(run.code).toBe(1);
    expect(run.rules).toEqual(['placebo-tests']);
    expect(run.details).toMatchObject({ base: { build: expect.stringMatching(/^`npm run build` \(\d+ ms\)$/) }, new_tests: [{ name: 'multiplies', fails_on_base: false }] });
  });

  it('a base that does not build cannot judge: anti_placebo incomplete, no finding', () => {
    const repo = scenario({
      base: { ...built('process.exit(4);\n'), 'src/calc.js': CALC_BUG },
      change: { 'build.js': BUILD, 'src/calc.js': CALC_FIXED, 'test/mul.test.js': placeboOnDist },
    });
    const run = gate(repo, ['--only', 'build,test']);
    expect(run.code).toBe(0);
    expect(run.details).toMatchObject({ anti_placebo: 'incomplete', anti_placebo_reason: expect.stringMatching(/^the build `npm run build` exited with 4 on the base/), base: { error: expect.any(String) } });
  });

  it('--shard I/N: the anti-placebo check runs once, on shard 1; the other shards say where', () => {
    const files: Files = { 'src/calc.js': CALC_BUG };
    for (const name of ['a', 'b', 'c', 'd']) files[`test/${name}.test.js`] = nodeTest(`test('${name}', () => assert.ok(true));`, '');
    const change: Files = { 'src/calc.js': CALC_FIXED, 'test/mul.test.js': nodeTest("test('multiplies', () => assert.equal(require('../src/calc.js').mul(2, 3), 6));", '') };
    const first = gate(scenario({ base: files, change }), ['--only', 'test', '--shard', '1/2']);
    expect(first.code).toBe(1);
    expect(first.rules).toEqual(['placebo-tests']);
    const second = gate(scenario({ base: files, change }), ['--only', 'test', '--shard', '2/2']);
    expect(second.rules).toEqual([]);
    expect(second.details).toMatchObject({ anti_placebo: 'other-shard', anti_placebo_reason: 'checked once for the whole run, on shard 1/2', new_tests: [] });
    expect(second.details?.base).toBeUndefined();
  });
});

describe('vitest repositories (head node_modules linked into the base)', () => {
  const pkg = JSON.stringify({ name: 'v', type: 'module', scripts: { test: 'vitest run' } });
  const vitestFile = (body: string): string => `import { describe, it, expect } from 'vitest';\nimport { add } from '../src/calc.js';\n${body}\n`;
  const calc = (op: string): string => `export const add = (a, b) => a ${op} b;\n`;

  it('pre-existing failure: CONCERNS; the PR’s new test that fails without the fix: fails_on_base true', () => {
    const repo = scenario({
      nodeModules: true,
      base: { 'package.json': pkg, 'src/calc.js': calc('-'), 'test/old.test.js': vitestFile("describe('env', () => { it('needs a browser', () => expect(typeof window).toBe('object')); });") },
      change: { 'src/calc.js': calc('+'), 'test/add.test.js': vitestFile("it('adds', () => expect(add(2, 3)).toBe(5));") },
    });
    const run = gate(repo);
    expect(run.code).toBe(1);
    expect(run.rules).toEqual(['preexisting-failure']);
    expect(run.details).toMatchObject({
      preexisting: [{ name: 'env needs a browser' }],
      new_tests: [{ name: 'adds', file: 'test/add.test.js', line: 3, fails_on_base: true }],
      base: { dependencies: "head's node_modules linked (1 folder)" },
    });
  });

  it('a changed test file: only the changed test case is judged, and it passing on the base is placebo-tests', () => {
    const repo = scenario({
      nodeModules: true,
      base: { 'package.json': pkg, 'src/calc.js': calc('+'), 'test/add.test.js': vitestFile("it('adds', () => expect(add(2, 3)).toBe(5));") },
      change: {
        'src/calc.js': `// faster\n${calc('+')}`,
        'test/add.test.js': vitestFile("it('adds', () => expect(add(2, 3)).toBe(5));\n\nit('adds zero', () => expect(add(2, 0)).toBe(2));"),
      },
    });
    const run = gate(repo);
    expect(run.code).toBe(1);
    expect(run.rules).toEqual(['placebo-tests']);
    expect(run.details?.new_tests).toEqual([{ name: 'adds zero', file: 'test/add.test.js', line: 5, fails_on_base: false }]);
  });
});

describe('jest and mocha repositories (runners from the registry, installed once per test run)', () => {
  const calc = (op: string): string => `exports.add = (a, b) => a ${op} b;\n`;
  const cjsTest = (body: string): string => `const { add } = require('../src/calc.js');\n${body}\n`;

  it('jest: pre-existing failure is CONCERNS, and the fix’s new test fails on the base', () => {
    const repo = scenario({
      nodeModules: runnerModules(),
      base: { 'package.json': JSON.stringify({ name: 'j', scripts: { test: 'jest' } }), 'src/calc.js': calc('-'), 'test/env.test.js': cjsTest("describe('env', () => { test('has a display', () => expect(process.env.DISPLAY_THAT_IS_NOT_SET).toBeDefined()); });") },
      change: { 'src/calc.js': calc('+'), 'test/add.test.js': cjsTest("test('adds', () => expect(add(2, 3)).toBe(5));") },
    });
    const run = gate(repo);
    expect(run.code).toBe(1);
    expect(run.rules).toEqual(['preexisting-failure']);
    expect(run.details).toMatchObject({ preexisting: [expect.objectContaining({ name: 'env has a display' })], new_tests: [{ name: 'adds', file: 'test/add.test.js', fails_on_base: true }] });
  });

  it('jest: a placebo test is CONCERNS naming it', () => {
    const repo = scenario({
      nodeModules: runnerModules(),
      base: { 'package.json': JSON.stringify({ name: 'j', scripts: { test: 'jest' } }), 'src/calc.js': calc('-') },
      change: { 'src/calc.js': calc('+'), 'test/add.test.js': cjsTest("test('is a function', () => expect(typeof add).toBe('function'));") },
    });
    const run = gate(repo);
    expect(run.code).toBe(1);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ rule: 'placebo-tests', file: 'test/add.test.js', message: expect.stringContaining('is a function (test/add.test.js)') })]);
  });

  it('mocha: a regression is BLOCKED, a pre-existing failure beside it is a concern', () => {
    const repo = scenario({
      nodeModules: runnerModules(),
      base: {
        'package.json': JSON.stringify({ name: 'm', scripts: { test: 'mocha' } }),
        'src/calc.js': calc('+'),
        'test/calc.js': "const assert = require('node:assert');\nconst { add } = require('../src/calc.js');\ndescribe('calc', () => {\n  it('adds', () => assert.equal(add(1, 2), 3));\n  it('needs a GPU', () => assert.ok(process.env.GPU_THAT_IS_NOT_SET));\n});\n",
      },
      change: { 'src/calc.js': calc('-') },
    });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.rules.sort()).toEqual(['preexisting-failure', 'test-failed']);
    expect(run.details?.preexisting).toEqual([expect.objectContaining({ name: 'calc needs a GPU' })]);
  });
});

describe.runIf(HAS_PYTEST)('pytest repositories', () => {
  const calc = (op: string): string => `def add(a, b):\n    return a ${op} b\n`;

  it('pre-existing failure by node id: CONCERNS; a regression: BLOCKED', () => {
    const base: Files = {
      'calc.py': calc('+'),
      'tests/test_calc.py': 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n\n\nclass TestEnv:\n    def test_gpu(self):\n        assert False, "no GPU"\n',
      'pytest.ini': '[pytest]\npythonpath = .\n',
    };
    const preexisting = gate(scenario({ base, change: { 'calc.py': `${calc('+')}\n\ndef sub(a, b):\n    return a - b\n` } }));
    expect(preexisting.code).toBe(1);
    expect(preexisting.details?.preexisting).toEqual([expect.objectContaining({ name: expect.stringMatching(/TestEnv::test_gpu$|TestEnv.test_gpu$/) })]);
    const regression = gate(scenario({ base, change: { 'calc.py': calc('-') } }));
    expect(regression.code).toBe(2);
    expect(regression.rules).toEqual(expect.arrayContaining(['test-failed', 'preexisting-failure']));
  });

  it('a fix with a test that fails without it, and a placebo test', () => {
    const base: Files = { 'calc.py': calc('-'), 'pytest.ini': '[pytest]\npythonpath = .\n', 'tests/test_other.py': 'def test_other():\n    assert True\n' };
    const real = gate(scenario({ base, change: { 'calc.py': calc('+'), 'tests/test_add.py': 'from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n' } }));
    expect(real.code).toBe(0);
    expect(real.details?.new_tests).toEqual([{ name: 'tests/test_add.py::test_add', file: 'tests/test_add.py', line: 4, fails_on_base: true }]);
    const placebo = gate(scenario({ base, change: { 'calc.py': calc('+'), 'tests/test_add.py': 'from calc import add\n\n\ndef test_add_type():\n    assert callable(add)\n' } }));
    expect(placebo.code).toBe(1);
    expect(placebo.evidence?.findings[0]).toMatchObject({ rule: 'placebo-tests', message: expect.stringContaining('tests/test_add.py::test_add_type') });
  });

  it('a PR that changes the Python requirements: pytest is not run on the base (the head environment would not fit), never a verdict from it', () => {
    const base: Files = {
      'calc.py': calc('-'),
      'pytest.ini': '[pytest]\npythonpath = .\n',
      'requirements.txt': 'pytest\n',
      'tests/test_env.py': 'def test_gpu():\n    assert False, "no GPU"\n',
    };
    const change: Files = { 'calc.py': calc('+'), 'requirements.txt': 'pytest\nrequests==2.32.3\n', 'tests/test_add.py': 'from calc import add\n\n\ndef test_add_type():\n    assert callable(add)\n' };
    const run = gate(scenario({ base, change }));
    // test_gpu fails on the base too, but that could not be checked: it stays blocking; the placebo test is not judged.
    expect(run.code).toBe(2);
    expect(run.rules).toEqual(['test-failed']);
    expect(run.details).toMatchObject({
      anti_placebo: 'incomplete',
      anti_placebo_reason: expect.stringContaining('the PR changed requirements.txt'),
      base: { dependencies: expect.stringContaining('not reusable (the PR changed requirements.txt)'), problems: [expect.stringContaining('the PR changed requirements.txt')] },
    });
  });
});

