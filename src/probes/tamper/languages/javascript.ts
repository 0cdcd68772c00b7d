// Pure: test cases, markers, suppressions and imports of a JS/TS file, from @babel/parser's syntax tree.
import { parse, type ParserPlugin } from '@babel/parser';
import { bodyKey, type Marker, type SourceFacts, type TestCase } from '../facts.js';
import { suppressionsInComment } from './suppression-comments.js';

/** Node as babel builds it; fields are read by name. */
interface Node {
  type: string;
  start?: number | null;
  end?: number | null;
  loc?: { start: { line: number } } | null;
  [key: string]: unknown;
}

const CASE_ROOTS = new Set(['it', 'test', 'specify', 'bench']);
const SUITE_ROOTS = new Set(['describe', 'suite', 'context']);
/** Jasmine/mocha/jest shorthands: x = skipped, f = focused. */
const SHORTHANDS: Record<string, { root: string; kind: Marker['kind'] }> = {
  xit: { root: 'it', kind: 'skip' },
  xtest: { root: 'test', kind: 'skip' },
  xspecify: { root: 'specify', kind: 'skip' },
  xdescribe: { root: 'describe', kind: 'skip' },
  xcontext: { root: 'context', kind: 'skip' },
  xsuite: { root: 'suite', kind: 'skip' },
  fit: { root: 'it', kind: 'focus' },
  fdescribe: { root: 'describe', kind: 'focus' },
};
/** Modifiers in a call chain (`it.skip`, `test.describe.only`, `it.skipIf(cond)`): what they mark. */
const MODIFIERS: Record<string, Marker['kind']> = {
  skip: 'skip',
  skipIf: 'skip',
  runIf: 'skip',
  todo: 'skip',
  fixme: 'skip',
  fails: 'skip',
  failing: 'skip',
  only: 'focus',
};
/** Test modules whose default export (or the module itself, required) is their test function. */
const DEFAULT_TEST_EXPORTS: Record<string, string> = { 'node:test': 'test', 'test': 'test', 'ava': 'test', 'tape': 'test' };
/** Test modules whose named exports are the usual roots (`import { test as t } from 'vitest'`). */
const TEST_MODULES = new Set([...Object.keys(DEFAULT_TEST_EXPORTS), 'vitest', '@jest/globals', 'bun:test', 'mocha', '@playwright/test']);
/** node:test options objects: `test('x', { skip: true }, fn)`. */
const OPTION_MARKERS: Record<string, Marker['kind']> = { skip: 'skip', todo: 'skip', only: 'focus' };

export function pluginsFor(path: string): ParserPlugin[][] {
  if (/\.[cm]?tsx$/.test(path)) return [['typescript', 'jsx', 'decorators-legacy']];
  if (/\.[cm]?ts$/.test(path)) return [['typescript', 'decorators-legacy'], ['typescript', 'jsx', 'decorators-legacy']];
  return [['jsx', 'decorators-legacy'], ['flow', 'jsx', 'decorators-legacy'], ['typescript', 'decorators-legacy']];
}

/** Parses with the plugins the extension suggests, then the alternatives; throws the first error if none fits. */
export function parseProgram(text: string, path: string): Node {
  let first: unknown;
  for (const plugins of pluginsFor(path)) {
    try {
      return parse(text, {
        sourceType: 'unambiguous',
        plugins,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
        allowUndeclaredExports: true,
        errorRecovery: true,
        // Comments stay in `file.comments`; attaching them to nodes costs time and is not needed.
        attachComment: false,
      }) as unknown as Node;
    } catch (error) {
      first ??= error;
    }
  }
  throw first instanceof Error ? first : new Error(String(first));
}

export function analyzeJavaScript(text: string, path: string, options: { tests: boolean }): SourceFacts {
  const file = parseProgram(text, path);
  const suppressions = [];
  for (const comment of (file['comments'] as Node[] | undefined) ?? []) {
    for (const directive of suppressionsInComment(String(comment['value']), 'js')) {
      suppressions.push({ ...directive, line: lineOf(comment) });
    }
  }
  if (!options.tests) return { tests: [], suppressions, imports: [] };
  const program = file['program'] as Node;
  const collector = new TestCollector(text, testAliases(program));
  collector.visit(program, { suites: [], current: undefined, params: [] });
  return { tests: collector.tests, suppressions, imports: collector.imports };
}

