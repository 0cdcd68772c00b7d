// Acceptance: test-removed on real repositories, per language, with moves and renames as near-misses.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { runPr } from './run.js';

afterAll(cleanupTempDirs);

const JS_TESTS = `import { it, expect } from 'vitest';
import { parse } from '../src/parse.js';

it('parses numbers', () => {
  expect(parse('1')).toBe(1);
});

it('rejects garbage', () => {
  expect(() => parse('x')).toThrow();
});
`;

describe('test-removed', () => {
  it('JS/TS: a deleted test case is high and blocking, reported on the base side with base_line', async () => {
    const head = JS_TESTS.replace("it('rejects garbage', () => {\n  expect(() => parse('x')).toThrow();\n});\n", '');
    const run = await runPr({ 'src/parse.ts': 'export const parse = Number;\n', 'test/parse.test.ts': JS_TESTS }, { 'test/parse.test.ts': head });
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ rule: 'test-removed', severity: 'high', blocking: true, file: 'test/parse.test.ts', details: { side: 'base', base_line: 8 } });
    expect(run.findings[0]!.line).toBeUndefined();
    expect(run.findings[0]!.message).toContain('rejects garbage');
    expect(run.outcome.status).toBe('fail');
  });

  it('JS/TS: a deleted test file counts every case', async () => {
    const run = await runPr({ 'src/parse.ts': 'export const parse = Number;\n', 'test/parse.test.ts': JS_TESTS }, { 'test/parse.test.ts': null });
    expect(run.rule('test-removed').map((f) => f.details?.['base_line'])).toEqual([4, 8]);
  });

  it('JS/TS near-miss: a test moved to another file, and a test renamed with the same body, are not removed', async () => {
    const moved = `import { it, expect } from 'vitest';\nimport { parse } from '../src/parse.js';\n\nit('rejects garbage', () => {\n  expect(() => parse('x')).toThrow();\n});\n`;
    const kept = JS_TESTS.replace("it('rejects garbage', () => {\n  expect(() => parse('x')).toThrow();\n});\n", '').replace("it('parses numbers'", "it('parses a number'");
    const run = await runPr({ 'src/parse.ts': 'export const parse = Number;\n', 'test/parse.test.ts': JS_TESTS }, { 'test/parse.test.ts': kept, 'test/errors.test.ts': moved });
    expect(run.findings).toEqual([]);
  });

  it('JS/TS: tests deleted together with the module they import are info, not blocking', async () => {
    const run = await runPr({ 'src/parse.ts': 'export const parse = Number;\n', 'test/parse.test.ts': JS_TESTS }, { 'src/parse.ts': null, 'test/parse.test.ts': null });
    expect(run.rule('test-removed')).toHaveLength(2);
    for (const finding of run.rule('test-removed')) expect(finding).toMatchObject({ severity: 'info', blocking: false, details: { module_deleted: 'src/parse.ts' } });
    expect(run.outcome.status).toBe('pass');
  });

  it('Python: a deleted test function; near-miss: moved to another file', async () => {
    const base = 'from app.calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n\n\ndef test_neg():\n    assert add(-1, -2) == -3\n';
    const head = 'from app.calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n';
    const files = { 'app/calc.py': 'def add(a, b):\n    return a + b\n', 'tests/test_calc.py': base };
    const run = await runPr(files, { 'tests/test_calc.py': head });
    expect(run.rule('test-removed')).toHaveLength(1);
    expect(run.rule('test-removed')[0]).toMatchObject({ details: { base_line: 8 } });

    const moved = await runPr(files, { 'tests/test_calc.py': head, 'tests/test_negative.py': 'from app.calc import add\n\n\ndef test_neg():\n    assert add(-1, -2) == -3\n' });
    expect(moved.findings).toEqual([]);

    const withModule = await runPr(files, { 'tests/test_calc.py': null, 'app/calc.py': null });
    expect(withModule.rule('test-removed').map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('Go: a deleted `func TestX`; near-miss: renamed with the same body', async () => {
    const base = 'package app\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("bad")\n\t}\n}\n\nfunc TestSub(t *testing.T) {\n\tif Sub(3, 2) != 1 {\n\t\tt.Fatal("bad")\n\t}\n}\n';
    const files = { 'app.go': 'package app\n\nfunc Add(a, b int) int { return a + b }\nfunc Sub(a, b int) int { return a - b }\n', 'app_test.go': base };
    const removed = await runPr(files, { 'app_test.go': base.slice(0, base.indexOf('\nfunc TestSub')) });
    expect(removed.rule('test-removed')).toHaveLength(1);
    expect(removed.rule('test-removed')[0]!.message).toContain('TestSub');
    const renamed = await runPr(files, { 'app_test.go': base.replace('TestSub', 'TestSubtract') });
    expect(renamed.findings).toEqual([]);
  });

  it('Rust: a deleted `#[test]` function', async () => {
    const base = '#[cfg(test)]\nmod tests {\n    #[test]\n    fn one() {\n        assert_eq!(1, 1);\n    }\n\n    #[test]\n    fn two() {\n        assert_eq!(2, 2);\n    }\n}\n';
    const run = await runPr({ 'src/lib.rs': base }, { 'src/lib.rs': base.replace('    #[test]\n    fn two() {\n        assert_eq!(2, 2);\n    }\n', '') });
    expect(run.rule('test-removed')).toHaveLength(1);
    expect(run.rule('test-removed')[0]).toMatchObject({ severity: 'high', details: { base_line: 9 } });
  });

  it('near-miss: a test commented out is removed (comments never count as tests)', async () => {
    const head = JS_TESTS.replace("it('rejects garbage', () => {\n  expect(() => parse('x')).toThrow();\n});\n", "// it('rejects garbage', () => {\n//   expect(() => parse('x')).toThrow();\n// });\n");
    const run = await runPr({ 'src/parse.ts': 'export const parse = Number;\n', 'test/parse.test.ts': JS_TESTS }, { 'test/parse.test.ts': head });
    expect(run.rule('test-removed')).toHaveLength(1);
  });

  it('JS/TS: `git mv test/url.test.ts test/url.ts` is test-removed (renamed to a name runners do not collect); near-miss: to url.spec.ts it is a move', async () => {
    const base = { 'src/parse.ts': 'export const parse = Number;\n', 'test/parse.test.ts': JS_TESTS };
    const out = await runPr(base, { 'test/parse.test.ts': null, 'test/parse.ts': JS_TESTS });
    expect(out.rule('test-removed').map((f) => [f.file, f.details?.['renamed_to'], f.blocking])).toEqual([
      ['test/parse.test.ts', 'test/parse.ts', true],
      ['test/parse.test.ts', 'test/parse.ts', true],
    ]);
    expect(out.findings[0]!.message).toContain('a name test runners do not collect by default');
    const collected = await runPr(base, { 'test/parse.test.ts': null, 'test/parse.spec.ts': JS_TESTS });
    expect(collected.findings).toEqual([]);
  });

  it('JS: a test file deleted with the exported function it tested (the module stays) is info; near-miss: the function kept is high', async () => {
    const help = 'export class Help {\n  width(s) {\n    return stripColor(s).length;\n  }\n}\n\nexport function stripColor(s) {\n  return s.replace(/x/g, "");\n}\n';
    const tests = "import { stripColor } from '../lib/help.js';\nimport { test } from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('strips', () => {\n  assert.equal(stripColor('ax'), 'a');\n});\n";
    const base = { 'lib/help.js': help, 'tests/help.strip.test.js': tests };
    const withFunction = await runPr(base, { 'tests/help.strip.test.js': null, 'lib/help.js': 'import { stripVTControlCharacters } from "node:util";\n\nexport class Help {\n  width(s) {\n    return stripVTControlCharacters(s).length;\n  }\n}\n' });
    expect(withFunction.rule('test-removed')).toEqual([expect.objectContaining({ severity: 'info', blocking: false, details: expect.objectContaining({ module: 'lib/help.js', names_removed: ['stripColor'] }) })]);
    expect(withFunction.outcome.status).toBe('pass');
    const alone = await runPr(base, { 'tests/help.strip.test.js': null, 'lib/help.js': help.replace('/x/g', '/y/g') });
    expect(alone.rule('test-removed')).toEqual([expect.objectContaining({ severity: 'high', blocking: true })]);
  });

  it('Python: a test file deleted with the function it tested (the module stays) is info; near-miss: the function kept is high', async () => {
    const calc = 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n';
    const base = { 'app/calc.py': calc, 'tests/test_sub.py': 'from app.calc import sub\n\n\ndef test_sub():\n    assert sub(3, 2) == 1\n' };
    const withFunction = await runPr(base, { 'tests/test_sub.py': null, 'app/calc.py': 'def add(a, b):\n    return a + b\n' });
    expect(withFunction.rule('test-removed')).toEqual([expect.objectContaining({ severity: 'info', details: expect.objectContaining({ module: 'app/calc.py', names_removed: ['sub'] }) })]);
    const alone = await runPr(base, { 'tests/test_sub.py': null, 'app/calc.py': calc.replace('a - b', 'b - a') });
    expect(alone.rule('test-removed')).toEqual([expect.objectContaining({ severity: 'high', blocking: true })]);
  });
});

