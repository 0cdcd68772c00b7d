// The analyzers on their own: what each language's syntax tree yields, and what strings and comments never do.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/probes/tamper/languages/index.js';
import { holdsTests, languageOf } from '../../../src/probes/tamper/languages/paths.js';

const markers = (facts: ReturnType<typeof analyze>): string[] => facts.tests.flatMap((t) => t.markers.map((m) => `${t.name}: ${m.text}@${m.line}`));

describe('languageOf / holdsTests', () => {
  it('maps extensions and test-file conventions', () => {
    expect(['a.ts', 'a.d.ts', 'a.py', 'a.go', 'a.rs', 'A.java', 'a.md'].map(languageOf)).toEqual(['javascript', undefined, 'python', 'go', 'rust', 'java', undefined]);
    expect(holdsTests('src/a.spec.tsx', 'javascript')).toBe(true);
    expect(holdsTests('src/__tests__/a.js', 'javascript')).toBe(true);
    expect(holdsTests('src/a.ts', 'javascript')).toBe(false);
    expect(holdsTests('pkg/test_a.py', 'python')).toBe(true);
    expect(holdsTests('pkg/a.py', 'python')).toBe(false);
    expect(holdsTests('a_test.go', 'go')).toBe(true);
    expect(holdsTests('test/fixtures/app/test/a.test.js', 'javascript')).toBe(false);
    expect(holdsTests('pkg/testdata/x_test.go', 'go')).toBe(false);
  });
});

describe('JavaScript / TypeScript (babel)', () => {
  it('names cases by their suites, reads each/template names, TS and JSX syntax', () => {
    const text = `import { render } from './render';
const x = require('../lib/x');
describe('outer', () => {
  describe.each([[1], [2]])('inner %s', (n: number) => {
    it(\`renders \${n}\`, () => { expect(render(<App n={n as number} />)).toBeTruthy(); });
  });
  test.describe.only('pw', () => { test('a', async ({ page }) => { test.skip(true, 'later'); }); });
});
`;
    const facts = analyze('src/app.test.tsx', text, 'javascript');
    expect(facts.tests.map((t) => [t.name, t.suite])).toEqual([
      ['outer', true],
      ['outer > inner %s', true],
      ['outer > inner %s > renders ${}', false],
      ['outer > pw', true],
      ['outer > pw > a', false],
    ]);
    expect(markers(facts)).toEqual(['outer > pw: test.describe.only@7', 'outer > pw > a: test.skip@7']);
    expect(facts.imports).toEqual(['./render', '../lib/x']);
  });

  it('never takes markers or suppressions from strings, templates or non-directive comments', () => {
    const text = `it('a', () => {
  const s = "it.skip('x') // eslint-disable-line";
  const t = \`describe.only\`;
  // we should not use eslint-disable here
});
`;
    const facts = analyze('a.test.js', text, 'javascript');
    expect(markers(facts)).toEqual([]);
    expect(facts.suppressions).toEqual([]);
  });

  it('follows the test functions of a test module under other names; the same names from elsewhere are not tests', () => {
    const commonjs = "const t = require('node:test');\nconst { describe: group, it: spec } = require('node:test');\nt.skip('a', () => {});\ngroup('g', () => {\n  spec.only('b', () => {});\n});\n";
    expect(markers(analyze('test/a.test.js', commonjs, 'javascript'))).toEqual(['a: t.skip@3', 'g > b: spec.only@5']);
    const esm = "import check from 'ava';\nimport { test as vt } from 'vitest';\nimport helper from './helper.js';\ncheck.skip('c', (x) => {});\nvt.todo('d');\nhelper.skip('e', () => {});\n";
    const facts = analyze('test/b.test.ts', esm, 'javascript');
    expect(facts.tests.map((t) => t.name)).toEqual(['c', 'd']);
    expect(markers(facts)).toEqual(['c: check.skip@4', 'd: vt.todo@5']);
  });

  it('follows local names for test functions and chains, and a test module\'s namespace', () => {
    const local = "const group = describe;\nconst pending = describe.skip;\nconst later = test.skip;\nconst check = test;\ngroup.skip('g', () => {});\npending('p', () => {});\nlater('l', () => {});\ncheck.only('c', () => {});\n";
    expect(markers(analyze('test/a.test.js', local, 'javascript'))).toEqual([
      'g: group.skip@5',
      'p: pending (describe.skip)@6',
      'l: later (test.skip)@7',
      'c: check.only@8',
    ]);
    const namespace = "import * as nt from 'node:test';\nnt.describe.skip('s', () => {\n  nt.it('i', () => {});\n});\n";
    const facts = analyze('test/b.test.mjs', namespace, 'javascript');
    expect(facts.tests.map((t) => `${t.name}${t.suite ? ' (suite)' : ''}`)).toEqual(['s (suite)', 's > i']);
    expect(markers(facts)).toEqual(['s: nt.describe.skip@2']);
  });

  it('reads suppression comments in any file, tests only in test files', () => {
    const text = '/* eslint-disable no-console */\n// @ts-expect-error: legacy\nit("x", () => {});\n/* istanbul ignore next */\n';
    const facts = analyze('src/a.ts', text, 'javascript');
    expect(facts.suppressions.map((s) => `${s.text}@${s.line}`)).toEqual(['eslint-disable no-console@1', '@ts-expect-error: legacy@2', 'istanbul ignore next@4']);
    expect(facts.tests).toEqual([]);
  });
});

