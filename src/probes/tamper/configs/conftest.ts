// Pure: pytest's `collect_ignore` / `collect_ignore_glob` in a conftest.py, as test selections (see
// test-selection.ts), from @lezer/python's tree: `x = [...]`, `x += [...]`, `x.append('…')`,
// `x.extend([...])`, at any depth (often under an `if`). Only string literals are read; a computed
// entry (a name, an f-string, a comprehension) is left out, as the other readers do.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { lineIndex } from '../facts.js';
import { descendants, textOf } from '../languages/lezer.js';
import { dirOf } from './settings.js';
import type { SelectionList, TestSelection } from './test-selection.js';

const LISTS = { collect_ignore: 'ignorePaths', collect_ignore_glob: 'ignoreGlobs' } as const;
type ListName = keyof typeof LISTS;

export function conftestSelections(path: string, text: string): TestSelection[] {
  const tree = parser.parse(text);
  const line = lineIndex(text);
  const found: Partial<Record<ListName, SelectionList>> = {};
  const add = (name: string, at: number, values: SyntaxNode[]): void => {
    if (!(name in LISTS)) return;
    const list = (found[name as ListName] ??= { key: name, entries: [], line: line(at) });
    for (const value of values) {
      const literal = stringLiteral(textOf(text, value));
      if (literal === undefined) list.computed = true;
      else list.entries.push(literal);
    }
  };
  const elements = (node: SyntaxNode | null): SyntaxNode[] =>
    node && (node.name === 'ArrayExpression' || node.name === 'TupleExpression') ? descendants(node, 'String').filter((s) => s.parent === node) : [];
  for (const statement of [...descendants(tree.topNode, 'AssignStatement'), ...descendants(tree.topNode, 'UpdateStatement')]) {
    const target = statement.firstChild;
    if (target?.name === 'VariableName') add(textOf(text, target), statement.from, elements(statement.lastChild));
  }
  for (const call of descendants(tree.topNode, 'CallExpression')) {
    const callee = call.firstChild;
    if (callee?.name !== 'MemberExpression') continue;
    const object = callee.firstChild;
    const method = callee.lastChild;
    if (object?.name !== 'VariableName' || method?.name !== 'PropertyName') continue;
    const args = call.getChild('ArgList');
    const argument = args?.firstChild?.nextSibling ?? null;
    const verb = textOf(text, method);
    if (verb === 'append' && argument) add(textOf(text, object), call.from, [argument]);
    if (verb === 'extend') add(textOf(text, object), call.from, elements(argument));
  }
  const lists = Object.fromEntries(Object.entries(found).map(([name, list]) => [LISTS[name as ListName], list]));
  const dir = dirOf(path);
  return Object.keys(lists).length > 0 ? [{ tool: 'pytest', id: `${dir}|pytest|conftest`, dir, file: path, lists }] : [];
}

/** The value of a plain Python string literal (`'a'`, `"a"`, `r'a'`, `u"a"`); undefined for anything else. */
function stringLiteral(raw: string): string | undefined {
  const match = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(raw);
  if (!match) return undefined;
  const body = match[3]!;
  return match[1]!.toLowerCase() === 'r' ? body : body.replace(/\\(.)/g, '$1');
}
