// Pure: test functions, skip markers, suppressions and imports of a Python file, from @lezer/python's tree.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { bodyKey, lineIndex, type Marker, type SourceFacts, type Suppression, type TestCase } from '../facts.js';
import { children, descendants, spans, textOf } from './lezer.js';
import { suppressionsInComment } from './suppression-comments.js';

/** Decorators and marks by their dotted name's last parts. */
const DECORATOR_MARKERS: Array<[RegExp, Marker['kind']]> = [
  [/(?:^|\.)mark\.(?:skip|skipif|xfail)$/, 'skip'],
  [/(?:^|\.)mark\.(?:only|focus)$/, 'focus'],
  [/^(?:unittest\.)?(?:skip|skipIf|skipUnless|expectedFailure)$/, 'skip'],
];
const COMMENTS = new Set(['Comment']);
/** Calls that skip at runtime (inside a test, or at module level). */
const RUNTIME_SKIPS = /^(?:pytest\.(?:skip|xfail)|self\.skipTest|(?:unittest\.)?SkipTest|(?:unittest\.case\.)?SkipTest)$/;

export function analyzePython(text: string, options: { tests: boolean }): SourceFacts {
  const tree = parser.parse(text);
  const line = lineIndex(text);
  const suppressions: Suppression[] = [];
  for (const comment of spans(tree, COMMENTS)) {
    for (const directive of suppressionsInComment(text.slice(comment.from + 1, comment.to), 'python')) {
      suppressions.push({ ...directive, line: line(comment.from) });
    }
  }
  if (!options.tests) return { tests: [], suppressions, imports: [] };

  const tests: TestCase[] = [];
  const imports: string[] = [];
  const fileTest: TestCase = { name: '(module)', line: 1, body: '', suite: true, markers: [] };

  const markersOf = (decorators: SyntaxNode[]): Marker[] =>
    decorators.flatMap((decorator) => {
      const args = decorator.getChild('ArgList');
      const name = text.slice(decorator.from + 1, args ? args.from : decorator.to).replace(/\s+/g, '');
      const own = classify(name, line(decorator.from), true);
      const inner = args ? descendants(args, 'MemberExpression').flatMap((m) => classify(bodyKey(textOf(text, m)), line(m.from), false)) : [];
      return [...own, ...inner];
    });

  const runtimeMarkers = (body: SyntaxNode): Marker[] =>
    descendants(body, 'CallExpression').flatMap((call) => {
      const callee = call.firstChild;
      const name = callee ? bodyKey(textOf(text, callee)) : '';
      return RUNTIME_SKIPS.test(name) ? [{ kind: 'skip' as const, text: `${name}()`, line: line(call.from) }] : [];
    });

  const isPytestmark = (node: SyntaxNode): boolean => node.name === 'AssignStatement' && node.firstChild !== null && textOf(text, node.firstChild) === 'pytestmark';
  const markMembers = (node: SyntaxNode): Marker[] => descendants(node, 'MemberExpression').flatMap((m) => classify(bodyKey(textOf(text, m)), line(m.from), false));

  const visitBlock = (block: SyntaxNode, names: string[]): void => {
    for (const statement of children(block)) {
      let node = statement;
      let decorators: SyntaxNode[] = [];
      if (statement.name === 'DecoratedStatement') {
        decorators = statement.getChildren('Decorator');
        node = statement.getChild('FunctionDefinition') ?? statement.getChild('ClassDefinition') ?? statement;
      }
      const name = node.getChild('VariableName');
      const body = node.getChild('Body');
      if (node.name === 'FunctionDefinition' && name && body && /^test/.test(textOf(text, name))) {
        tests.push({
          name: [...names, textOf(text, name)].join(' > '),
          line: line(name.from),
          body: bodyKey(textOf(text, body)),
          suite: false,
          markers: [...markersOf(decorators), ...runtimeMarkers(body)],
        });
      } else if (node.name === 'ClassDefinition' && name && body) {
        const className = textOf(text, name);
        // `pytestmark = pytest.mark.skip` in the class body marks the class like a decorator.
        const markers = [...markersOf(decorators), ...children(body).filter(isPytestmark).flatMap(markMembers)];
        if (markers.length > 0 || /^Test/.test(className)) {
          tests.push({ name: [...names, className].join(' > '), line: line(name.from), body: bodyKey(textOf(text, body)), suite: true, markers });
        }
        visitBlock(body, [...names, className]);
      } else if (names.length === 0) {
        visitModuleStatement(node);
      }
    }
  };

  const visitModuleStatement = (node: SyntaxNode): void => {
    if (node.name === 'ImportStatement') {
      imports.push(...importedModules(textOf(text, node)));
    } else if (isPytestmark(node)) {
      fileTest.markers.push(...markMembers(node));
    } else if (node.name === 'ExpressionStatement' || node.name === 'IfStatement' || node.name === 'TryStatement') {
      fileTest.markers.push(...runtimeMarkers(node));
    }
  };

  visitBlock(tree.topNode, []);
  if (fileTest.markers.length > 0) tests.push(fileTest);
  return { tests, suppressions, imports };
}

function classify(name: string, line: number, decorator: boolean): Marker[] {
  for (const [pattern, kind] of DECORATOR_MARKERS) {
    // Bare `skip` is only a marker as a decorator (`@skip`), not any attribute that happens to end so.
    if (!decorator && !name.includes('mark.') && !name.startsWith('unittest.')) continue;
    if (pattern.test(name)) return [{ kind, text: `@${name}`, line }];
  }
  return [];
}

/** `from a.b import c` -> `a.b`; `from . import x` -> `.x`; `import a.b as c, d` -> `a.b`, `d`. */
function importedModules(statement: string): string[] {
  const flat = statement.replace(/[()\\\n]/g, ' ').replace(/\s+/g, ' ').trim();
  const from = /^from (\S+) import (.+)$/.exec(flat);
  if (from) {
    const base = from[1]!;
    if (!/^\.+$/.test(base)) return [base];
    return from[2]!.split(',').map((part) => base + part.trim().split(' ')[0]);
  }
  const plain = /^import (.+)$/.exec(flat);
  return plain ? plain[1]!.split(',').map((part) => part.trim().split(' ')[0]!).filter(Boolean) : [];
}