interface Scope {
  suites: string[];
  /** The innermost test or suite, which runtime skips (`this.skip()`, `test.skip(cond)`) mark. */
  current: TestCase | undefined;
  /** Names of the innermost test callback's parameters (`ctx.skip()`, `t.skip()`). */
  params: string[];
}

interface TestCall {
  markers: Marker[];
  suite: boolean;
}

class TestCollector {
  readonly tests: TestCase[] = [];
  readonly imports: string[] = [];
  private readonly fileTest: TestCase = { name: '(file)', line: 1, body: '', suite: true, markers: [] };

  constructor(
    private readonly text: string,
    private readonly aliases: ReadonlyMap<string, string[]>,
  ) {}

  visit(node: Node | undefined, scope: Scope): void {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') {
      const source = node['source'] as Node | null | undefined;
      if (source && typeof source['value'] === 'string') this.imports.push(source['value']);
    }
    if (node.type === 'CallExpression' && this.visitCall(node, scope)) return;
    for (const child of childNodes(node)) this.visit(child, scope);
  }

  /** Handles a call that declares a test or marks one at runtime; true when it has visited the children itself. */
  private visitCall(node: Node, scope: Scope): boolean {
    const callee = node['callee'] as Node;
    const args = (node['arguments'] as Node[]) ?? [];
    const loaded = requireSpecifier(node);
    if (loaded !== undefined) this.imports.push(loaded);

    const runtime = this.runtimeSkip(callee, scope);
    if (runtime) {
      (scope.current ?? this.fileTestUsed()).markers.push(runtime);
      return false;
    }
    const call = testCall(callee, this.aliases);
    if (!call) return false;
    const fn = args.find((arg) => arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression');
    const todo = call.markers.some((m) => m.todo);
    if (!fn && !todo) {
      // `test.skip(cond, 'reason')` inside a test (Playwright) or `it.only` without a body: marks its scope.
      if (call.markers.length === 0) return false;
      const target = scope.current ?? this.fileTestUsed();
      target.markers.push(...call.markers);
      return false;
    }
    const options = args.find((arg) => arg.type === 'ObjectExpression');
    const name = testName(args[0], this.text);
    const test: TestCase = {
      name: [...scope.suites, name].join(' > '),
      line: lineOf(node),
      body: fn ? bodyKey(this.text.slice((fn['body'] as Node).start ?? 0, (fn['body'] as Node).end ?? 0)) : '',
      suite: call.suite,
      markers: [...call.markers, ...(options ? optionMarkers(options) : [])],
    };
    this.tests.push(test);
    for (const arg of args) {
      if (arg === fn) continue;
      this.visit(arg, scope);
    }
    if (fn) {
      const params = ((fn['params'] as Node[]) ?? []).filter((p) => p.type === 'Identifier').map((p) => String(p['name']));
      this.visit(fn['body'] as Node, { suites: call.suite ? [...scope.suites, name] : scope.suites, current: test, params });
    }
    return true;
  }

  /** `this.skip()` (mocha), `ctx.skip()` (vitest), `t.skip()` / `t.todo()` (node:test) inside a test. */
  private runtimeSkip(callee: Node, scope: Scope): Marker | undefined {
    if (!scope.current || callee.type !== 'MemberExpression' || callee['computed']) return undefined;
    const property = callee['property'] as Node;
    const object = callee['object'] as Node;
    const name = property.type === 'Identifier' ? String(property['name']) : '';
    if (name !== 'skip' && name !== 'todo') return undefined;
    const owner = object.type === 'ThisExpression' ? 'this' : object.type === 'Identifier' ? String(object['name']) : undefined;
    if (owner === undefined || (owner !== 'this' && !scope.params.includes(owner))) return undefined;
    return { kind: 'skip', text: `${owner}.${name}()`, line: lineOf(property) };
  }

  private fileTestUsed(): TestCase {
    if (!this.tests.includes(this.fileTest)) this.tests.push(this.fileTest);
    return this.fileTest;
  }
}

