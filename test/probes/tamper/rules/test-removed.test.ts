import { describe, expect, it } from 'vitest';
import { testRemoved } from '../../../../src/probes/tamper/rules/test-removed.js';
import { change, facts, testCase } from './fixtures.js';

const a = testCase('math > adds', 3, '{expect(add(1,2)).toBe(3);}');
const b = testCase('math > subtracts', 7, '{expect(sub(3,2)).toBe(1);}');

describe('testRemoved', () => {
  it('reports a base case missing at head on the base side, by its full name', () => {
    const hits = testRemoved([change({ path: 't.test.ts', basePath: 't.test.ts', base: facts([a, b]), head: facts([a]) })], new Set());
    expect(hits).toEqual([expect.objectContaining({ rule: 'test-removed', file: 't.test.ts', baseLine: 7, subject: 'math > subtracts' })]);
    expect(hits[0]!.line).toBeUndefined();
  });

  it('counts duplicates: two cases of one name, one left, is one removed', () => {
    const twin = testCase('math > adds', 9, '{other}');
    expect(testRemoved([change({ path: 't.ts', basePath: 't.ts', base: facts([a, twin]), head: facts([a]) })], new Set())).toHaveLength(1);
  });

  it('a case renamed with the same body, or moved (by body or by name) to another file, is not removed', () => {
    const renamed = testCase('math > adds numbers', 3, a.body);
    expect(testRemoved([change({ path: 't.ts', basePath: 't.ts', base: facts([a]), head: facts([renamed]) })], new Set())).toEqual([]);
    const movedByBody = [change({ path: 't.ts', basePath: 't.ts', base: facts([a, b]), head: facts([a]) }), change({ path: 'u.ts', head: facts([testCase('sub', 1, b.body)]) })];
    expect(testRemoved(movedByBody, new Set())).toEqual([]);
    const movedByName = [change({ path: 't.ts', basePath: 't.ts', base: facts([a, b]), head: facts([a]) }), change({ path: 'u.ts', head: facts([testCase('other > subtracts', 1, '{changed}')]) })];
    expect(testRemoved(movedByName, new Set())).toEqual([]);
  });

  it('suites and planned (todo) cases are not tests that can be removed', () => {
    const suite = testCase('math', 1, '{...}', [], true);
    const todo = testCase('later', 2, '', [{ kind: 'skip', text: 'it.todo', line: 2, todo: true }]);
    expect(testRemoved([change({ path: 't.ts', basePath: 't.ts', base: facts([suite, todo]), head: facts([]) })], new Set())).toEqual([]);
  });

  it('is info when the PR deletes the module the test file imported (JS relative import, Python module)', () => {
    const js = change({ path: 'test/a.test.ts', basePath: 'test/a.test.ts', deleted: true, base: facts([a], [], ['../src/a.js']) });
    expect(testRemoved([js], new Set(['src/a.ts', 'test/a.test.ts']))[0]).toMatchObject({ severity: 'info', details: { module_deleted: 'src/a.ts' } });
    const aliased = change({ path: 'test/b.test.ts', basePath: 'test/b.test.ts', deleted: true, base: facts([a], [], ['@/feature/b']) });
    expect(testRemoved([aliased], new Set(['src/feature/b.tsx']))[0]).toMatchObject({ severity: 'info', details: { module_deleted: 'src/feature/b.tsx' } });
    const py = change({ path: 'tests/test_a.py', basePath: 'tests/test_a.py', deleted: true, language: 'python', base: facts([a], [], ['pkg.a']) });
    expect(testRemoved([py], new Set(['src/pkg/a.py']))[0]).toMatchObject({ severity: 'info' });
    expect(testRemoved([py], new Set(['src/pkg/b.py']))[0]!.severity).toBeUndefined();
  });

  it('a case whose file is renamed out of the runners\' name form (x.test.ts -> x.ts) is removed: its text stays, nothing runs it', () => {
    const renamed = change({ path: 'test/url.ts', basePath: 'test/url.test.ts', base: facts([a, b]), head: facts([a, b]) });
    const hits = testRemoved([renamed], new Set());
    expect(hits.map((h) => h.subject)).toEqual(['math > adds', 'math > subtracts']);
    expect(hits[0]).toMatchObject({ rule: 'test-removed', file: 'test/url.test.ts', baseLine: 3, details: { not_collected: true, renamed_to: 'test/url.ts' } });
    expect(hits[0]!.message).toContain('renamed to test/url.ts, a name test runners do not collect by default');
    expect(hits[0]!.severity).toBeUndefined();
    const python = change({ path: 'tests/calc.py', basePath: 'tests/test_calc.py', language: 'python', base: facts([a]), head: facts([a]) });
    expect(testRemoved([python], new Set())).toHaveLength(1);
  });

  it('a case moved by body from a collected file into an uncollected one is removed; into another collected file it is not', () => {
    const source = change({ path: 'tests/chain.test.js', basePath: 'tests/chain.test.js', base: facts([a, b]), head: facts([a]) });
    const intoHelper = testRemoved([source, change({ path: 'tests/helpers.js', head: facts([testCase('sub', 1, b.body)]) })], new Set());
    expect(intoHelper).toEqual([expect.objectContaining({ subject: 'math > subtracts', details: { not_collected: true } })]);
    expect(intoHelper[0]!.message).toContain('into a file whose name test runners do not collect by default');
    expect(testRemoved([source, change({ path: 'tests/sub.spec.js', head: facts([testCase('sub', 1, b.body)]) })], new Set())).toEqual([]);
  });

  it('near-miss: renames between two collected names, and from a folder-only name, are plain moves', () => {
    const renames: Array<[string, string]> = [['src/a.test.ts', 'src/b.spec.ts'], ['src/x.test.js', 'src/__tests__/x.js'], ['test/a.ts', 'test/b.ts'], ['a_test.go', 'b_test.go'], ['tests/test_a.py', 'tests/b_test.py']];
    for (const [from, to] of renames) {
      const language = from.endsWith('.go') ? 'go' : from.endsWith('.py') ? 'python' : 'javascript';
      expect(testRemoved([change({ path: to, basePath: from, language, base: facts([a]), head: facts([a]) })], new Set()), `${from} -> ${to}`).toEqual([]);
    }
  });
});
