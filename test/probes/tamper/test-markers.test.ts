// Acceptance: test-skipped and test-focused on real repositories, per language, with near-misses.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { runPr } from './run.js';

afterAll(cleanupTempDirs);

const JS_BASE = `import { describe, it, expect } from 'vitest';
import { add } from '../src/add.js';

describe('add', () => {
  it('adds two numbers', () => {
    expect(add(1, 2)).toBe(3);
  });

  it('adds negatives', () => {
    expect(add(-1, -2)).toBe(-3);
  });
});
`;

describe('test-skipped', () => {
  it('JS/TS: `it.skip` added on an existing test is medium and not blocking, on the marker line', async () => {
    const run = await runPr({ 'test/add.test.ts': JS_BASE }, { 'test/add.test.ts': JS_BASE.replace("it('adds negatives'", "it.skip('adds negatives'") });
    expect(run.rule('test-skipped')).toHaveLength(1);
    expect(run.rule('test-skipped')[0]).toMatchObject({ severity: 'medium', blocking: false, file: 'test/add.test.ts', line: 9 });
    expect(run.rule('test-skipped')[0]!.message).toContain('it.skip');
    expect(run.outcome.status).toBe('pass');
    expect(run.findings).toHaveLength(1);
  });

  it('JS/TS: `xit`, `describe.skip`, `it.skipIf(...)`, `it.fails`, `this.skip()` and node:test `{ skip: true }` are skips', async () => {
    const head = `import { describe, it, test } from 'vitest';
xit('a', () => {});
describe.skip('b', () => { it('c', () => {}); });
it.skipIf(process.env.CI)('d', () => {});
it.fails('e', () => {});
it('f', function () { this.skip(); });
test('g', { skip: true }, () => {});
`;
    const run = await runPr({ 'test/x.test.js': "import { it } from 'vitest';\n" }, { 'test/x.test.js': head });
    expect(run.rule('test-skipped').map((f) => f.details?.['marker'])).toEqual(['xit', 'describe.skip', 'it.skipIf', 'it.fails', 'this.skip()', '{ skip }']);
  });

  it('JS/TS near-miss: `.skip` inside a string, a template or a comment is not a marker', async () => {
    const head = JS_BASE.replace(
      "expect(add(-1, -2)).toBe(-3);",
      "expect(add(-1, -2)).toBe(-3); // it.skip('later') would hide this\n    const note = \"it.skip('x', () => {})\";\n    const doc = `describe.only('y')`;\n    expect(note + doc).toBeTruthy();",
    );
    const run = await runPr({ 'test/add.test.ts': JS_BASE }, { 'test/add.test.ts': head });
    expect(run.findings).toEqual([]);
    expect(run.outcome.status).toBe('pass');
  });

  it('JS/TS: a new test file with `it.todo` for a planned feature is test-skipped medium, not high, and nothing else', async () => {
    const head = `import { describe, it } from 'vitest';\n\ndescribe('export', () => {\n  it.todo('exports to CSV');\n});\n`;
    const run = await runPr({}, { 'test/export.test.ts': head });
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ rule: 'test-skipped', severity: 'medium', blocking: false, line: 4 });
    expect(run.findings[0]!.details).toMatchObject({ todo: true, marker: 'it.todo' });
  });

  it('JS/TS near-miss: a test already skipped at the merge-base and moved to another file is not newly skipped', async () => {
    const skipped = JS_BASE.replace("it('adds negatives'", "it.skip('adds negatives'");
    const [first, second] = [skipped.slice(0, skipped.indexOf("  it.skip")), skipped.slice(skipped.indexOf('  it.skip'))];
    const moved = `import { describe, it, expect } from 'vitest';\nimport { add } from '../src/add.js';\n\ndescribe('add', () => {\n${second}`;
    const run = await runPr({ 'test/add.test.ts': skipped }, { 'test/add.test.ts': `${first}});\n`, 'test/negatives.test.ts': moved });
    expect(run.findings).toEqual([]);
  });

  it('Python: `@pytest.mark.skip`, `@pytest.mark.xfail` and `pytest.skip()` added', async () => {
    const base = 'import pytest\n\n\ndef test_a():\n    assert 1\n\n\ndef test_b():\n    assert 2\n\n\nclass TestC:\n    def test_d(self):\n        assert 3\n';
    const head = base
      .replace('def test_a', '@pytest.mark.skip(reason="flaky")\ndef test_a')
      .replace('def test_b():\n', '@pytest.mark.xfail\ndef test_b():\n')
      .replace('        assert 3', '        pytest.skip("later")\n        assert 3');
    const run = await runPr({ 'tests/test_app.py': base }, { 'tests/test_app.py': head });
    expect(run.rule('test-skipped').map((f) => [f.details?.['marker'], f.line])).toEqual([
      ['@pytest.mark.skip', 4],
      ['@pytest.mark.xfail', 9],
      ['pytest.skip()', 16],
    ]);
  });

  it('Python near-miss: a marker in a string or a comment is not one', async () => {
    const base = 'def test_a():\n    assert 1\n';
    const head = 'def test_a():\n    # @pytest.mark.skip would hide this\n    text = "@pytest.mark.xfail"\n    assert text\n';
    const run = await runPr({ 'tests/test_app.py': base }, { 'tests/test_app.py': head });
    expect(run.findings).toEqual([]);
  });

  it('Go: `t.Skip` added; near-miss in a string or comment', async () => {
    const base = 'package app\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("bad")\n\t}\n}\n';
    const caught = base.replace('func TestAdd(t *testing.T) {\n', 'func TestAdd(t *testing.T) {\n\tt.Skip("flaky on CI")\n');
    const run = await runPr({ 'app_test.go': base }, { 'app_test.go': caught });
    expect(run.rule('test-skipped')).toHaveLength(1);
    expect(run.rule('test-skipped')[0]).toMatchObject({ line: 6, details: { marker: 't.Skip', test: 'TestAdd' } });

    const nearMiss = base.replace('t.Fatal("bad")', 't.Fatal("t.Skip() is not allowed") // t.Skip("x")');
    expect((await runPr({ 'app_test.go': base }, { 'app_test.go': nearMiss })).findings).toEqual([]);
  });

  it('Rust: `#[ignore]` added; near-miss in a string', async () => {
    const base = 'pub fn add(a: i32, b: i32) -> i32 { a + b }\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn adds() {\n        assert_eq!(add(1, 2), 3);\n    }\n}\n';
    const caught = base.replace('    #[test]\n', '    #[test]\n    #[ignore = "slow"]\n');
    const run = await runPr({ 'src/lib.rs': base }, { 'src/lib.rs': caught });
    expect(run.rule('test-skipped')).toHaveLength(1);
    expect(run.rule('test-skipped')[0]).toMatchObject({ line: 8, details: { marker: '#[ignore]', test: 'tests > adds' } });

    const nearMiss = base.replace('assert_eq!(add(1, 2), 3);', 'let _s = "#[ignore]";\n        assert_eq!(add(1, 2), 3);');
    expect((await runPr({ 'src/lib.rs': base }, { 'src/lib.rs': nearMiss })).findings).toEqual([]);
  });

  it('JUnit: `@Disabled` added', async () => {
    const base = 'class AddTest {\n  @Test\n  void adds() {\n    assertEquals(3, add(1, 2));\n  }\n}\n';
    const run = await runPr({ 'src/test/java/AddTest.java': base }, { 'src/test/java/AddTest.java': base.replace('  @Test\n', '  @Test\n  @Disabled("flaky")\n') });
    expect(run.rule('test-skipped')).toHaveLength(1);
    expect(run.rule('test-skipped')[0]).toMatchObject({ line: 3, details: { marker: '@Disabled', test: 'AddTest > adds' } });
  });
});

