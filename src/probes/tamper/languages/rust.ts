// Pure: `#[test]` functions (also `#[tokio::test]` and friends), `#[ignore]`, and `#[allow(...)]` /
// `#[expect(...)]` attributes of a Rust file, from @lezer/rust's tree.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/rust';
import { bodyKey, collapse, lineIndex, type Marker, type SourceFacts, type Suppression, type TestCase } from '../facts.js';
import { textOf } from './lezer.js';

/** Attribute paths that declare a test: `test`, `tokio::test`, `async_std::test`, `rstest`, `test_case`... */
const TEST_ATTRIBUTE = /^(?:(?:\w+::)*test|rstest|test_case|test_log::test|quickcheck|proptest)$/;
const SUPPRESSING = /^(?:allow|expect)\b|^cfg_attr\b.*\b(?:allow|expect)\s*\(/s;

export function analyzeRust(text: string, options: { tests: boolean }): SourceFacts {
  const tree = parser.parse(text);
  const line = lineIndex(text);
  const tests: TestCase[] = [];
  const suppressions: Suppression[] = [];

  const visit = (node: SyntaxNode, modules: string[]): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'Attribute' || child.name === 'InnerAttribute') {
        const meta = child.getChild('MetaItem');
        const source = meta ? collapse(textOf(text, meta)) : '';
        if (SUPPRESSING.test(source)) suppressions.push({ text: `#${child.name === 'InnerAttribute' ? '!' : ''}[${source}]`, line: line(child.from) });
      }
      if (child.name === 'AttributeItem' && options.tests) {
        const test = testOf(child, modules);
        if (test) tests.push(test);
      }
      if (child.name === 'ModItem') {
        const name = child.getChild('BoundIdentifier');
        visit(child, name ? [...modules, textOf(text, name)] : modules);
      } else {
        visit(child, modules);
      }
    }
  };

  const testOf = (item: SyntaxNode, modules: string[]): TestCase | undefined => {
    const fn = item.getChild('FunctionItem');
    const name = fn?.getChild('BoundIdentifier');
    const block = fn?.getChild('Block');
    if (!fn || !name || !block) return undefined;
    let isTest = false;
    const markers: Marker[] = [];
    for (const attribute of item.getChildren('Attribute')) {
      const meta = attribute.getChild('MetaItem');
      const path = meta?.firstChild ? textOf(text, meta.firstChild).replace(/\s+/g, '') : '';
      if (TEST_ATTRIBUTE.test(path)) isTest = true;
      if (path === 'ignore') markers.push({ kind: 'skip', text: '#[ignore]', line: line(attribute.from) });
    }
    if (!isTest) return undefined;
    return { name: [...modules, textOf(text, name)].join(' > '), line: line(name.from), body: bodyKey(textOf(text, block)), suite: false, markers };
  };

  visit(tree.topNode, []);
  return { tests, suppressions, imports: [] };
}
