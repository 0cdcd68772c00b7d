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
});