describe('Python (lezer)', () => {
  it('reads test functions and classes, decorators, runtime skips, pytestmark and imports', () => {
    const text = `import pytest
from . import helpers
from app.core import thing
pytestmark = pytest.mark.skipif(True, reason="x")

@pytest.mark.parametrize("n", [1, pytest.param(2, marks=pytest.mark.xfail)])
def test_a(n):
    assert n

@unittest.skip("later")
class TestB(unittest.TestCase):
    def test_c(self):
        self.skipTest("no")

    def helper(self):
        pytest.skip("not a test")
`;
    const facts = analyze('tests/test_x.py', text, 'python');
    expect(facts.tests.map((t) => t.name)).toEqual(['test_a', 'TestB', 'TestB > test_c', '(module)']);
    expect(markers(facts)).toEqual(['test_a: @pytest.mark.xfail@6', 'TestB: @unittest.skip@10', 'TestB > test_c: self.skipTest()@13', '(module): @pytest.mark.skipif@4']);
    expect(facts.imports).toEqual(['pytest', '.helpers', 'app.core']);
  });

  it('a class-level `pytestmark` marks its class', () => {
    const facts = analyze('tests/test_y.py', 'class TestA:\n    pytestmark = [pytest.mark.xfail(reason="x")]\n\n    def test_b(self):\n        assert 1\n', 'python');
    expect(markers(facts)).toEqual(['TestA: @pytest.mark.xfail@2']);
  });

  it('reads chained directives in one comment, never from strings', () => {
    const text = 'x = f()  # type: ignore[call]  # noqa: E501\ns = "# noqa"\n# pragma: no cover\n';
    expect(analyze('a.py', text, 'python').suppressions.map((s) => `${s.text}@${s.line}`)).toEqual(['type: ignore[call]@1', 'noqa: E501@1', 'pragma: no cover@3']);
  });
});

describe('Go, Rust and Java (lezer)', () => {
  it('Go: tests, fuzz tests and t.Run subtests with their skips; helpers and strings are not tests', () => {
    const text = `package a
func TestA(t *testing.T) {
\tt.Run("sub case", func(t *testing.T) { t.Skipf("no %d", 1) })
\tt.Log("t.Skip()")
}
func FuzzB(f *testing.F) {}
func Testify(t *testing.T) {}
func helper(t *testing.T) { t.SkipNow() }
`;
    const facts = analyze('a_test.go', text, 'go');
    expect(facts.tests.map((t) => t.name)).toEqual(['TestA', 'TestA > sub case', 'FuzzB']);
    expect(markers(facts)).toEqual(['TestA > sub case: t.Skipf@3']);
  });

  it('Rust: #[test] and #[tokio::test] in modules, #[ignore], inner and cfg_attr allows', () => {
    const text = `#![allow(clippy::all)]
mod tests {
    #[tokio::test]
    #[ignore]
    async fn a() {}
    #[cfg_attr(test, allow(dead_code))]
    fn helper() { let s = "#[allow(x)]"; }
}
`;
    const facts = analyze('src/lib.rs', text, 'rust');
    expect(facts.tests.map((t) => t.name)).toEqual(['tests > a']);
    expect(markers(facts)).toEqual(['tests > a: #[ignore]@4']);
    expect(facts.suppressions.map((s) => `${s.text}@${s.line}`)).toEqual(['#![allow(clippy::all)]@1', '#[cfg_attr(test, allow(dead_code))]@6']);
  });

  it('Java: @Test methods by class, @Disabled on classes and methods, @SuppressWarnings and NOSONAR', () => {
    const text = `@Disabled
class ATest {
  @Test @Ignore void a() { String s = "@Disabled"; } // NOSONAR
  @org.junit.jupiter.api.ParameterizedTest
  @SuppressWarnings("unchecked")
  void b() {}
  void helper() {}
}
`;
    const facts = analyze('src/test/java/ATest.java', text, 'java');
    expect(facts.tests.map((t) => t.name)).toEqual(['ATest', 'ATest > a', 'ATest > b']);
    expect(markers(facts)).toEqual(['ATest: @Disabled@1', 'ATest > a: @Ignore@3']);
    expect(facts.suppressions.map((s) => `${s.text}@${s.line}`)).toEqual(['NOSONAR@3', '@SuppressWarnings("unchecked")@5']);
  });

  it('TestNG: `@Test(enabled = false)` is a skip; `enabled = false` in a string is not', () => {
    const text = 'class T {\n  @Test(enabled = false)\n  void a() {}\n  @Test(description = "enabled = false")\n  void b() {}\n}\n';
    expect(markers(analyze('src/test/java/T.java', text, 'java'))).toEqual(['T > a: @Test(enabled = false)@2']);
  });
});
