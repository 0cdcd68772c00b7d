import { describe, expect, it } from 'vitest';
import { classifyChanges, isSourceFile, isTestCaseFile, isTestFile } from '../../../../src/probes/test/base/changes.js';
import type { ChangedFile } from '../../../../src/types.js';

const file = (path: string, status: ChangedFile['status'] = 'modified'): ChangedFile => ({ path, status, binary: false, added: 1, removed: 0, addedRanges: [{ start: 1, end: 1 }] });

describe('classifyChanges: what the PR changed, as the anti-placebo check sees it', () => {
  it('names test-case files by the runners’ conventions, and by the runner that owns the file', () => {
    for (const path of ['src/a.test.ts', 'lib/b.spec.mjs', 'x-test.js', 'test-y.js', 'tests/test_z.py', 'pkg/z_test.py', 'calc/calc_test.go', 'web/c.test.tsx']) {
      expect(isTestCaseFile(path), path).toBe(true);
    }
    expect(isTestCaseFile('test/array.js')).toBe(false);
    expect(isTestCaseFile('test/array.js', 'mocha')).toBe(true);
    expect(isTestCaseFile('test/unit/array.js', 'node:test')).toBe(true);
    expect(isTestCaseFile('src/__tests__/util.ts', 'jest')).toBe(true);
    expect(isTestCaseFile('node_modules/x/a.test.js')).toBe(false);
  });

  it('counts fixtures, helpers and conftest as test files; docs, configuration and lockfiles as neither tests nor source', () => {
    expect(isTestFile('test/fixtures/input.json')).toBe(true);
    expect(isTestFile('tests/conftest.py')).toBe(true);
    expect(isTestFile('src/__snapshots__/a.test.ts.snap')).toBe(true);
    for (const path of ['README.md', 'docs/guide.html', 'docs/conf.py', 'CHANGELOG', 'LICENSE', '.github/workflows/ci.yml', 'package-lock.json', 'go.sum', 'logo.svg', 'package.json', '.loki/verify.yml', 'vitest.config.ts', '.eslintrc.js', 'examples/demo.js']) {
      expect(isSourceFile(path), path).toBe(false);
    }
    for (const path of ['src/calc.ts', 'lib/x.py', 'main.go', 'src/lib.rs', 'app/Main.java', 'web/App.vue', 'bin/cli.mjs']) expect(isSourceFile(path), path).toBe(true);
  });

  it('splits a PR into test files to copy, test-case files to run, added ones, and source files', () => {
    const changes = classifyChanges(
      [file('src/calc.js'), file('test/calc.test.js', 'added'), file('test/old.test.js'), file('test/helpers.js'), file('test/gone.test.js', 'deleted'), file('README.md')],
      () => 'vitest',
    );
    expect(changes).toEqual({
      testFiles: ['test/calc.test.js', 'test/old.test.js', 'test/helpers.js'],
      testCaseFiles: ['test/calc.test.js', 'test/old.test.js'],
      addedTestCaseFiles: ['test/calc.test.js'],
      sourceFiles: ['src/calc.js'],
    });
    expect(classifyChanges([file('README.md'), file('docs/a.md')], () => 'vitest')).toEqual({ testFiles: [], testCaseFiles: [], addedTestCaseFiles: [], sourceFiles: [] });
  });
});