/**
 * Top-level names that stand for a call chain of test functions: a test module's functions under another
 * name (`const t = require('node:test')`, `import check from 'ava'`, `import { it as spec } from 'vitest'`,
 * `const { test: t } = require('node:test')`), its namespace (`import * as nt from 'node:test'`: no
 * prefix, `nt.describe.skip` reads as `describe.skip`), and local names for a chain (`const group =
 * describe`, `const pending = describe.skip`). Each maps to the chain it stands for.
 */
function testAliases(program: Node): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  const bind = (local: Node | undefined, chain: string[] | undefined): void => {
    if (local?.type !== 'Identifier' || chain === undefined) return;
    const name = String(local['name']);
    const [root] = chain;
    if (chain.join('.') !== name && (root === undefined || CASE_ROOTS.has(root) || SUITE_ROOTS.has(root) || SHORTHANDS[root])) aliases.set(name, chain);
  };
  const named = (key: Node | undefined): string | undefined =>
    key?.type === 'Identifier' ? String(key['name']) : key?.type === 'StringLiteral' ? String(key['value']) : undefined;
  const moduleExport = (module: string): string[] => {
    const root = DEFAULT_TEST_EXPORTS[module];
    return root === undefined ? [] : [root];
  };
  for (const statement of (program['body'] as Node[] | undefined) ?? []) {
    if (statement.type === 'ImportDeclaration') {
      const module = String((statement['source'] as Node)['value']);
      if (!TEST_MODULES.has(module)) continue;
      for (const specifier of (statement['specifiers'] as Node[]) ?? []) {
        const local = specifier['local'] as Node;
        if (specifier.type === 'ImportDefaultSpecifier') bind(local, moduleExport(module));
        else if (specifier.type === 'ImportNamespaceSpecifier') bind(local, []);
        else if (specifier.type === 'ImportSpecifier') bind(local, [named(specifier['imported'] as Node) ?? '']);
      }
      continue;
    }
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of (statement['declarations'] as Node[]) ?? []) {
      const id = declarator['id'] as Node;
      const init = declarator['init'] as Node | null;
      const module = requireSpecifier(init ?? undefined);
      if (module !== undefined) {
        if (!TEST_MODULES.has(module)) continue;
        if (id.type === 'Identifier') bind(id, moduleExport(module));
        for (const property of id.type === 'ObjectPattern' ? ((id['properties'] as Node[]) ?? []) : []) {
          if (property.type === 'ObjectProperty' && !property['computed']) bind(property['value'] as Node, [named(property['key'] as Node) ?? '']);
        }
      } else if (init && id.type === 'Identifier') {
        // `const group = describe`, `const pending = describe.skip`, `const later = t.skip` (t itself an alias).
        const chain = memberChain(init);
        if (chain) bind(id, [...(aliases.get(chain[0]!.name) ?? [chain[0]!.name]), ...chain.slice(1).map((link) => link.name)]);
      }
    }
  }
  return aliases;
}

/** `a.b.c` as its links, innermost object first; undefined for anything else (calls, computed members). */
function memberChain(node: Node): Array<{ name: string; node: Node }> | undefined {
  const chain: Array<{ name: string; node: Node }> = [];
  for (let current: Node = node; ; current = current['object'] as Node) {
    if (current.type === 'Identifier') return [{ name: String(current['name']), node: current }, ...chain];
    if (current.type !== 'MemberExpression' || current['computed'] || (current['property'] as Node).type !== 'Identifier') return undefined;
    chain.unshift({ name: String((current['property'] as Node)['name']), node: current['property'] as Node });
  }
}

/**
 * Reads a callee such as `it`, `it.skip`, `test.describe.only`, `it.each(table)`, `describe.skipIf(c)`,
 * through the aliases a file defines (a marker names what the source wrote: `pending (describe.skip)`).
 */