describe('test-focused', () => {
  it('JS/TS: `it.only`, `describe.only` and `fit` added are high and blocking', async () => {
    const head = JS_BASE.replace("describe('add'", "describe.only('add'").replace("it('adds two", "fit('adds two");
    const run = await runPr({ 'test/add.test.ts': JS_BASE }, { 'test/add.test.ts': head });
    expect(run.rule('test-focused').map((f) => [f.details?.['marker'], f.line, f.severity, f.blocking])).toEqual([
      ['describe.only', 4, 'high', true],
      ['fit', 5, 'high', true],
    ]);
    expect(run.outcome.status).toBe('fail');
  });

  it('Python: `@pytest.mark.only` added', async () => {
    const base = 'def test_a():\n    assert 1\n';
    const run = await runPr({ 'tests/test_a.py': base }, { 'tests/test_a.py': `import pytest\n\n@pytest.mark.only\n${base}` });
    expect(run.rule('test-focused')).toHaveLength(1);
    expect(run.rule('test-focused')[0]).toMatchObject({ line: 3, blocking: true });
  });

  it('near-miss: `.only` in a comment, and an `.only` that was already there at the merge-base', async () => {
    const focused = JS_BASE.replace("it('adds two", "it.only('adds two");
    const run = await runPr({ 'test/add.test.ts': focused }, { 'test/add.test.ts': focused.replace('toBe(-3);', 'toBe(-3); // it.only(...)') });
    expect(run.findings).toEqual([]);
  });
});
