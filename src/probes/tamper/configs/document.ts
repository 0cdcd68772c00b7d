// Pure: a configuration file read into plain data, whatever its format, with the line of each key, so the
// rules compare meaning (values) and still point at the line. JS/TS configs are read from their syntax
// tree: only literal values are taken, anything computed is UNKNOWN (never guessed).
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import YAML, { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parseProgram } from '../languages/javascript.js';
import { lineIndex } from '../facts.js';
import { parseIni, type IniSections } from './ini.js';

/** A value the file computes (a call, a variable): known to exist, not known in value. */
export const UNKNOWN: unique symbol = Symbol('unknown');

export type ConfigValue = string | number | boolean | null | typeof UNKNOWN | ConfigValue[] | ConfigObject;
export interface ConfigObject {
  [key: string]: ConfigValue;
}

export type ConfigDocument =
  | { format: 'data'; root: ConfigValue; lineOf: (container: object, key: string) => number | undefined }
  | { format: 'ini'; sections: IniSections };

export type ConfigFormat = 'js' | 'json' | 'yaml' | 'toml' | 'ini';

export function formatOf(path: string): ConfigFormat | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.[cm]?[jt]s$/.test(name)) return 'js';
  if (/\.(?:json|jsonc|json5)$/.test(name) || /^\.(?:eslintrc|c8rc|nycrc)$/.test(name)) return 'json';
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (name.endsWith('.toml')) return 'toml';
  if (/\.(?:ini|cfg)$/.test(name) || /^(?:\.coveragerc|\.flake8|\.pylintrc|pylintrc)$/.test(name)) return 'ini';
  return undefined;
}

/** Reads `text`; throws with the parser's reason when the file is not valid in its format. */
export function readConfig(path: string, text: string): ConfigDocument {
  switch (formatOf(path)) {
    case 'js':
      return readJs(path, text);
    case 'json':
      return readJson(text) ?? readYaml(text);
    case 'yaml':
      return readYaml(text);
    case 'toml':
      return readToml(text);
    case 'ini':
      return { format: 'ini', sections: parseIni(text) };
    default:
      throw new Error(`no reader for ${path}`);
  }
}

class Lines {
  private readonly map = new WeakMap<object, Map<string, number>>();
  set(container: object, key: string, line: number): void {
    let keys = this.map.get(container);
    if (!keys) this.map.set(container, (keys = new Map()));
    keys.set(key, line);
  }
  get = (container: object, key: string): number | undefined => this.map.get(container)?.get(key);
}

/** JSON with comments and trailing commas (tsconfig, .eslintrc); undefined when it is not JSON (YAML .eslintrc). */
function readJson(text: string): ConfigDocument | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!tree || errors.length > 0) return undefined;
  const line = lineIndex(text);
  const lines = new Lines();
  const build = (node: JsonNode): ConfigValue => {
    if (node.type === 'object') {
      const out: ConfigObject = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        out[String(key.value)] = build(value);
        lines.set(out, String(key.value), line(key.offset));
      }
      return out;
    }
    if (node.type === 'array') return (node.children ?? []).map(build);
    return node.value as ConfigValue;
  };
  return { format: 'data', root: build(tree), lineOf: lines.get };
}

function readYaml(text: string): ConfigDocument {
  const document = YAML.parseDocument(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  if (document.errors.length > 0) throw new Error(document.errors[0]!.message.split('\n')[0]);
  const line = lineIndex(text);
  const lines = new Lines();
  const build = (node: unknown): ConfigValue => {
    if (isMap(node)) {
      const out: ConfigObject = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        out[key] = build(pair.value);
        const range = (pair.key as YamlNode | null)?.range;
        if (range) lines.set(out, key, line(range[0]));
      }
      return out;
    }
    if (isSeq(node)) return node.items.map(build);
    if (isScalar(node)) return node.value as ConfigValue;
    return null;
  };
  return { format: 'data', root: build(document.contents), lineOf: lines.get };
}

/**
 * smol-toml gives no positions: a key's line is its `key =` line within the table that holds it (found by
 * the table's `[header]`), else the first such line in the file.
 */