function testCall(callee: Node, aliases: ReadonlyMap<string, string[]>): TestCall | undefined {
  const written: Array<{ name: string; node: Node }> = [];
  let node: Node | undefined = callee;
  while (node) {
    if (node.type === 'Identifier') {
      written.unshift({ name: String(node['name']), node });
      break;
    }
    if (node.type === 'MemberExpression' && !node['computed'] && (node['property'] as Node).type === 'Identifier') {
      written.unshift({ name: String((node['property'] as Node)['name']), node: node['property'] as Node });
      node = node['object'] as Node;
    } else if (node.type === 'CallExpression') {
      node = node['callee'] as Node; // it.each(table)(...), it.skipIf(cond)(...)
    } else if (node.type === 'TaggedTemplateExpression') {
      node = node['tag'] as Node; // describe.each`table`(...)
    } else {
      return undefined;
    }
  }
  const first = written[0];
  if (!first) return undefined;
  const expansion = aliases.get(first.name);
  const alias = (name: string, k: number): { name: string; node: Node; text: string } => ({
    name,
    node: first.node,
    text: `${first.name} (${expansion!.slice(0, k + 1).join('.')})`,
  });
  const chain = [
    ...(expansion ? expansion.map(alias) : [{ ...first, text: first.name }]),
    ...written.slice(1).map((link, k) => ({ ...link, text: written.slice(0, k + 2).map((l) => l.name).join('.') })),
  ];
  const head = chain[0];
  if (!head) return undefined;
  const shorthand = SHORTHANDS[head.name];
  const root = shorthand?.root ?? head.name;
  if (!CASE_ROOTS.has(root) && !SUITE_ROOTS.has(root)) return undefined;
  const markers: Marker[] = [];
  if (shorthand) markers.push({ kind: shorthand.kind, text: head.text, line: lineOf(head.node) });
  let suite = SUITE_ROOTS.has(root);
  for (const link of chain.slice(1)) {
    if (link.name === 'describe') suite = true; // Playwright's test.describe
    const kind = MODIFIERS[link.name];
    if (kind) markers.push({ kind, text: link.text, line: lineOf(link.node), ...(link.name === 'todo' ? { todo: true } : {}) });
  }
  return { markers, suite };
}

function optionMarkers(options: Node): Marker[] {
  const markers: Marker[] = [];
  for (const property of (options['properties'] as Node[]) ?? []) {
    if (property.type !== 'ObjectProperty' || property['computed']) continue;
    const key = property['key'] as Node;
    const name = key.type === 'Identifier' ? String(key['name']) : key.type === 'StringLiteral' ? String(key['value']) : '';
    const kind = OPTION_MARKERS[name];
    const value = property['value'] as Node;
    if (!kind || (value.type === 'BooleanLiteral' && value['value'] === false)) continue;
    markers.push({ kind, text: `{ ${name} }`, line: lineOf(key), ...(name === 'todo' ? { todo: true } : {}) });
  }
  return markers;
}

function testName(arg: Node | undefined, text: string): string {
  if (!arg) return '(anonymous)';
  if (arg.type === 'StringLiteral') return String(arg['value']);
  if (arg.type === 'TemplateLiteral') {
    return ((arg['quasis'] as Node[]) ?? []).map((q) => String((q['value'] as { cooked?: string; raw: string }).raw)).join('${}');
  }
  // An untitled test (`test(async t => ...)` in AVA) has no name; its body still identifies it.
  if (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') return '(anonymous)';
  const source = text.slice(arg.start ?? 0, arg.end ?? 0).replace(/\s+/g, ' ');
  return source.length > 80 ? `${source.slice(0, 77)}...` : source;
}

/** The module a `require('x')` or `import('x')` call loads, when named by a string literal. */
export function requireSpecifier(node: Node | undefined): string | undefined {
  if (node?.type !== 'CallExpression') return undefined;
  const callee = node['callee'] as Node;
  const first = childNodesOf(node['arguments'])[0];
  const isLoad = (callee.type === 'Identifier' && callee['name'] === 'require') || callee.type === 'Import';
  return isLoad && first?.type === 'StringLiteral' ? String(first['value']) : undefined;
}

/** A node's child nodes, in source order of its fields (locations left out). */
export function childNodes(node: Node): Node[] {
  const out: Node[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) out.push(...childNodesOf(value));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

/** The nodes of a field that holds a list of them (none for anything else). */
export function childNodesOf(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter(isNode) : [];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function lineOf(node: Node): number {
  return node.loc?.start.line ?? 1;
}
