import { describe, expect, it } from 'vitest';
import type { Marker } from '../../../../src/probes/tamper/facts.js';
import { testFocused } from '../../../../src/probes/tamper/rules/test-focused.js';
import { testSkipped } from '../../../../src/probes/tamper/rules/test-skipped.js';
import { change, facts, testCase } from './fixtures.js';

const skip = (line: number, text = 'it.skip'): Marker => ({ kind: 'skip', text, line });
const only = (line: number): Marker => ({ kind: 'focus', text: 'it.only', line });

describe('testSkipped / testFocused', () => {
  it('reports a marker added on a touched line, on the marker line', () => {
    const source = change({ path: 't.ts', basePath: 't.ts', base: facts([testCase('a', 3, '{x}')]), head: facts([testCase('a', 3, '{x}', [skip(3)])]), added: [3] });
    expect(testSkipped([source])).toEqual([expect.objectContaining({ rule: 'test-skipped', file: 't.ts', line: 3, details: { test: 'a', marker: 'it.skip' } })]);
    expect(testFocused([source])).toEqual([]);
  });

  it('ignores a marker on a line the PR did not touch, and one the test already had (found by name or by body)', () => {
    const untouched = change({ path: 't.ts', basePath: 't.ts', base: facts([testCase('a', 3, '{x}')]), head: facts([testCase('a', 3, '{x}', [only(3)])]), added: [4] });
    expect(testFocused([untouched])).toEqual([]);
    const moved = [
      change({ path: 'old.ts', basePath: 'old.ts', base: facts([testCase('a', 3, '{x}', [skip(3)])]), head: facts([]) }),
      change({ path: 'new.ts', head: facts([testCase('renamed', 1, '{x}', [skip(1)])]) }),
    ];
    expect(testSkipped(moved)).toEqual([]);
  });

  it('counts markers: a second `t.Skip` in a test that had one is new', () => {
    const source = change({ path: 'a_test.go', basePath: 'a_test.go', language: 'go', base: facts([testCase('TestA', 1, '{b}', [skip(2, 't.Skip')])]), head: facts([testCase('TestA', 1, '{c}', [skip(2, 't.Skip'), skip(5, 't.Skip')])]) });
    expect(testSkipped([source]).map((h) => h.line)).toEqual([5]);
  });

  it('words a planned test (`it.todo`) as planned', () => {
    const source = change({ path: 't.ts', head: facts([testCase('later', 1, '', [{ kind: 'skip', text: 'it.todo', line: 1, todo: true }])]) });
    const [hit] = testSkipped([source]);
    expect(hit!.message).toContain('planned test');
    expect(hit!.details).toMatchObject({ todo: true });
  });
});
