import { describe, expect, it } from 'vitest';
import { escapeRegExp, rerunCommands, type Layout } from '../../../../src/probes/test/base/filter.js';

const flat: Layout = { packageDir: () => '', goModuleDir: () => '' };
const workspace: Layout = {
  packageDir: (file) => (file.startsWith('packages/a/') ? 'packages/a' : file.startsWith('packages/b/') ? 'packages/b' : ''),
  goModuleDir: (file) => (file.startsWith('svc/') ? 'svc' : ''),
};
const report = (i: number): string => `/r/${i}.out`;

describe('rerunCommands: each runner re-runs the named tests with its own filters', () => {
  it('vitest: the files and an anchored full-name pattern, json report of every test', () => {
    const [cmd, ...rest] = rerunCommands('vitest', [
      { name: 'math adds (x)', titlePath: ['math', 'adds (x)'], file: 'test/math.test.ts' },
      { name: 'top', file: 'test/other.test.ts' },
    ], flat, report);
    expect(rest).toEqual([]);
    expect(cmd).toMatchObject({ runner: 'vitest', cwd: '', nodeBin: true, report: { format: 'jest-json', from: 'file' } });
    expect(cmd!.argv).toEqual(['vitest', 'run', 'test/math.test.ts', 'test/other.test.ts', '-t', '^(?:math(?: | > )adds \\(x\\)|top)$', '--reporter=json', '--outputFile=/r/0.out', '--includeTaskLocation', '--passWithNoTests', '--watch=false']);
    // vitest 5 matches 'math > adds (x)', jest, mocha, node and older vitest 'math adds (x)'.
    const pattern = new RegExp(cmd!.argv[5]!);
    expect(['math adds (x)', 'math > adds (x)', 'top'].map((n) => pattern.test(n))).toEqual([true, true, true]);
    expect(['math adds (x) more', 'xmath adds (x)', 'math adds x'].map((n) => pattern.test(n))).toEqual([false, false, false]);
  });

  it('jest: --runTestsByPath and -t; one command per workspace package, files relative to it', () => {
    const cmds = rerunCommands('jest', [
      { name: 'a works', file: 'packages/a/src/x.test.js' },
      { name: 'b works', file: 'packages/b/y.test.js' },
    ], workspace, report);
    expect(cmds.map((c) => c.cwd)).toEqual(['packages/a', 'packages/b']);
    expect(cmds[0]!.argv).toEqual(['jest', '--runTestsByPath', 'src/x.test.js', '-t', '^(?:a(?: | > )works)$', '--json', '--outputFile=/r/0.out', '--testLocationInResults', '--passWithNoTests', '--ci', '--watchAll=false']);
    expect(cmds[1]!.argv.slice(0, 3)).toEqual(['jest', '--runTestsByPath', 'y.test.js']);
    expect(cmds[1]!.argv).toContain('--outputFile=/r/1.out');
  });

  it('node:test: --test-name-pattern with the suite path joined by spaces, junit report, files last', () => {
    const [cmd] = rerunCommands('node:test', [{ name: 'suite > inner fails', titlePath: ['suite', 'inner fails'], file: 'test/a.test.js' }], flat, report);
    expect(cmd).toMatchObject({ nodeBin: false, report: { format: 'node-junit' } });
    expect(cmd!.argv).toEqual(['node', '--test', '--test-reporter=junit', '--test-reporter-destination=/r/0.out', '--test-name-pattern=^(?:suite(?: | > )inner fails)$', 'test/a.test.js']);
  });

  it('mocha: --grep on the full title', () => {
    const [cmd] = rerunCommands('mocha', [{ name: 'Array #indexOf() returns -1', file: 'test/array.js' }], flat, report);
    expect(cmd!.argv).toEqual(['mocha', '--reporter=json', '--reporter-option=output=/r/0.out', '--grep', '^(?:Array(?: | > )#indexOf\\(\\)(?: | > )returns(?: | > )-1)$', 'test/array.js']);
  });

  it('pytest: node ids from the root, collection errors do not stop the others', () => {
    const [cmd] = rerunCommands('pytest', [
      { name: 'tests/test_a.py::TestK::test_bad', file: 'tests/test_a.py' },
      { name: 'tests/test_a.py::test_p[2]', id: 'tests/test_a.py::test_p[2]' },
      { file: 'tests/test_new.py' },
    ], flat, report);
    expect(cmd).toMatchObject({ cwd: '', report: { format: 'pytest-junit' } });
    expect(cmd!.argv).toEqual(['python3', '-m', 'pytest', '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', '--junitxml=/r/0.out', '--continue-on-collection-errors', 'tests/test_a.py::TestK::test_bad', 'tests/test_a.py::test_p[2]', 'tests/test_new.py']);
  });

  it('pytest: tests known only by a JUnit-style name are selected with -k on their function names', () => {
    const [cmd] = rerunCommands('pytest', [{ name: 'tests.test_a.TestK::test_bad' }, { name: 'tests/test_b.py::test_p[2]' }], flat, report);
    expect(cmd!.argv.slice(-2)).toEqual(['-k', 'test_bad or test_p']);
  });

  it("go: -run '^(?:TestA|TestB)$' per package of each module, subtests with their parent", () => {
    const cmds = rerunCommands('go test', [
      { name: 'example.com/svc/calc.TestAdd/negative', titlePath: ['TestAdd', 'negative'], file: 'svc/calc/calc_test.go' },
      { name: 'example.com/svc/calc.TestMul', titlePath: ['TestMul'], file: 'svc/calc/calc_test.go' },
      { name: 'example.com/root.TestRoot', titlePath: ['TestRoot'], file: 'root_test.go' },
    ], workspace, report);
    expect(cmds.map((c) => [c.cwd, c.argv])).toEqual([
      ['svc', ['go', 'test', '-json', '-count=1', '-run', '^(?:TestAdd|TestMul)$', './calc']],
      ['', ['go', 'test', '-json', '-count=1', '-run', '^(?:TestRoot)$', '.']],
    ]);
    expect(cmds[0]!.report).toEqual({ format: 'go-json', from: 'stdout' });
  });

  it('whole files when the selection names no test (anti-placebo), every test when no file is known', () => {
    const [files] = rerunCommands('vitest', [{ file: 'a.test.ts' }, { file: 'b.test.ts' }], flat, report);
    expect(files!.argv).not.toContain('-t');
    expect(files!.argv.slice(0, 4)).toEqual(['vitest', 'run', 'a.test.ts', 'b.test.ts']);
    const [names] = rerunCommands('node:test', [{ name: 'adds' }], flat, report);
    expect(names!.argv).toEqual(['node', '--test', '--test-reporter=junit', '--test-reporter-destination=/r/0.out', '--test-name-pattern=^(?:adds)$']);
    expect(rerunCommands('jest', [], flat, report)).toEqual([]);
  });

  it('escapes every regular-expression character of a test name', () => {
    const name = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(name)}$`).test(name)).toBe(true);
  });
});
