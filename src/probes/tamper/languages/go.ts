// Pure: `func TestX(t *testing.T)` / `FuzzX` and their `t.Run` subtests, `t.Skip` calls and `//nolint`
// directives of a Go file, from @lezer/go's tree.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/go';
import { bodyKey, lineIndex, type SourceFacts, type Suppression, type TestCase } from '../facts.js';
import { spans, textOf } from './lezer.js';
import { suppressionsInComment } from './suppression-comments.js';

const TEST_FUNCTION = /^(?:Test|Fuzz)(?![a-z])/;
const SKIPS = new Set(['Skip', 'Skipf', 'SkipNow']);
const COMMENTS = new Set(['LineComment', 'BlockComment']);

export function analyzeGo(text: string, options: { tests: boolean }): SourceFacts {
  const tree = parser.parse(text);
  const line = lineIndex(text);
  const suppressions: Suppression[] = [];
  for (const comment of spans(tree, COMMENTS)) {
    const body = text.slice(comment.from + 2, comment.to);
    for (const directive of suppressionsInComment(body, 'go')) suppressions.push({ ...directive, line: line(comment.from) });
  }
  if (!options.tests) return { tests: [], suppressions, imports: [] };

  const tests: TestCase[] = [];
  const visit = (node: SyntaxNode, current: TestCase): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'CallExpr') {
        const selector = child.getChild('SelectorExpr');
        const field = selector?.getChild('FieldName');
        const method = field ? textOf(text, field) : '';
        if (selector && SKIPS.has(method)) {
          current.markers.push({ kind: 'skip', text: `t.${method}`, line: line(field!.from) });
        } else if (selector && method === 'Run') {
          const subtest = subtestOf(child, current);
          if (subtest) {
            visit(child, subtest);
            continue;
          }
        }
      }
      visit(child, current);
    }
  };
  const subtestOf = (call: SyntaxNode, parent: TestCase): TestCase | undefined => {
    const args = call.getChild('Arguments');
    const name = args?.getChild('String');
    const fn = args?.getChild('FunctionLiteral');
    if (!name || !fn) return undefined;
    const test: TestCase = {
      name: `${parent.name} > ${textOf(text, name).slice(1, -1)}`,
      line: line(call.from),
      body: bodyKey(textOf(text, fn)),
      suite: false,
      markers: [],
    };
    tests.push(test);
    return test;
  };

  for (const decl of tree.topNode.getChildren('FunctionDecl')) {
    const name = decl.getChild('DefName');
    const block = decl.getChild('Block');
    const params = decl.getChild('Parameters');
    if (!name || !block || !params || !TEST_FUNCTION.test(textOf(text, name)) || !textOf(text, params).includes('testing.')) continue;
    const test: TestCase = { name: textOf(text, name), line: line(name.from), body: bodyKey(textOf(text, block)), suite: false, markers: [] };
    tests.push(test);
    visit(block, test);
  }
  return { tests, suppressions, imports: [] };
}
