import { describe, expect, it } from 'vitest';
import type { Suppression } from '../../../../src/probes/tamper/facts.js';
import { suppressionsInComment, type CommentFamily } from '../../../../src/probes/tamper/languages/suppression-comments.js';
import { suppressionAdded } from '../../../../src/probes/tamper/rules/suppression-added.js';
import { change, facts } from './fixtures.js';

/** A suppression as the analyzers build it from a comment. */
const s = (comment: string, line: number, family: CommentFamily = 'js'): Suppression => ({ ...suppressionsInComment(comment, family)[0]!, line });

describe('suppressionAdded', () => {
  it('reports a directive the file did not hold at the merge-base, on a touched line', () => {
    const source = change({ path: 'a.ts', basePath: 'a.ts', base: facts(), head: facts([], [s('@ts-ignore', 2)]), lines: ['const a = 1;', '// @ts-ignore', 'call(a);'] });
    expect(suppressionAdded([source])).toEqual([expect.objectContaining({ rule: 'suppression-added', line: 2, details: { directive: '@ts-ignore' } })]);
  });

  it('ignores a directive the file already held as often (an edited line keeps its suppression), whatever its reason text', () => {
    const source = change({ path: 'a.py', basePath: 'a.py', language: 'python', base: facts([], [s('noqa: E501', 5, 'python')]), head: facts([], [s('noqa:E501', 6, 'python')]) });
    expect(suppressionAdded([source])).toEqual([]);
    const reason = change({ path: 'a.go', basePath: 'a.go', base: facts([], [s('nolint:gosec // old reason', 3, 'go')]), head: facts([], [s('nolint:gosec // new reason', 3, 'go')]) });
    expect(suppressionAdded([reason])).toEqual([]);
  });

  it('a narrowed directive is not added; a widened one is', () => {
    const narrowed = change({ path: 'a.go', basePath: 'a.go', base: facts([], [s('nolint:golint,staticcheck', 3, 'go')]), head: facts([], [s('nolint:staticcheck', 3, 'go')]) });
    expect(suppressionAdded([narrowed])).toEqual([]);
    const widened = change({ path: 'a.go', basePath: 'a.go', base: facts([], [s('nolint:errcheck', 3, 'go')]), head: facts([], [s('nolint', 3, 'go')]) });
    expect(suppressionAdded([widened]).map((h) => h.details)).toEqual([{ directive: 'nolint' }]);
  });

  it('ignores a directive moved from one file to another, but not a second copy', () => {
    const from = change({ path: 'old.ts', basePath: 'old.ts', base: facts([], [s('eslint-disable-next-line no-console', 4)]), head: facts() });
    const to = change({ path: 'new.ts', head: facts([], [s('eslint-disable-next-line no-console', 1), s('eslint-disable-next-line no-console', 9)]) });
    // Which copy is the moved one cannot be told apart; exactly one is reported.
    expect(suppressionAdded([from, to]).map((h) => h.file)).toEqual(['new.ts']);
  });

  it('keys the fingerprint subject on the directive and the code it silences, not the line number', () => {
    const lines = ['', '', '// eslint-disable-next-line', 'eval(x);'];
    const [hit] = suppressionAdded([change({ path: 'a.ts', head: facts([], [s('eslint-disable-next-line', 3)]), lines })]);
    expect(hit!.subject).toBe('eslint-disable-next-line\u0000\u0000eval(x);');
  });

  it('the same directive added twice over the same code is two findings, the second numbered', () => {
    const lines = ['log(a); // eslint-disable-line no-console', 'log(a); // eslint-disable-line no-console'];
    const twice = change({ path: 'a.ts', head: facts([], [s('eslint-disable-line no-console', 1), s('eslint-disable-line no-console', 2)]), lines });
    const subjects = suppressionAdded([twice]).map((h) => h.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects[1]).toBe(`${subjects[0]}\u00002`);
  });
});
