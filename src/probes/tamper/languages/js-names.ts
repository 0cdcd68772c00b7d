// Pure: the names a JS/TS module offers (top-level declarations and exports, ES and CommonJS), and which
// imported names a test file's cases use. Together they tell a test deleted with the function it tested
// (the PR removes `export function stripColor` and `stripColor.test.js`) from a test deleted while its
// subject stays.
import { childNodes, childNodesOf, parseProgram, requireSpecifier } from './javascript.js';
import type { ImportedBinding, ModuleNames, TestFileNames } from './names.js';

/** Node as babel builds it (the test parser's own view); fields are read by name. */
type Node = ReturnType<typeof parseProgram>;

export function jsModuleNames(text: string, path: string): ModuleNames {
  const program = parseProgram(text, path)['program'] as Node;
  const names = new Set<string>();
  let open = false;
  for (const statement of childNodesOf(program['body'])) {
    switch (statement.type) {
      case 'ExportAllDeclaration':
        open = true;
        break;
      case 'ExportDefaultDeclaration':
        names.add('default');
        declared(statement['declaration'] as Node | undefined, names);
        break;
      case 'ExportNamedDeclaration':
        declared(statement['declaration'] as Node | undefined, names);
        for (const specifier of childNodesOf(statement['specifiers'])) {
          const exported = nameOf(specifier['exported'] as Node | undefined);
          if (exported) names.add(exported);
        }
        break;
      case 'ExpressionStatement':
        commonJsExports(statement['expression'] as Node, names);
        break;
      default:
        declared(statement, names);
    }
  }
  return { names, open };
}

export function jsTestFileNames(text: string, path: string): TestFileNames {
  const program = parseProgram(text, path)['program'] as Node;
  const imports: ImportedBinding[] = [];
  const helpers = new Map<string, Set<string>>();
  const calls = new Map<number, Node>();
  const helper = (name: string, uses: Set<string>): void => {
    // Scopes are not told apart: a name declared twice uses what both declarations use.
    const seen = helpers.get(name);
    helpers.set(name, seen ? new Set([...seen, ...uses]) : uses);
  };
  const walk = (node: Node): void => {
    const line = node.loc?.start.line;
    if (node.type === 'CallExpression' && line !== undefined && !calls.has(line)) calls.set(line, node);
    if (node.type === 'ImportDeclaration') imports.push(...importedBindings(node));
    if (node.type === 'VariableDeclarator') {
      const required = requiredBindings(node);
      if (required) imports.push(...required);
      else for (const local of bound(node['id'] as Node)) helper(local, used(node['init'] as Node | undefined));
    }
    if (/^(?:Function|Class)Declaration$/.test(node.type)) {
      const local = nameOf(node['id'] as Node | undefined);
      if (local) helper(local, used(node));
    }
    for (const child of childNodes(node)) walk(child);
  };
  walk(program);
  return { imports, helpers, usedOnLine: (line) => used(calls.get(line)) };
}

function importedBindings(declaration: Node): ImportedBinding[] {
  const specifier = String((declaration['source'] as Node)['value']);
  return childNodesOf(declaration['specifiers']).flatMap((binding) => {
    const local = nameOf(binding['local'] as Node);
    if (!local) return [];
    const imported = binding.type === 'ImportDefaultSpecifier' ? 'default' : binding.type === 'ImportNamespaceSpecifier' ? '*' : (nameOf(binding['imported'] as Node) ?? local);
    return [{ specifier, imported, local }];
  });
}

