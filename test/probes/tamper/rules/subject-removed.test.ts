import { describe, expect, it } from 'vitest';
import { subjectRemoved, type SideTexts } from '../../../../src/probes/tamper/rules/subject-removed.js';
import { testRemoved } from '../../../../src/probes/tamper/rules/test-removed.js';
import { change, facts, testCase } from './fixtures.js';

const HELP_BASE = 'export class Help {}\n\nexport function stripColor(s) {\n  return s;\n}\n';
const HELP_HEAD = 'export class Help {}\n';
const TESTS = `import { stripColor, Help } from '../lib/help.js';
import { test } from 'node:test';

const strip = (s) => stripColor(s);
test('strips', () => {
  assert.equal(strip('x'), 'x');
});
test('helps', () => {
  assert.ok(new Help());
});
`;
const strips = testCase('strips', 5, '{assert.equal(strip(x),x);}');
const helps = testCase('helps', 8, '{assert.ok(newHelp());}');
const deletedTests = change({ path: 'tests/help.test.js', basePath: 'tests/help.test.js', deleted: true, base: facts([strips, helps], [], ['../lib/help.js', 'node:test']) });

function texts(help: SideTexts, tests: string = TESTS): Map<string, SideTexts> {
  return new Map([
    ['lib/help.js', help],
    ['tests/help.test.js', { base: tests }],
  ]);
}

describe('subjectRemoved', () => {
  it('a deleted test that uses (through a helper) a name the PR removes from its module is info; one using a kept name stays high', () => {
    const hits = testRemoved([deletedTests], new Set(['tests/help.test.js']), subjectRemoved(texts({ base: HELP_BASE, head: HELP_HEAD })));
    expect(hits.map((h) => [h.subject, h.severity, h.details])).toEqual([
      ['strips', 'info', { module: 'lib/help.js', names_removed: ['stripColor'] }],
      ['helps', undefined, undefined],
    ]);
    expect(hits[0]!.message).toContain('together with `stripColor`, which the PR removes from lib/help.js');
  });

  it('near-miss: the module keeps the name (only edited, or re-exporting everything from elsewhere): no excuse', () => {
    const edited = subjectRemoved(texts({ base: HELP_BASE, head: HELP_BASE.replace('return s', 'return s.trim()') }));
    expect(testRemoved([deletedTests], new Set(), edited).map((h) => h.severity)).toEqual([undefined, undefined]);
    const reexported = subjectRemoved(texts({ base: HELP_BASE, head: `${HELP_HEAD}export * from './strip.js';\n` }));
    expect(testRemoved([deletedTests], new Set(), reexported).map((h) => h.severity)).toEqual([undefined, undefined]);
    // Module unchanged by the PR: not among the changed texts.
    const unchanged = subjectRemoved(new Map([['tests/help.test.js', { base: TESTS }]]));
    expect(testRemoved([deletedTests], new Set(), unchanged).map((h) => h.severity)).toEqual([undefined, undefined]);
  });

  it('a namespace import (`help.stripColor`) and CommonJS require count; a parse failure excuses nothing', () => {
    const namespace = "import * as help from '../lib/help.js';\nimport { test } from 'node:test';\n\n\ntest('strips', () => {\n  assert.equal(help.stripColor('x'), 'x');\n});\n";
    const viaNamespace = subjectRemoved(texts({ base: HELP_BASE, head: HELP_HEAD }, namespace));
    expect(viaNamespace(deletedTests, strips)).toEqual({ module: 'lib/help.js', names: ['stripColor'] });
    const cjs = "const { stripColor } = require('../lib/help.cjs');\n\n\n\ntest('strips', () => {\n  assert.equal(stripColor('x'), 'x');\n});\n";
    const cjsTexts = new Map<string, SideTexts>([
      ['lib/help.cjs', { base: 'function stripColor(s) { return s; }\nmodule.exports = { stripColor };\n', head: 'module.exports = {};\n' }],
      ['tests/help.test.js', { base: cjs }],
    ]);
    expect(subjectRemoved(cjsTexts)(deletedTests, strips)).toEqual({ module: 'lib/help.cjs', names: ['stripColor'] });
    const broken = subjectRemoved(texts({ base: HELP_BASE, head: 'export class {' }));
    expect(broken(deletedTests, strips)).toBeUndefined();
  });

  it('Python: a deleted test using (through a fixture) a function the PR removes from its module is info; one using a kept function is not', () => {
    const calc = { base: 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n', head: 'def add(a, b):\n    return a + b\n' };
    const tests = 'import pytest\nfrom app.calc import add, sub\n\n\n@pytest.fixture\ndef minus():\n    return sub\n\n\ndef test_sub(minus):\n    assert minus(3, 2) == 1\n\n\ndef test_add():\n    assert add(1, 2) == 3\n';
    const pyTexts = new Map<string, SideTexts>([
      ['src/app/calc.py', calc],
      ['tests/test_calc.py', { base: tests }],
    ]);
    const subCase = testCase('test_sub', 10, '');
    const addCase = testCase('test_add', 14, '');
    const source = change({ path: 'tests/test_calc.py', basePath: 'tests/test_calc.py', deleted: true, language: 'python', base: facts([subCase, addCase], [], ['pytest', 'app.calc']) });
    const hits = testRemoved([source], new Set(['tests/test_calc.py']), subjectRemoved(pyTexts));
    expect(hits.map((h) => [h.subject, h.severity, h.details])).toEqual([
      ['test_sub', 'info', { module: 'src/app/calc.py', names_removed: ['sub'] }],
      ['test_add', undefined, undefined],
    ]);
    // Near-miss: the name still offered at head through an import (moved to another module and re-exported).
    const reexported = new Map<string, SideTexts>([...pyTexts, ['src/app/calc.py', { base: calc.base, head: `from app.ops import sub\n\n${calc.head}` }]]);
    expect(testRemoved([source], new Set(), subjectRemoved(reexported)).map((h) => h.severity)).toEqual([undefined, undefined]);
  });
});