function readToml(text: string): ConfigDocument {
  const root = parseToml(text) as unknown as ConfigValue;
  const tablePaths = new WeakMap<object, string>();
  const walk = (value: ConfigValue, path: string[]): void => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, path));
    else if (typeof value === 'object' && value !== null) {
      tablePaths.set(value, path.join('.'));
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(root, []);
  const textLines = text.split(/\r?\n/);
  const headers = textLines.map((line) => /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line)?.[1]?.replace(/\s*\.\s*/g, '.').replace(/["']/g, ''));
  const lineOf = (container: object, key: string): number | undefined => {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^\\s*["']?${escaped}["']?\\s*=`);
    const table = tablePaths.get(container);
    let inTable = table === '';
    for (let index = 0; index < textLines.length; index++) {
      if (headers[index] !== undefined) inTable = headers[index] === table;
      else if (inTable && pattern.test(textLines[index]!)) return index + 1;
    }
    const anywhere = textLines.findIndex((line) => pattern.test(line));
    return anywhere < 0 ? undefined : anywhere + 1;
  };
  return { format: 'data', root, lineOf };
}

interface JsNode {
  type: string;
  start?: number | null;
  loc?: { start: { line: number } } | null;
  [key: string]: unknown;
}

/**
 * A JS/TS config: the literal data of its default export (`export default`, `module.exports =`), looking
 * through calls such as `defineConfig({...})` or `tseslint.config(a, b)` (each argument becomes one entry).
 */
function readJs(path: string, text: string): ConfigDocument {
  const file = parseProgram(text, path);
  const lines = new Lines();
  const exported: ConfigValue[] = [];
  const program = file['program'] as JsNode;
  const bindings = topLevelBindings(program);
  const resolving = new Set<string>();
  /** Follows `const name = ...` once per name, so a self-reference cannot loop. */
  function resolve<T>(node: JsNode, read: (bound: JsNode) => T, otherwise: T): T {
    const name = String(node['name']);
    const bound = bindings.get(name);
    if (!bound || resolving.has(name)) return otherwise;
    resolving.add(name);
    try {
      return read(bound);
    } finally {
      resolving.delete(name);
    }
  }

  for (const statement of (program['body'] as JsNode[]) ?? []) {
    if (statement.type === 'ExportDefaultDeclaration') exported.push(...unwrap(statement['declaration'] as JsNode));
    if (statement.type === 'ExpressionStatement') {
      const expression = statement['expression'] as JsNode;
      if (expression.type === 'AssignmentExpression' && isModuleExports(expression['left'] as JsNode)) {
        exported.push(...unwrap(expression['right'] as JsNode));
      }
    }
  }
  function unwrap(node: JsNode | undefined): ConfigValue[] {
    if (!node) return [];
    if (node.type === 'CallExpression') return ((node['arguments'] as JsNode[]) ?? []).flatMap(unwrap);
    if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression') {
      return unwrap(node['expression'] as JsNode);
    }
    if (node.type === 'ArrowFunctionExpression' && (node['body'] as JsNode).type !== 'BlockStatement') return unwrap(node['body'] as JsNode);
    if (node.type === 'Identifier') return resolve(node, unwrap, [UNKNOWN]);
    if (node.type === 'ArrayExpression') {
      return ((node['elements'] as Array<JsNode | null>) ?? []).flatMap((element) =>
        !element ? [] : element.type === 'SpreadElement' ? [UNKNOWN] : [literal(element)],
      );
    }
    return [literal(node)];
  }

  function literal(node: JsNode): ConfigValue {
    switch (node.type) {
      case 'ObjectExpression': {
        const out: ConfigObject = {};
        for (const property of (node['properties'] as JsNode[]) ?? []) {
          if (property.type !== 'ObjectProperty' || property['computed']) continue;
          const key = property['key'] as JsNode;
          const name = key.type === 'Identifier' ? String(key['name']) : key.type === 'StringLiteral' || key.type === 'NumericLiteral' ? String(key['value']) : undefined;
          if (name === undefined) continue;
          out[name] = literal(property['value'] as JsNode);
          lines.set(out, name, key.loc?.start.line ?? 1);
        }
        return out;
      }
      case 'ArrayExpression':
        return ((node['elements'] as Array<JsNode | null>) ?? []).map((element) => (element && element.type !== 'SpreadElement' ? literal(element) : UNKNOWN));
      case 'StringLiteral':
      case 'NumericLiteral':
      case 'BooleanLiteral':
        return node['value'] as string | number | boolean;
      case 'NullLiteral':
        return null;
      case 'UnaryExpression': {
        const argument = node['argument'] as JsNode;
        if (node['operator'] === '-' && argument.type === 'NumericLiteral') return -Number(argument['value']);
        return UNKNOWN;
      }
      case 'TemplateLiteral':
        return ((node['expressions'] as unknown[]) ?? []).length === 0 ? String(((node['quasis'] as JsNode[])[0]!['value'] as { cooked: string }).cooked) : UNKNOWN;
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'ParenthesizedExpression':
        return literal(node['expression'] as JsNode);
      case 'Identifier':
        return resolve(node, literal, UNKNOWN);
      default:
        return UNKNOWN;
    }
  }

  return { format: 'data', root: exported.length === 1 ? exported[0]! : exported, lineOf: lines.get };
}

function isModuleExports(node: JsNode): boolean {
  const object = node['object'] as JsNode | undefined;
  const property = node['property'] as JsNode | undefined;
  return node.type === 'MemberExpression' && object?.['name'] === 'module' && property?.['name'] === 'exports';
}

/** `const name = <expr>` at the top level (configs often build the object first, then export it). */
function topLevelBindings(program: JsNode): Map<string, JsNode> {
  const bindings = new Map<string, JsNode>();
  for (const statement of (program['body'] as JsNode[]) ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement['declaration'] as JsNode | null) : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration['kind'] !== 'const') continue;
    for (const declarator of (declaration['declarations'] as JsNode[]) ?? []) {
      const id = declarator['id'] as JsNode;
      if (id.type === 'Identifier' && declarator['init']) bindings.set(String(id['name']), declarator['init'] as JsNode);
    }
  }
  return bindings;
}
