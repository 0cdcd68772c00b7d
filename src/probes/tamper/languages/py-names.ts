// Pure: the names a Python module offers (top-level functions, classes, assignments and imports, also in
// top-level `if`/`try`/`with` blocks) and which imported names a test file's functions use, from
// @lezer/python's tree. The Python side of rules/subject-removed.ts.
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { lineIndex } from '../facts.js';
import { children, textOf } from './lezer.js';
import type { ImportedBinding, ModuleNames, TestFileNames } from './names.js';

/** Top-level blocks whose statements still define module names. */
const MODULE_BLOCKS = new Set(['IfStatement', 'TryStatement', 'WithStatement', 'Body']);

export function pyModuleNames(text: string): ModuleNames {
  const names = new Set<string>();
  let open = false;
  const visit = (block: SyntaxNode): void => {
    for (const statement of children(block)) {
      const node = definitionOf(statement);
      if (node.name === 'FunctionDefinition' || node.name === 'ClassDefinition') {
        const name = node.getChild('VariableName');
        if (name) names.add(textOf(text, name));
      } else if (node.name === 'AssignStatement') {
        for (const target of assignTargets(node)) names.add(textOf(text, target));
      } else if (node.name === 'ImportStatement') {
        const bindings = importBindings(text, node);
        if (bindings === 'star') open = true;
        else for (const binding of bindings) names.add(binding.local);
      } else if (MODULE_BLOCKS.has(node.name)) {
        visit(node);
      }
    }
  };
  visit(parser.parse(text).topNode);
  return { names, open };
}

export function pyTestFileNames(text: string): TestFileNames {
  const tree = parser.parse(text);
  const line = lineIndex(text);
  const imports: ImportedBinding[] = [];
  const helpers = new Map<string, Set<string>>();
  const functions = new Map<number, SyntaxNode>();
  tree.iterate({
    enter: (ref) => {
      const node = ref.node;
      if (node.name === 'ImportStatement') {
        const bindings = importBindings(text, node);
        if (bindings !== 'star') imports.push(...bindings);
      } else if (node.name === 'FunctionDefinition' || node.name === 'ClassDefinition') {
        const name = node.getChild('VariableName');
        if (name) {
          // Scopes are not told apart: a name declared twice uses what both declarations use.
          helpers.set(textOf(text, name), new Set([...(helpers.get(textOf(text, name)) ?? []), ...used(text, node)]));
          if (node.name === 'FunctionDefinition') functions.set(line(name.from), node);
        }
      } else if (node.name === 'AssignStatement') {
        const uses = used(text, node);
        for (const target of assignTargets(node)) helpers.set(textOf(text, target), uses);
      }
    },
  });
  // A test function's parameters are its pytest fixtures: a fixture using a removed name counts through them.
  return { imports, helpers, usedOnLine: (at) => used(text, functions.get(at)) };
}

function definitionOf(statement: SyntaxNode): SyntaxNode {
  if (statement.name !== 'DecoratedStatement') return statement;
  return statement.getChild('FunctionDefinition') ?? statement.getChild('ClassDefinition') ?? statement;
}

/** The plain names an assignment binds (`a = ...`, `a, b = ...`, `a: int = ...`). */
function assignTargets(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const child of children(node)) {
    if (child.name === 'AssignOp') break;
    if (child.name === 'VariableName') out.push(child);
  }
  return out;
}

/** `from a.b import c as d, e`, `import a.b as m`, `import a`; 'star' for `from a import *`. */
function importBindings(text: string, node: SyntaxNode): ImportedBinding[] | 'star' {
  const tokens = children(node).map((child) => ({ name: child.name, text: textOf(text, child) }));
  const at = tokens.findIndex((token) => token.name === 'import');
  if (tokens[0]?.name === 'from') {
    const specifier = tokens.slice(1, at).map((token) => token.text).join('');
    const rest = tokens.slice(at + 1).filter((token) => token.name !== '(' && token.name !== ')');
    if (rest.some((token) => token.name === '*')) return 'star';
    return groups(rest).map(([imported, alias]) => ({ specifier, imported: imported!, local: alias ?? imported! }));
  }
  // `import a.b as m`: m is the namespace of a.b; `import a` binds a. A dotted name without alias binds only its
  // first part (a package), whose members are not followed.
  return groups(tokens.slice(at + 1), true).flatMap(([dotted, alias]) => (alias || !dotted!.includes('.') ? [{ specifier: dotted!, imported: '*', local: alias ?? dotted! }] : []));
}

/** Comma-separated `name [as alias]` groups; `dotted` joins `a . b` into `a.b`. */
function groups(tokens: ReadonlyArray<{ name: string; text: string }>, dotted = false): Array<[string | undefined, string | undefined]> {
  const out: Array<[string | undefined, string | undefined]> = [];
  let name = '';
  let alias: string | undefined;
  let aliasNext = false;
  const flush = (): void => {
    if (name) out.push([name, alias]);
    name = '';
    alias = undefined;
  };
  for (const token of tokens) {
    if (token.name === ',') flush();
    else if (token.name === 'as') aliasNext = true;
    else if (aliasNext) {
      alias = token.text;
      aliasNext = false;
    } else if (token.name === 'VariableName' || (dotted && token.name === '.')) name += token.text;
  }
  flush();
  return out;
}

/** Every name the subtree reads, and `ns.x` for an attribute read off a name. */
function used(text: string, node: SyntaxNode | undefined): Set<string> {
  const names = new Set<string>();
  const walk = (current: SyntaxNode): void => {
    if (current.name === 'VariableName') names.add(textOf(text, current));
    if (current.name === 'MemberExpression') {
      const object = current.firstChild;
      const property = current.getChild('PropertyName');
      if (object?.name === 'VariableName' && property) names.add(`${textOf(text, object)}.${textOf(text, property)}`);
    }
    for (const child of children(current)) walk(child);
  };
  if (node) walk(node);
  return names;
}