/** `const { a, b: c } = require('x')`, `const x = require('x')`, `const a = require('x').a` (also `await import('x')`). */
function requiredBindings(declarator: Node): ImportedBinding[] | undefined {
  let init = declarator['init'] as Node | undefined;
  if (init?.type === 'AwaitExpression') init = init['argument'] as Node;
  let member: string | undefined;
  if (init?.type === 'MemberExpression' && !init['computed']) {
    member = nameOf(init['property'] as Node);
    init = init['object'] as Node;
  }
  const specifier = requireSpecifier(init);
  if (specifier === undefined) return undefined;
  const id = declarator['id'] as Node;
  if (id.type === 'Identifier') return [{ specifier, imported: member ?? '*', local: String(id['name']) }];
  if (id.type !== 'ObjectPattern' || member) return [];
  return childNodesOf(id['properties']).flatMap((property) => {
    const imported = property.type === 'ObjectProperty' ? nameOf(property['key'] as Node) : undefined;
    const value = property['value'] as Node | undefined;
    const local = value?.type === 'AssignmentPattern' ? nameOf(value['left'] as Node) : nameOf(value);
    return imported && local ? [{ specifier, imported, local }] : [];
  });
}

/** Names a top-level declaration introduces (functions, classes, variables, TS types and enums). */
function declared(node: Node | undefined, into: Set<string>): void {
  if (!node) return;
  if (node.type === 'VariableDeclaration') {
    for (const declarator of childNodesOf(node['declarations'])) for (const name of bound(declarator['id'] as Node)) into.add(name);
    return;
  }
  if (/Declaration$/.test(node.type)) {
    const name = nameOf(node['id'] as Node | undefined);
    if (name) into.add(name);
  }
}

/** `module.exports = { a, b }`, `module.exports = fn`, `module.exports.a = ...`, `exports.a = ...`. */
function commonJsExports(expression: Node, into: Set<string>): void {
  if (expression.type !== 'AssignmentExpression') return;
  const target = expression['left'] as Node;
  if (isModuleExports(target)) {
    const value = expression['right'] as Node;
    if (value.type !== 'ObjectExpression') into.add('default');
    else for (const property of childNodesOf(value['properties'])) {
      const key = property.type === 'SpreadElement' ? undefined : nameOf(property['key'] as Node | undefined);
      if (key) into.add(key);
    }
    return;
  }
  if (target.type === 'MemberExpression' && !target['computed']) {
    const object = target['object'] as Node;
    if (isModuleExports(object) || (object.type === 'Identifier' && object['name'] === 'exports')) {
      const key = nameOf(target['property'] as Node);
      if (key) into.add(key);
    }
  }
}

function isModuleExports(node: Node): boolean {
  return node.type === 'MemberExpression' && nameOf(node['object'] as Node) === 'module' && nameOf(node['property'] as Node) === 'exports';
}

/** Identifiers a binding pattern declares (`a`, `{ a, b: c }`, `[a, ...rest]`). */
function bound(pattern: Node | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [String(pattern['name'])];
    case 'ObjectPattern':
      return childNodesOf(pattern['properties']).flatMap((p) => bound((p.type === 'RestElement' ? p['argument'] : p['value']) as Node));
    case 'ArrayPattern':
      return childNodesOf(pattern['elements']).flatMap((element) => bound(element));
    case 'AssignmentPattern':
      return bound(pattern['left'] as Node);
    case 'RestElement':
      return bound(pattern['argument'] as Node);
    default:
      return [];
  }
}

/** Every identifier the subtree reads, and `ns.x` for a member read off an identifier. */
function used(node: Node | undefined): Set<string> {
  const names = new Set<string>();
  const walk = (current: Node): void => {
    if (current.type === 'Identifier') names.add(String(current['name']));
    if (current.type === 'MemberExpression' && !current['computed']) {
      const object = current['object'] as Node;
      const property = nameOf(current['property'] as Node);
      if (object.type === 'Identifier' && property) names.add(`${String(object['name'])}.${property}`);
      walk(object);
      return; // the property is a key, not a read of that name
    }
    // A property or method name is a key, not a read of that name.
    const keyed = /^(?:ObjectProperty|ObjectMethod|ClassProperty|ClassMethod)$/.test(current.type) && !current['computed'];
    for (const child of childNodes(current)) if (!(keyed && child === current['key'])) walk(child);
  };
  if (node) walk(node);
  return names;
}

function nameOf(node: Node | undefined): string | undefined {
  if (node?.type === 'Identifier') return String(node['name']);
  if (node?.type === 'StringLiteral') return String(node['value']);
  return undefined;
}
