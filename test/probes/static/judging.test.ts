// Pure parts of the judgement: scoping to added lines, fingerprints, and the probe outcome.
import { describe, expect, it } from 'vitest';
import type { Diagnostic, ToolReport } from '../../../src/probes/static/diagnostic.js';
import { fingerprintDiagnostics, type LineText } from '../../../src/probes/static/fingerprints.js';
import { buildOutcome } from '../../../src/probes/static/outcome.js';
import { isAddedLine } from '../../../src/diff/parse.js';
import { scopeDiagnostics } from '../../../src/probes/static/scope.js';
import type { ChangedFile } from '../../../src/types.js';

const changed = (path: string, addedRanges: ChangedFile['addedRanges'], status: ChangedFile['status'] = 'modified'): ChangedFile => ({
  path,
  status,
  binary: false,
  added: addedRanges.reduce((n, r) => n + r.end - r.start + 1, 0),
  removed: 0,
  addedRanges,
});

const FILES = [changed('src/a.js', [{ start: 3, end: 4 }, { start: 10, end: 10 }]), changed('src/gone.js', [], 'deleted')];

const diag = (file: string | undefined, line: number | undefined, rule = 'no-unused-vars', severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  tool: 'eslint',
  rule,
  severity,
  ...(file === undefined ? {} : { file }),
  ...(line === undefined ? {} : { line, column: 1 }),
  message: `${rule} problem`,
});

/** Line text from an in-memory tree. */
const textOf = (tree: Record<string, string>): LineText => (file, line) => tree[file]?.split('\n')[line - 1];

describe('scopeDiagnostics', () => {
  it('added-line ranges are inclusive', () => {
    const file = { addedRanges: [{ start: 3, end: 4 }] };
    expect([2, 3, 4, 5].map((line) => isAddedLine(file, line))).toEqual([false, true, true, false]);
  });

  it('added-lines: only diagnostics on lines the PR added count; the rest is held back', () => {
    const all = [diag('src/a.js', 3), diag('src/a.js', 10), diag('src/a.js', 5), diag('src/other.js', 3), diag('src/a.js', undefined), diag(undefined, undefined)];
    const { inScope, outOfScope } = scopeDiagnostics(all, FILES, 'added-lines');
    expect(inScope.map((d) => d.line)).toEqual([3, 10]);
    expect(outOfScope).toHaveLength(4);
  });

  it('changed-files: anywhere in a changed file, but never in a deleted one', () => {
    const all = [diag('src/a.js', 5), diag('src/a.js', undefined), diag('src/gone.js', 1), diag('src/other.js', 1)];
    expect(scopeDiagnostics(all, FILES, 'changed-files').inScope).toEqual([all[0], all[1]]);
  });

  it('all: every diagnostic', () => {
    const all = [diag('src/other.js', 1), diag(undefined, undefined)];
    expect(scopeDiagnostics(all, FILES, 'all')).toEqual({ inScope: all, outOfScope: [] });
  });
});

describe('fingerprintDiagnostics', () => {
  const before = { 'a.js': 'const a = 1;\nconst b = 2;\nconst a = 1;\n' };
  // The same file after unrelated lines were inserted at the top.
  const after = { 'a.js': '// header\n\n\nconst a = 1;\nconst b = 2;\nconst a = 1;\n' };

  it('does not change when unrelated lines move the problem', () => {
    const [first] = fingerprintDiagnostics([diag('a.js', 2)], textOf(before));
    const [moved] = fingerprintDiagnostics([diag('a.js', 5)], textOf(after));
    expect(moved).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
  });

  it('tells identical lines apart by their order, whatever order the tool reported them in', () => {
    const fps = fingerprintDiagnostics([diag('a.js', 3), diag('a.js', 1)], textOf(before));
    expect(new Set(fps).size).toBe(2);
    const moved = fingerprintDiagnostics([diag('a.js', 4), diag('a.js', 6)], textOf(after));
    expect(moved).toEqual([fps[1], fps[0]]);
  });

  it('differs by rule, file and tool; ignores indentation', () => {
    const lineText: LineText = (file) => (file === 'b.js' ? '    const a = 1;' : 'const a = 1;');
    const base = fingerprintDiagnostics([diag('a.js', 1)], lineText)[0];
    expect(fingerprintDiagnostics([diag('a.js', 1, 'prefer-const')], lineText)[0]).not.toBe(base);
    expect(fingerprintDiagnostics([{ ...diag('a.js', 1), tool: 'tsc' }], lineText)[0]).not.toBe(base);
    const other = fingerprintDiagnostics([diag('b.js', 1)], lineText)[0];
    expect(other).not.toBe(base);
    const indented = fingerprintDiagnostics([diag('b.js', 7)], () => 'const a = 1;')[0];
    expect(indented).toBe(other);
  });

  it('falls back to the message where the line is unknown', () => {
    const [a] = fingerprintDiagnostics([diag(undefined, undefined)], () => undefined);
    const [b] = fingerprintDiagnostics([{ ...diag(undefined, undefined), message: 'another' }], () => undefined);
    expect(a).not.toBe(b);
  });
});

