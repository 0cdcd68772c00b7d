import { describe, expect, it } from 'vitest';
import { jsModuleNames as moduleNames, jsTestFileNames as testFileNames } from '../../../src/probes/tamper/languages/js-names.js';

describe('moduleNames', () => {
  it('ES modules: exported and top-level declarations, export lists, default; `export *` leaves the module open', () => {
    const esm = "import x from 'y';\nexport function stripColor(s) { return s; }\nexport class Help {}\nexport const a = 1, { b, c: d } = o;\nfunction inner() {}\nexport { inner as outer };\nexport default Help;\nexport interface Shape {}\n";
    expect([...moduleNames(esm, 'lib/help.ts').names].sort()).toEqual(['Help', 'Shape', 'a', 'b', 'd', 'default', 'inner', 'outer', 'stripColor']);
    expect(moduleNames(esm, 'lib/help.ts').open).toBe(false);
    expect(moduleNames("export * from './all.js';\n", 'lib/index.js').open).toBe(true);
  });

  it('CommonJS: module.exports objects and assignments, exports.x', () => {
    const cjs = "function strip(s) { return s; }\nmodule.exports = { strip, wrap: () => 1 };\nmodule.exports.extra = 2;\nexports.more = 3;\n";
    expect([...moduleNames(cjs, 'lib/x.cjs').names].sort()).toEqual(['extra', 'more', 'strip', 'wrap']);
    expect(moduleNames('module.exports = function () {};\n', 'lib/y.js').names).toEqual(new Set(['default']));
  });
});

describe('testFileNames', () => {
  const file = `import { stripColor as strip, Help } from '../lib/help.js';
import * as util from '../lib/util.js';
const { wrap, pad: padded = 1 } = require('../lib/wrap.cjs');
const fmt = require('../lib/fmt.cjs');
const only = require('../lib/one.cjs').one;

const clean = (s) => strip(s);
describe('x', () => {
  function twice(s) { return clean(clean(s)); }
  test('a', () => { expect(twice('a')).toBe(util.trim('a')); });
  test('b', () => { expect(new Help()).toEqual({ strip: 1 }); });
});
`;
  const names = testFileNames(file, 'tests/help.test.js');

  it('lists ES imports (named, default, namespace) and require bindings (destructured, whole, member)', () => {
    expect(names.imports).toEqual([
      { specifier: '../lib/help.js', imported: 'stripColor', local: 'strip' },
      { specifier: '../lib/help.js', imported: 'Help', local: 'Help' },
      { specifier: '../lib/util.js', imported: '*', local: 'util' },
      { specifier: '../lib/wrap.cjs', imported: 'wrap', local: 'wrap' },
      { specifier: '../lib/wrap.cjs', imported: 'pad', local: 'padded' },
      { specifier: '../lib/fmt.cjs', imported: '*', local: 'fmt' },
      { specifier: '../lib/one.cjs', imported: 'one', local: 'only' },
    ]);
  });

  it('says which names each helper and each test call uses (members of a namespace as `ns.x`, never object keys)', () => {
    expect(names.helpers.get('clean')).toContain('strip');
    expect(names.helpers.get('twice')).toContain('clean');
    expect([...names.usedOnLine(10)]).toEqual(expect.arrayContaining(['twice', 'util', 'util.trim']));
    expect(names.usedOnLine(11).has('Help')).toBe(true);
    expect(names.usedOnLine(11).has('strip')).toBe(false);
  });
});
