// Pure: `#[test]` functions (also `#[tokio::test]` and friends), `#[ignore]`, and `#[allow(...)]` /
// `#[expect(...)]` attributes of a Rust file, from @lezer/rust's tree.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/rust';
import { bodyKey, collapse, lineIndex, type Marker, type SourceFacts, type Suppression, type TestCase } from '../facts.js';
import { textOf } from './lezer.js';
import { directive } from './suppression-comments.js';

/** Attribute paths that declare a test: `test`, `tokio::test`, `async_std::test`, `rstest`, `test_case`... */
const TEST_ATTRIBUTE = /^(?:(?:\w+::)*test|rstest|test_case|test_log::test|quickcheck|proptest)$/;
const SUPPRESSING = /^(?:allow|expect)\b|^cfg_attr\b.*\b(?:allow|expect)\s*\(/s;

export function analyzeRust(text: string, options: { tests: boolean }): SourceFacts {
  const tree = parser.parse(text);
  const line = lineIndex(text);
  const tests: TestCase[] = [];
  const suppressions: Suppression[] = [];

  const testOf = (item: SyntaxNode, modules: readonly string[]): TestCase | undefined => {
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
    return { name: [...modules.filter(Boolean), textOf(text, name)].join(' > '), line: line(name.from), body: bodyKey(textOf(text, block)), suite: false, markers };
  };

  // One cursor pass: attributes anywhere, test functions in their modules (`mod` names kept on a stack).
  const modules: string[] = [];
  tree.iterate({
    enter(ref) {
      if (ref.name === 'Attribute' || ref.name === 'InnerAttribute') {
        const meta = ref.node.getChild('MetaItem');
        const source = meta ? collapse(textOf(text, meta)) : '';
        if (SUPPRESSING.test(source)) {
          const written = `#${ref.name === 'InnerAttribute' ? '!' : ''}[${source}]`;
          const keyword = /^\w+/.exec(source)![0];
          suppressions.push({ ...directive(written, `#[${keyword}]`, source.slice(keyword.length)), line: line(ref.from) });
        }
        return false;
      }
      if (ref.name === 'AttributeItem' && options.tests) {
        const test = testOf(ref.node, modules);
        if (test) tests.push(test);
      }
      if (ref.name === 'ModItem') {
        const name = ref.node.getChild('BoundIdentifier');
        modules.push(name ? textOf(text, name) : '');
      }
      return undefined;
    },
    leave(ref) {
      if (ref.name === 'ModItem') modules.pop();
    },
  });
  return { tests, suppressions, imports: [] };
}
