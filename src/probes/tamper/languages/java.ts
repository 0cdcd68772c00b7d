// Pure: JUnit / TestNG test methods (`@Test`, `@ParameterizedTest`...), `@Disabled` / `@Ignore`, and
// `@SuppressWarnings` or `// NOSONAR` suppressions of a Java file, from @lezer/java's tree.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/java';
import { bodyKey, collapse, lineIndex, type Marker, type SourceFacts, type Suppression, type TestCase } from '../facts.js';
import { spans, textOf } from './lezer.js';
import { directive, suppressionsInComment } from './suppression-comments.js';

const TEST_ANNOTATIONS = new Set(['Test', 'ParameterizedTest', 'RepeatedTest', 'TestFactory', 'TestTemplate', 'Property', 'Example']);
const SKIP_ANNOTATION = /^(?:Disabled\w*|Ignore)$/
const FOCUS_ANNOTATION = /^Only$/;
const COMMENTS = new Set(['LineComment', 'BlockComment']);
const SUPPRESS_ANNOTATION = /^(?:SuppressWarnings|SuppressFBWarnings|SuppressLint)$/;

export function analyzeJava(text: string, options: { tests: boolean }): SourceFacts {
  const tree = parser.parse(text);
  const line = lineIndex(text);
  const tests: TestCase[] = [];
  const suppressions: Suppression[] = [];
  for (const comment of spans(tree, COMMENTS)) {
    for (const directive of suppressionsInComment(text.slice(comment.from + 2, comment.to), 'java')) suppressions.push({ ...directive, line: line(comment.from) });
  }

  const annotations = (modifiers: SyntaxNode | null): Array<{ name: string; node: SyntaxNode }> =>
    modifiers
      ? [...modifiers.getChildren('MarkerAnnotation'), ...modifiers.getChildren('Annotation')].map((node) => {
          const id = node.getChild('Identifier') ?? node.getChild('ScopedIdentifier');
          return { name: id ? textOf(text, id).split('.').pop()!.trim() : '', node };
        })
      : [];
  const markersOf = (found: Array<{ name: string; node: SyntaxNode }>): Marker[] =>
    found.flatMap(({ name, node }) => {
      // TestNG: `@Test(enabled = false)`.
      const disabled = name === 'Test' && /\benabled\s*=\s*false\b/.test(textOf(text, node.getChild('AnnotationArgumentList') ?? node).replace(/"[^"]*"/g, ''));
      const kind = SKIP_ANNOTATION.test(name) || disabled ? 'skip' : FOCUS_ANNOTATION.test(name) ? 'focus' : undefined;
      return kind ? [{ kind, text: disabled ? '@Test(enabled = false)' : `@${name}`, line: line(node.from) } satisfies Marker] : [];
    });

  const visit = (node: SyntaxNode, classes: string[]): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const found = annotations(child.name.endsWith('Declaration') ? child.getChild('Modifiers') : null);
      for (const { name, node: annotation } of found) {
        if (SUPPRESS_ANNOTATION.test(name)) {
          const written = collapse(textOf(text, annotation));
          suppressions.push({ ...directive(written, `@${name}`, written.slice(written.indexOf(name) + name.length)), line: line(annotation.from) });
        }
      }
      const definition = child.getChild('Definition');
      if (child.name === 'MethodDeclaration' && definition && options.tests && found.some((a) => TEST_ANNOTATIONS.has(a.name))) {
        const block = child.getChild('Block');
        tests.push({
          name: [...classes, textOf(text, definition)].join(' > '),
          line: line(definition.from),
          body: block ? bodyKey(textOf(text, block)) : '',
          suite: false,
          markers: markersOf(found),
        });
      }
      if (child.name === 'ClassDeclaration' && definition) {
        const markers = markersOf(found);
        const name = [...classes, textOf(text, definition)];
        if (markers.length > 0 && options.tests) tests.push({ name: name.join(' > '), line: line(definition.from), body: '', suite: true, markers });
        visit(child, name);
      } else {
        visit(child, classes);
      }
    }
  };
  visit(tree.topNode, []);
  suppressions.sort((a, b) => a.line - b.line);
  return { tests, suppressions, imports: [] };
}