describe('buildOutcome', () => {
  const tree = textOf({ 'src/a.js': Array.from({ length: 12 }, (_, i) => `line ${i + 1};`).join('\n') });
  const report = (tool: ToolReport['tool'], diagnostics: Diagnostic[], extra: Partial<ToolReport> = {}): ToolReport => ({
    tool,
    checked: 1,
    diagnostics,
    incomplete: [],
    details: {},
    ...extra,
  });

  it('errors on added lines block; warnings do not; old problems are counted, not blamed', () => {
    const outcome = buildOutcome({
      scope: 'added-lines',
      files: FILES,
      reports: [report('eslint', [diag('src/a.js', 3), diag('src/a.js', 4, 'no-console', 'warning'), diag('src/a.js', 7)]), report('tsc', [])],
      lineText: tree,
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      expect.objectContaining({ rule: 'no-unused-vars', severity: 'high', blocking: true, file: 'src/a.js', line: 3, column: 1, details: { tool: 'eslint' } }),
      expect.objectContaining({ rule: 'no-console', severity: 'low', blocking: false, file: 'src/a.js', line: 4 }),
    ]);
    expect(outcome.summary).toBe('eslint: 1 error, 1 warning on added lines (1 problem on untouched lines held back)');
    expect(outcome.details).toMatchObject({
      scope: 'added-lines',
      held_back: 1,
      eslint: { checked: 1, diagnostics: { total: 3, in_scope: 2, held_back: 1 } },
      tsc: { checked: 1, diagnostics: { total: 0, in_scope: 0, held_back: 0 } },
    });
  });

  it('static.paths_ignore drops and counts diagnostics in ignored files, even in a whole-project run', () => {
    const outcome = buildOutcome({
      scope: 'all',
      files: FILES,
      reports: [report('tsc', [diag('fixtures/broken/x.ts', 1, 'TS2322'), diag('src/a.js', 3, 'TS2322')])],
      lineText: tree,
      isIgnored: (path) => path.startsWith('fixtures/'),
    });
    expect(outcome.findings?.map((f) => f.file)).toEqual(['src/a.js']);
    expect(outcome.details).toMatchObject({ ignored: 1 });
  });

  it('warnings only: pass with low findings', () => {
    const outcome = buildOutcome({ scope: 'added-lines', files: FILES, reports: [report('eslint', [diag('src/a.js', 10, 'no-console', 'warning')])], lineText: tree });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.summary).toBe('eslint checked 1 file; eslint: 1 warning on added lines');
  });

  it('a tool that could not check makes the probe inconclusive, never a pass', () => {
    const outcome = buildOutcome({
      scope: 'added-lines',
      files: FILES,
      reports: [report('eslint', [], { checked: 0, incomplete: ['eslint.config.js configures eslint but eslint is not installed in the repository: install dependencies before running the gate'] }), report('tsc', [])],
      lineText: tree,
    });
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toMatch(/install dependencies before running the gate/);
  });

  it('blocking findings win over an incomplete tool, and the summary says what was not checked', () => {
    const outcome = buildOutcome({
      scope: 'added-lines',
      files: FILES,
      reports: [report('eslint', [], { checked: 0, incomplete: ['eslint crashed'] }), report('tsc', [{ ...diag('src/a.js', 3, 'TS2322'), tool: 'tsc' }])],
      lineText: tree,
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('tsc: 1 error on added lines; also could not check: eslint crashed');
  });

  it('nothing checked by any tool: skipped with the reasons', () => {
    const outcome = buildOutcome({
      scope: 'added-lines',
      files: FILES,
      reports: [report('eslint', [], { checked: 0, idle: 'eslint lints none of the changed files' }), report('tsc', [], { checked: 0, idle: 'no TypeScript changes' })],
      lineText: tree,
    });
    expect(outcome).toMatchObject({ status: 'skipped', summary: 'nothing to check: eslint lints none of the changed files; no TypeScript changes' });
  });

  it('reports the same problem once when overlapping runs both saw it', () => {
    const outcome = buildOutcome({ scope: 'all', files: FILES, reports: [report('eslint', [diag('src/x.js', 1), diag('src/x.js', 1)])], lineText: tree });
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.summary).toBe('eslint: 1 error in the project');
  });
});
