// Acceptance scenarios for the core gate: real git repositories, the real CLI, real child processes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityHash } from '../../src/evidence/canonical.js';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { cleanEnv, runCli, type CliRun } from '../helpers/cli.js';
import { isRunning } from '../helpers/process.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const PASSING_TEST = `const test = require('node:test');\nconst assert = require('node:assert');\ntest('adds numbers', () => assert.equal(1 + 1, 2));\n`;
const FAILING_TEST = `const test = require('node:test');\nconst assert = require('node:assert');\ntest('subtracts numbers', () => assert.equal(2 - 1, 3));\n`;

/**
 * A repository on `main` with a package whose tests run with node's built-in runner, and a `feature`
 * branch. `baseFiles` are committed on main before the branch (the policy is read there).
 */
function project(scripts: Record<string, string> = { test: 'node --test' }, baseFiles: Files = {}): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', {
    'package.json': JSON.stringify({ name: 'fixture', version: '1.0.0', scripts }, null, 2),
    'README.md': '# fixture\n',
    ...baseFiles,
  });
  repo.checkout('feature', true);
  return repo;
}

function gate(repo: TestRepo, args: string[] = ['main'], env?: NodeJS.ProcessEnv): CliRun {
  const run = runCli(args, { cwd: repo.dir, out: tempDir('loki-out-'), ...(env ? { env } : {}) });
  if (run.evidence) {
    // Every evidence file written by the tests validates and its integrity hash recomputes.
    expect(evidenceViolations(run.evidence)).toBeUndefined();
    expect(integrityHash(run.evidence)).toBe(run.evidence.integrity.sha256);
  }
  return run;
}

function probe(run: CliRun, id: string) {
  return run.evidence?.probes.find((p) => p.id === id);
}

