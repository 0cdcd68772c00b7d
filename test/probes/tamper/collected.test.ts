import { describe, expect, it } from 'vitest';
import { collectedByName } from '../../../src/probes/tamper/languages/collected.js';

describe('collectedByName', () => {
  it('JS/TS: the name forms of vitest, jest, bun and node --test, and jest\'s __tests__ folder', () => {
    for (const path of ['a.test.ts', 'src/a.spec.tsx', 'a.test.mjs', 'a_test.js', 'a-test.cjs', 'test/test-a.js', 'test.js', 'lib/__tests__/x.js', 'a_spec.ts']) {
      expect(collectedByName(path, 'javascript'), path).toBe(true);
    }
  });

  it('JS/TS near-miss: a test folder alone, other infixes and look-alike names are not collected by name', () => {
    for (const path of ['test/url.ts', 'tests/command.chain.js', 'a.tests.ts', 'latest.js', 'contest.ts', 'src/testing.ts', 'a.e2e.ts', 'spec/helpers.js']) {
      expect(collectedByName(path, 'javascript'), path).toBe(false);
    }
  });

  it('Python: test_*.py, test*.py and *_test.py; Go: _test.go; Rust and Java: always', () => {
    expect(['tests/test_calc.py', 'tests.py', 'pkg/calc_test.py'].map((p) => collectedByName(p, 'python'))).toEqual([true, true, true]);
    expect(['tests/calc.py', 'tests/conftest.py', 'pkg/latest.py'].map((p) => collectedByName(p, 'python'))).toEqual([false, false, false]);
    expect([collectedByName('a_test.go', 'go'), collectedByName('a.go', 'go'), collectedByName('src/lib.rs', 'rust'), collectedByName('A.java', 'java')]).toEqual([true, false, true, true]);
  });
});