describe('gate scenarios', () => {
  it('clean change with passing build and tests: VERIFIED, exit 0', () => {
    const repo = project({ build: 'node -e "require(\'fs\').mkdirSync(\'out\',{recursive:true})"', test: 'node --test' });
    repo.write({ '.gitignore': 'out/\n' });
    // The new test exercises the new code, so it fails on the base (anti-placebo).
    const sumTest = PASSING_TEST.replace("test('adds numbers', () => assert.equal(1 + 1, 2));", "test('adds numbers', () => assert.equal(require('./sum.js')(1, 1), 2));");
    repo.commit('add sum with a test', { 'sum.js': 'module.exports = (a, b) => a + b;\n', 'sum.test.js': sumTest });
    const run = gate(repo, ['main', '--only', 'build,test']);
    expect(run.stderr).toContain('VERIFIED');
    expect(run.code).toBe(0);
    expect(run.evidence?.verdict).toBe('VERIFIED');
    expect(probe(run, 'build')?.status).toBe('pass');
    expect(probe(run, 'test')).toMatchObject({ status: 'pass', details: { passed: 1, failed: 0 } });
    expect(run.evidence?.diff).toMatchObject({ files_changed: 3, lines_added: 5, lines_removed: 0 });
    expect(run.report).toContain('VERIFIED');
  });

  it('the PR\'s code runs as on CI (CI=true unless set), so a runner never waits in watch mode', () => {
    // A runner that, like jest under kcd-scripts or react-scripts, watches for changes unless CI is set.
    const watcher = "if (!process.env.CI) setInterval(() => {}, 1000);\nelse require('node:test')('runs once', () => require('node:assert').equal(process.env.CI, process.env.EXPECTED_CI));\n";
    const repo = project({ test: 'node watch.js' });
    repo.commit('a runner with a watch mode', { 'watch.js': watcher });
    const config = join(tempDir('loki-config-'), 'verify.yml');
    writeFileSync(config, 'test:\n  timeout: 30\n');
    const set = gate(repo, ['main', '--only', 'test', '--config', config], cleanEnv({ EXPECTED_CI: 'true' }));
    expect(probe(set, 'test')).toMatchObject({ status: 'pass', details: { passed: 1 } });
    const kept = gate(repo, ['main', '--only', 'test', '--config', config], cleanEnv({ CI: 'yes', EXPECTED_CI: 'yes' }));
    expect(probe(kept, 'test')).toMatchObject({ status: 'pass', details: { passed: 1 } });
  });

  it('a runner that prints TAP no hook reaches (node-tap): the failing test named at its file and line from the TAP', () => {
    const tap = [
      'TAP version 14',
      '# Subtest: tests/config.test.js',
      '    # Subtest: reads the path option',
      '        not ok 1 - should be equal',
      '          ---',
      '          at:',
      '            fileName: tests/config.test.js',
      '            lineNumber: 2',
      '          ...',
      '        1..1',
      '    not ok 1 - reads the path option',
      '    1..1',
      'not ok 1 - tests/config.test.js',
      '1..1',
      '# { total: 4, pass: 3, fail: 1 }',
    ].join('\n');
    const repo = project({ test: 'node tap-like.js' });
    repo.commit('a failing tap run', { 'tap-like.js': `console.log(${JSON.stringify(tap)});\nprocess.exit(1);\n`, 'tests/config.test.js': '// the test\nassert(false);\n' });
    const run = gate(repo, ['main', '--only', 'test']);
    expect(run.code).toBe(2);
    expect(probe(run, 'test')).toMatchObject({ status: 'fail', details: { failed: 1, passed: 3, collected_from: 'summary' } });
    expect(run.evidence?.findings).toContainEqual(
      expect.objectContaining({ rule: 'test-failed', file: 'tests/config.test.js', line: 2, message: expect.stringContaining('reads the path option') }),
    );
  });

  it('empty diff: CONCERNS, exit 1', () => {
    const repo = project();
    const run = gate(repo, ['main', '--only', 'test']);
    expect(run.code).toBe(1);
    expect(run.evidence?.verdict).toBe('CONCERNS');
    expect(run.evidence?.reasons.join('\n')).toMatch(/empty diff/);
  });

  it('failing test: BLOCKED, exit 2, the failing test named in the finding', () => {
    const repo = project();
    repo.commit('add a broken test', { 'calc.test.js': FAILING_TEST });
    const run = gate(repo, ['main', '--only', 'test']);
    expect(run.code).toBe(2);
    const finding = run.evidence?.findings.find((f) => f.probe === 'test');
    expect(finding).toMatchObject({ rule: 'test-failed', blocking: true, severity: 'high' });
    expect(finding?.message).toContain('subtracts numbers');
  });

  it('failing build: BLOCKED, exit 2, the output tail quoted; the tests still run unless test.needs_build', () => {
    // The build passes on the base: the PR broke it.
    const repo = project({ build: 'node build.js', test: 'node --test' }, { 'build.js': '// builds\n' });
    repo.commit('change', { 'a.test.js': PASSING_TEST, 'build.js': "console.error('syntax error in widget.ts'); process.exit(4);\n" });
    const run = gate(repo, ['main', '--only', 'build,test']);
    expect(run.code).toBe(2);
    expect(probe(run, 'build')?.status).toBe('fail');
    // A failed build does not hide the test evidence.
    expect(probe(run, 'test')).toMatchObject({ status: 'pass', summary: expect.stringMatching(/\(the build failed\)$/) });
    const finding = run.evidence?.findings.find((f) => f.rule === 'build-failed');
    expect(finding?.message).toContain('syntax error in widget.ts');

    repo.commit('tests need the build', { '.loki/verify.yml': 'test:\n  needs_build: true\n' });
    // The policy is read at the merge-base unless asked otherwise: this one is the PR's.
    const strict = gate(repo, ['main', '--only', 'build,test', '--policy-from', 'head']);
    expect(probe(strict, 'test')).toMatchObject({ status: 'skipped', summary: 'not run: the build failed (test.needs_build)' });
    expect(strict.code).toBe(2);
  });

  it('zero tests executed: inconclusive, CONCERNS, exit 1', () => {
    const repo = project();
    repo.commit('a test file that declares nothing', { 'empty.test.js': '// no tests yet\n' });
    const run = gate(repo, ['main', '--only', 'test']);
    expect(run.code).toBe(1);
    expect(probe(run, 'test')?.status).toBe('inconclusive');
    expect(probe(run, 'test')?.summary).toMatch(/no tests/);
  });

  it('root-level test files without a test script are discovered and run', () => {
    const repo = TestRepo.init();
    repo.commit('initial', { 'README.md': 'x\n' });
    repo.checkout('feature', true);
    repo.commit('add a root test', { 'math.test.js': FAILING_TEST });
    const run = gate(repo, ['main', '--only', 'test']);
    expect(run.code).toBe(2);
    expect(probe(run, 'test')?.details).toMatchObject({ runner: 'node:test', failed: 1 });
  });

  it('hanging test with a 2 s timeout: inconclusive, exit 1 within seconds, no process left', () => {
    const repo = project(undefined, { '.loki/verify.yml': 'test:\n  timeout: 2\n' });
    const pidFile = join(tempDir(), 'pid');
    repo.commit('hang', {
      // The test spawns a grandchild that would outlive a naive kill.
      'hang.test.js': `const test = require('node:test');\nconst { spawn } = require('node:child_process');\nconst fs = require('node:fs');\ntest('hangs', async () => {\n  const child = spawn('sleep', ['300'], { stdio: 'ignore' });\n  fs.writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));\n  await new Promise(() => {});\n});\n`,
    });
    const run = gate(repo, ['main', '--only', 'test']);
    expect(run.code).toBe(1);
    expect(probe(run, 'test')?.status).toBe('inconclusive');
    expect(probe(run, 'test')?.summary).toMatch(/timed out after 2 s/);
    expect(run.durationMs).toBeLessThan(30_000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(isRunning(pid)).toBe(false);
  });

  it('a base branch that moved on after the PR branched does not count', () => {
    const repo = project();
    repo.commit('feature work', { 'feature.txt': 'one\ntwo\n' });
    repo.checkout('main');
    repo.commit('main moves on', { 'main-only.txt': 'a\nb\nc\n', 'README.md': '# changed on main\n' });
    repo.checkout('feature');
    const run = gate(repo, ['main', '--skip', 'test']);
    expect(run.evidence?.diff.files.map((f) => f.path)).toEqual(['feature.txt']);
    expect(run.evidence?.diff).toMatchObject({ files_changed: 1, lines_added: 2, lines_removed: 0 });
  });

  it('a shallow clone whose base is on the origin gives the same diff and verdict as a full clone', () => {
    const origin = project();
    for (let i = 0; i < 5; i++) origin.commit(`feature ${i}`, { [`f${i}.txt`]: `line ${i}\n`, [`t${i}.test.js`]: PASSING_TEST });
    origin.checkout('main');
    for (let i = 0; i < 3; i++) origin.commit(`main ${i}`, { [`m${i}.txt`]: `main ${i}\n` });
    origin.checkout('feature');

    const full = TestRepo.init(tempDir());
    full.git('fetch', '-q', origin.dir, '+refs/heads/*:refs/remotes/origin/*');
    full.git('checkout', '-q', 'origin/feature');
    const shallowDir = tempDir();
    new TestRepo(shallowDir).git('clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin.dir}`, shallowDir);
    const shallow = new TestRepo(shallowDir);
    expect(shallow.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');

    const fullRun = gate(full, ['origin/main', '--only', 'test']);
    const shallowRun = gate(shallow, ['main', '--only', 'test']);
    expect(shallowRun.evidence?.error).toBeUndefined();
    expect(shallowRun.evidence?.diff.shallow).toBe(true);
    for (const key of ['merge_base', 'files_changed', 'lines_added', 'lines_removed'] as const) {
      expect(shallowRun.evidence?.diff[key]).toEqual(fullRun.evidence?.diff[key]);
    }
    expect(shallowRun.code).toBe(fullRun.code);
    expect(shallowRun.evidence?.verdict).toBe('VERIFIED');
  });

  it('in a GitHub Actions pull_request job the default base is the PR base from the event', () => {
    const repo = project();
    repo.commit('x', { 'a.test.js': PASSING_TEST });
    const prBase = repo.git('rev-parse', 'main').trim();
    repo.checkout('main');
    repo.commit('main moves on', { 'later.txt': 'l\n' }); // origin-less `main` now points past the PR base
    repo.checkout('feature');
    const eventPath = join(tempDir(), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha: prBase, ref: 'main' }, head: { sha: repo.head(), ref: 'feature' } } }));
    const env = cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath });
    const run = gate(repo, ['--only', 'test'], env);
    expect(run.evidence?.diff).toMatchObject({ base_ref: prBase, base_sha: prBase, files_changed: 1 });
  });

  it('in a GitHub Actions push job the default base is the commit before the push, as in the Action', () => {
    const repo = project();
    repo.commit('first push', { 'a.test.js': PASSING_TEST });
    const before = repo.head();
    repo.commit('second push', { 'b.test.js': PASSING_TEST });
    const eventPath = join(tempDir(), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ before, after: repo.head(), repository: { default_branch: 'main' } }));
    const env = cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath });
    const run = gate(repo, ['--only', 'test'], env);
    expect(run.evidence?.diff).toMatchObject({ base_ref: before, base_sha: before, files_changed: 1 });
    // A new branch (all-zero `before`) is compared with the default branch on origin.
    repo.git('update-ref', 'refs/remotes/origin/main', 'main');
    writeFileSync(eventPath, JSON.stringify({ before: '0'.repeat(40), after: repo.head(), repository: { default_branch: 'main' } }));
    expect(gate(repo, ['--only', 'test'], env).evidence?.diff).toMatchObject({ base_ref: 'origin/main', files_changed: 2 });
  });

  it('a shallow clone that cannot be deepened exits 3 naming the fix (fetch-depth: 0)', () => {
    const origin = project();
    origin.commit('feature', { 'f.txt': 'f\n' });
    origin.checkout('main');
    origin.commit('main moves', { 'm.txt': 'm\n' });
    origin.checkout('feature');
    const dir = tempDir();
    const clone = new TestRepo(dir);
    clone.git('clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${origin.dir}`, dir);
    clone.git('remote', 'set-url', 'origin', `file://${join(tempDir(), 'gone')}`);
    const run = gate(clone, ['origin/main']);
    expect(run.code).toBe(3);
    expect(run.evidence?.error).toMatch(/merge-base of origin\/main and HEAD not found in this shallow clone: .*fetch-depth: 0/);
  });

  it('running twice on the same commit gives the same verdict, findings and fingerprints', () => {
    const repo = project();
    repo.commit('broken', { 'a.test.js': FAILING_TEST, 'b.test.js': PASSING_TEST });
    const first = gate(repo, ['main', '--only', 'test']);
    const second = gate(repo, ['main', '--only', 'test']);
    expect(second.evidence?.verdict).toBe(first.evidence?.verdict);
    expect(second.evidence?.findings).toEqual(first.evidence?.findings);
    expect(first.evidence?.findings.length).toBeGreaterThan(0);
  });

  it('a token in the environment is invisible to the test command and absent from evidence and report', () => {
    const token = `ghp_${'Z9y8X7w6V5u4T3s2R1q0'}${'PpOoNnMmLlKkJj'}`;
    const repo = project({ test: 'env && node --test' });
    repo.commit('print the environment', { 'a.test.js': PASSING_TEST });
    const run = gate(repo, ['main', '--only', 'test'], cleanEnv({ GITHUB_TOKEN: token, MY_API_KEY: 'sekret-value-123456', ACTIONS_RUNTIME_TOKEN: 'abc.def.ghijklmnop' }));
    expect(run.code).toBe(0);
    const tail = JSON.stringify(run.evidence);
    expect(run.stdout + run.stderr + tail + run.report).not.toContain(token);
    expect(tail).not.toContain('sekret-value-123456');
    expect(run.evidence?.probes.find((p) => p.id === 'test')?.details).toBeDefined();
  });

  it('the test command really does not see the token (it fails when it can)', () => {
    const repo = project({ test: 'node --test' }, { '.loki/verify.yml': 'env:\n  allow: [ALLOWED_KEY]\n' });
    repo.commit('assert no token', {
      'env.test.js': `const test = require('node:test');\nconst assert = require('node:assert');\ntest('no credentials', () => {\n  for (const name of ['GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'INPUT_GITHUB-TOKEN', 'NPM_TOKEN', 'DB_PASSWORD']) assert.equal(process.env[name], undefined, name);\n  assert.equal(process.env.ALLOWED_KEY, 'ok');\n});\n`,
    });
    const env = cleanEnv({
      GITHUB_TOKEN: 'ghp_notreallyatoken000000000000000000000',
      GH_TOKEN: 'x'.repeat(20),
      ACTIONS_RUNTIME_TOKEN: 'y'.repeat(20),
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
      'INPUT_GITHUB-TOKEN': 'z'.repeat(20),
      NPM_TOKEN: 'n'.repeat(20),
      DB_PASSWORD: 'p'.repeat(20),
      ALLOWED_KEY: 'ok',
    });
    const run = gate(repo, ['main', '--only', 'test'], env);
    expect(probe(run, 'test')?.status).toBe('pass');
    expect(run.code).toBe(0);
  });

  it('unknown base: ERROR, exit 3, one-line reason, evidence still written', () => {
    const repo = project();
    repo.commit('x', { 'a.txt': 'a\n' });
    const run = gate(repo, ['no-such-branch']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/unknown base ref 'no-such-branch'/);
    expect(run.evidence?.verdict).toBe('ERROR');
    expect(run.evidence?.error).toMatch(/unknown base ref/);
  });

  it('not a repository: ERROR, exit 3, evidence still written to the output folder', () => {
    const dir = tempDir();
    const out = tempDir();
    const run = runCli(['main'], { cwd: dir, out });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/is not a git repository/);
    expect(run.evidence?.verdict).toBe('ERROR');
    expect(evidenceViolations(run.evidence)).toBeUndefined();
  });

  it('unborn HEAD and unrelated histories: exit 3 with a reason', () => {
    const unborn = TestRepo.init();
    expect(gate(unborn).stderr).toMatch(/HEAD has no commits yet/);

    const repo = project();
    repo.commit('x', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '--orphan', 'island');
    repo.commit('unrelated root', { 'b.txt': 'b\n' });
    const run = gate(repo, ['main']);
    expect(run.code).toBe(3);
    expect(run.evidence?.error).toMatch(/no common history/);
  });

  it('detached HEAD works and a dirty tree is reported but not graded', () => {
    const repo = project();
    const sha = repo.commit('x', { 'a.test.js': PASSING_TEST });
    repo.git('checkout', '-q', sha);
    repo.write({ 'scratch.txt': 'uncommitted\n' });
    const run = gate(repo, ['main', '--only', 'test']);
    expect(run.code).toBe(0);
    expect(run.evidence?.diff.dirty).toEqual(['scratch.txt']);
    expect(run.stderr).toMatch(/uncommitted path/);
  });

  it('an invalid config exits 3 naming the key path and what was expected', () => {
    const repo = project(undefined, { '.loki/verify.yml': 'test:\n  timout: 5\n' });
    repo.commit('x', { 'a.txt': 'a\n' });
    const run = gate(repo);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/test\.timout: unknown key \(expected one of enabled, timeout, required, run, needs_build, preexisting, anti_placebo\)/);

    const badValue = project(undefined, { '.loki/verify.yml': 'static:\n  scope: everything\n' });
    badValue.commit('x', { 'a.txt': 'a\n' });
    expect(gate(badValue).stderr).toMatch(/static\.scope: must be one of "added-lines", "changed-files", "all"/);
  });

  it('--json prints the evidence on stdout and human output on stderr', () => {
    const repo = project();
    repo.commit('x', { 'a.test.js': PASSING_TEST });
    const run = gate(repo, ['main', '--only', 'test', '--json']);
    const printed = JSON.parse(run.stdout) as { verdict: string };
    expect(printed.verdict).toBe('VERIFIED');
    expect(run.stderr).toContain('test');
  });

  it('runs from a subdirectory; relative --out and --config are taken from where the user stands', () => {
    const repo = project(undefined, { 'sub/dir/gate.yml': 'build:\n  enabled: false\n' });
    repo.commit('x', { 'a.test.js': PASSING_TEST, 'sub/dir/note.txt': 'n\n' });
    const run = runCli(['main', '--only', 'build,test', '--out', 'here', '--config', 'gate.yml'], { cwd: join(repo.dir, 'sub/dir'), env: cleanEnv() });
    expect(run.code).toBe(0);
    const evidence = JSON.parse(readFileSync(join(repo.dir, 'sub/dir/here/evidence.json'), 'utf8')) as { config: { source: string; path: string }; probes: Array<{ id: string; summary: string }> };
    expect(evidence.config).toMatchObject({ source: 'merge-base', path: 'sub/dir/gate.yml' });
    expect(evidence.probes.find((p) => p.id === 'build')?.summary).toMatch(/disabled in config/);
  });

  it('paths with spaces, unicode, quotes and newlines are listed exactly', () => {
    const repo = project();
    const names: Files = { 'dir with space/file one.txt': 'a\n', 'ünïcödé.txt': 'b\n', 'quote"d\'.txt': 'c\n', 'new\nline.txt': 'd\n' };
    repo.commit('odd names', names);
    const run = gate(repo, ['main', '--skip', 'test']);
    expect(run.evidence?.diff.files.map((f) => f.path).sort()).toEqual(Object.keys(names).sort());
    expect(run.evidence?.diff.lines_added).toBe(4);
  });
});
