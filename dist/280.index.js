export const id = 280;
export const ids = [280];
export const modules = {

/***/ 7280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyse: () => (/* binding */ analyse)
});

// EXTERNAL MODULE: ./src/diff/parse.ts
var parse = __webpack_require__(84348);
;// CONCATENATED MODULE: ./src/probes/tamper/configs/python-sections.ts
function iniSection(document, name) {
    if (document.format !== 'ini')
        return undefined;
    const wanted = name.toLowerCase();
    for (const [section, values] of document.sections)
        if (section.toLowerCase() === wanted)
            return values;
    return undefined;
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/settings.ts
// Pure: a check setting read from a config file, and the comparison of base and head settings that finds
// the ones the PR weakened. Every config the tamper probe reads (coverage thresholds, lint rule levels,
// compiler flags, CI steps) is expressed as settings, so one comparison serves them all.
/**
 * Settings whose head strength is below their base strength (absent counts as the tool's default). A
 * setting that only follows another one at head (`impliedBy`) is reported through that one when it is weakened too.
 */
function weakenedSettings(base, head) {
    const found = compare(base, head);
    const weakened = new Set(found.map((w) => w.id));
    const after = byId(head);
    return found.filter((w) => {
        const follows = after.get(w.id)?.impliedBy;
        return !(follows && weakened.has(follows));
    });
}
function compare(base, head) {
    const before = byId(base);
    const after = byId(head);
    const out = [];
    for (const [id, old] of before) {
        const now = after.get(id);
        const nowStrength = now ? now.strength : old.absent.strength;
        if (nowStrength >= old.strength)
            continue;
        out.push({
            rule: old.rule,
            id,
            label: old.label,
            file: now ? now.file : old.file,
            ...((now ? now.line : old.line) === undefined ? {} : { line: now ? now.line : old.line }),
            side: now ? 'head' : 'base',
            from: old.shown,
            to: now ? now.shown : old.absent.shown,
        });
    }
    for (const [id, now] of after) {
        if (before.has(id) || now.strength >= now.absent.strength)
            continue;
        // Added at head, weaker than the default: an `ignore` entry, `continue-on-error` on a new step name...
        out.push({ rule: now.rule, id, label: now.label, file: now.file, ...(now.line === undefined ? {} : { line: now.line }), side: 'head', from: now.absent.shown, to: now.shown });
    }
    return out;
}
/** The strictest setting per id (a key repeated in one config, or in several files of one scope). */
function byId(settings) {
    const map = new Map();
    for (const setting of settings) {
        const seen = map.get(setting.id);
        if (!seen || setting.strength > seen.strength)
            map.set(setting.id, setting);
    }
    return map;
}
/** Directory of a repository path, '' at the top level: settings of one tool are scoped by it. */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(21928);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/@babel/parser/lib/index.js
var lib = __webpack_require__(5429);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/probes/tamper/facts.ts
// Pure: what the tamper rules need to know about one version of a source file, whatever its language.

const NO_FACTS = { tests: [], suppressions: [], imports: [] };
/**
 * Whitespace removed: the form in which two bodies are compared. An empty body (`{}`, `: pass`) is ''
 * (no identity), so two placeholder tests never count as the same test.
 */
function bodyKey(text) {
    const key = text.replace(/\s+/g, '');
    const inner = key.replace(/^:/, '').replace(/^\{(.*)\}$/s, '$1');
    return inner === '' || inner === 'pass' || inner === '...' ? '' : key;
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** 1-based line of each offset, by binary search over the line starts of `text`. */
function lineIndex(text) {
    const starts = (0,core_text/* lineStarts */._$)(text);
    return (offset) => (0,core_text/* lineOf */.cA)(starts, offset) + 1;
}

;// CONCATENATED MODULE: ./src/probes/tamper/languages/suppression-comments.ts
// Pure: which comments are lint or type-check suppressions, per comment family. Only comment text reaches
// these patterns (the parsers hand over comments, never strings), so `"// eslint-disable"` in a string is not one.
// Each pattern must match at the start of the comment's text (after the comment opener and spaces), as the
// tools themselves require. Rust suppresses with attributes (`#[allow(...)]`), not comments.
const PATTERNS = {
    js: [
        /^eslint-disable(?:-next-line|-line)?\b/,
        /^@ts-(?:ignore|expect-error|nocheck)\b/,
        /^(?:istanbul|c8|v8|node:coverage)\s+(?:ignore|disable)\b/,
        /^biome-ignore(?:-all|-start)?\b/,
        /^oxlint-disable(?:-next-line|-line)?\b/,
        /^deno-lint-ignore(?:-file)?\b/,
        /^tslint:disable\b/,
        /^jshint\s+ignore\b/,
        /^stylelint-disable(?:-next-line|-line)?\b/,
    ],
    python: [
        /^noqa\b/i,
        /^(?:ruff|flake8)\s*:\s*noqa\b/i,
        /^type:\s*ignore\b/,
        /^(?:pyright|pyre|pyre-ignore|pyre-fixme)\s*:?\s*(?:ignore|basic|\[)/,
        /^pyre-(?:ignore|fixme)\b/,
        /^mypy:\s*(?:ignore-errors|disable-error-code)\b/,
        /^pylint\s*:\s*disable(?:-next)?\s*=/,
        /^pragma:\s*no\s*(?:cover|branch)\b/,
        /^nosec\b/,
        /^pytype:\s*disable\b/,
    ],
    go: [/^nolint\b/, /^lint:(?:file-)?ignore\b/, /^#?nosec\b/, /^revive:disable\b/, /^coverage:ignore\b/],
    java: [/^NOSONAR\b/, /^noinspection\b/, /^CHECKSTYLE[:.]OFF\b/i, /^CPD-OFF\b/, /^NOPMD\b/, /^PMD\b/, /^checkstyle:off\b/i],
};
/**
 * The suppressions in a comment. `body` is the comment's text without its opener (`//`, `#`, `/*`); a
 * Python trailing comment such as `# type: ignore  # noqa: E501` yields one directive for each.
 */
function suppressionsInComment(body, family) {
    const found = [];
    // Python chains directives in one comment (`# type: ignore # noqa`); other families put one per comment.
    const parts = family === 'python' ? body.split('#') : [body];
    for (const part of parts) {
        const text = part.replace(/^[\s*!/]+/, '').replace(/\*\/\s*$/, '').trim().replace(/\s+/g, ' ');
        if (!text)
            continue;
        for (const pattern of PATTERNS[family]) {
            const match = pattern.exec(text);
            if (match) {
                found.push(directive(text, match[0], text.slice(match[0].length)));
                break;
            }
        }
    }
    return found;
}
/**
 * `kind` and `codes` of a directive: the rules named after its keyword, without the free-text reason
 * (`-- why` in ESLint, `// why` in golangci-lint). `@ts-*` directives take no rule names (their text is a reason).
 */
function directive(text, keyword, rest) {
    const kind = keyword.replace(/\s+/g, ' ').replace(/\s*([:=])\s*/g, '$1').toLowerCase();
    const named = kind.startsWith('@ts-') ? '' : rest.split(/\s+--\s|\s\/\/|\s-\s/)[0];
    const codes = named.split(/[\s,:=()[\]"'{}]+/).filter(Boolean).sort();
    return { text, kind, codes };
}

;// CONCATENATED MODULE: ./src/probes/tamper/languages/javascript.ts
// Pure: test cases, markers, suppressions and imports of a JS/TS file, from @babel/parser's syntax tree.



const CASE_ROOTS = new Set(['it', 'test', 'specify', 'bench']);
const SUITE_ROOTS = new Set(['describe', 'suite', 'context']);
/** Jasmine/mocha/jest shorthands: x = skipped, f = focused. */
const SHORTHANDS = {
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
const MODIFIERS = {
    skip: 'skip',
    skipIf: 'skip',
    runIf: 'skip',
    todo: 'skip',
    fixme: 'skip',
    fails: 'skip',
    failing: 'skip',
    only: 'focus',
};
/** node:test options objects: `test('x', { skip: true }, fn)`. */
const OPTION_MARKERS = { skip: 'skip', todo: 'skip', only: 'focus' };
function pluginsFor(path) {
    if (/\.[cm]?tsx$/.test(path))
        return [['typescript', 'jsx', 'decorators-legacy']];
    if (/\.[cm]?ts$/.test(path))
        return [['typescript', 'decorators-legacy'], ['typescript', 'jsx', 'decorators-legacy']];
    return [['jsx', 'decorators-legacy'], ['flow', 'jsx', 'decorators-legacy'], ['typescript', 'decorators-legacy']];
}
/** Parses with the plugins the extension suggests, then the alternatives; throws the first error if none fits. */
function parseProgram(text, path) {
    let first;
    for (const plugins of pluginsFor(path)) {
        try {
            return (0,lib/* parse */.qg)(text, {
                sourceType: 'unambiguous',
                plugins,
                allowReturnOutsideFunction: true,
                allowAwaitOutsideFunction: true,
                allowImportExportEverywhere: true,
                allowUndeclaredExports: true,
                errorRecovery: true,
                // Comments stay in `file.comments`; attaching them to nodes costs time and is not needed.
                attachComment: false,
            });
        }
        catch (error) {
            first ??= error;
        }
    }
    throw first instanceof Error ? first : new Error(String(first));
}
function analyzeJavaScript(text, path, options) {
    const file = parseProgram(text, path);
    const suppressions = [];
    for (const comment of file['comments'] ?? []) {
        for (const directive of suppressionsInComment(String(comment['value']), 'js')) {
            suppressions.push({ ...directive, line: lineOf(comment) });
        }
    }
    if (!options.tests)
        return { tests: [], suppressions, imports: [] };
    const collector = new TestCollector(text);
    collector.visit(file['program'], { suites: [], current: undefined, params: [] });
    return { tests: collector.tests, suppressions, imports: collector.imports };
}
class TestCollector {
    text;
    tests = [];
    imports = [];
    fileTest = { name: '(file)', line: 1, body: '', suite: true, markers: [] };
    constructor(text) {
        this.text = text;
    }
    visit(node, scope) {
        if (!node || typeof node.type !== 'string')
            return;
        if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') {
            const source = node['source'];
            if (source && typeof source['value'] === 'string')
                this.imports.push(source['value']);
        }
        if (node.type === 'CallExpression' && this.visitCall(node, scope))
            return;
        for (const key of Object.keys(node)) {
            if (key === 'loc')
                continue;
            const value = node[key];
            if (Array.isArray(value))
                for (const child of value)
                    this.visit(child, scope);
            else if (value && typeof value === 'object' && typeof value.type === 'string')
                this.visit(value, scope);
        }
    }
    /** Handles a call that declares a test or marks one at runtime; true when it has visited the children itself. */
    visitCall(node, scope) {
        const callee = node['callee'];
        const args = node['arguments'] ?? [];
        if (isRequire(callee, args))
            this.imports.push(String(args[0]['value']));
        const runtime = this.runtimeSkip(callee, scope);
        if (runtime) {
            (scope.current ?? this.fileTestUsed()).markers.push(runtime);
            return false;
        }
        const call = testCall(callee);
        if (!call)
            return false;
        const fn = args.find((arg) => arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression');
        const todo = call.markers.some((m) => m.todo);
        if (!fn && !todo) {
            // `test.skip(cond, 'reason')` inside a test (Playwright) or `it.only` without a body: marks its scope.
            if (call.markers.length === 0)
                return false;
            const target = scope.current ?? this.fileTestUsed();
            target.markers.push(...call.markers);
            return false;
        }
        const options = args.find((arg) => arg.type === 'ObjectExpression');
        const name = testName(args[0], this.text);
        const test = {
            name: [...scope.suites, name].join(' > '),
            line: lineOf(node),
            body: fn ? bodyKey(this.text.slice(fn['body'].start ?? 0, fn['body'].end ?? 0)) : '',
            suite: call.suite,
            markers: [...call.markers, ...(options ? optionMarkers(options) : [])],
        };
        this.tests.push(test);
        for (const arg of args) {
            if (arg === fn)
                continue;
            this.visit(arg, scope);
        }
        if (fn) {
            const params = (fn['params'] ?? []).filter((p) => p.type === 'Identifier').map((p) => String(p['name']));
            this.visit(fn['body'], { suites: call.suite ? [...scope.suites, name] : scope.suites, current: test, params });
        }
        return true;
    }
    /** `this.skip()` (mocha), `ctx.skip()` (vitest), `t.skip()` / `t.todo()` (node:test) inside a test. */
    runtimeSkip(callee, scope) {
        if (!scope.current || callee.type !== 'MemberExpression' || callee['computed'])
            return undefined;
        const property = callee['property'];
        const object = callee['object'];
        const name = property.type === 'Identifier' ? String(property['name']) : '';
        if (name !== 'skip' && name !== 'todo')
            return undefined;
        const owner = object.type === 'ThisExpression' ? 'this' : object.type === 'Identifier' ? String(object['name']) : undefined;
        if (owner === undefined || (owner !== 'this' && !scope.params.includes(owner)))
            return undefined;
        return { kind: 'skip', text: `${owner}.${name}()`, line: lineOf(property) };
    }
    fileTestUsed() {
        if (!this.tests.includes(this.fileTest))
            this.tests.push(this.fileTest);
        return this.fileTest;
    }
}
/** Reads a callee such as `it`, `it.skip`, `test.describe.only`, `it.each(table)`, `describe.skipIf(c)`. */
function testCall(callee) {
    const chain = [];
    let node = callee;
    while (node) {
        if (node.type === 'Identifier') {
            chain.unshift({ name: String(node['name']), node });
            break;
        }
        if (node.type === 'MemberExpression' && !node['computed'] && node['property'].type === 'Identifier') {
            chain.unshift({ name: String(node['property']['name']), node: node['property'] });
            node = node['object'];
        }
        else if (node.type === 'CallExpression') {
            node = node['callee']; // it.each(table)(...), it.skipIf(cond)(...)
        }
        else if (node.type === 'TaggedTemplateExpression') {
            node = node['tag']; // describe.each`table`(...)
        }
        else {
            return undefined;
        }
    }
    const head = chain[0];
    if (!head)
        return undefined;
    const shorthand = SHORTHANDS[head.name];
    const root = shorthand?.root ?? head.name;
    if (!CASE_ROOTS.has(root) && !SUITE_ROOTS.has(root))
        return undefined;
    const markers = [];
    if (shorthand)
        markers.push({ kind: shorthand.kind, text: head.name, line: lineOf(head.node) });
    let suite = SUITE_ROOTS.has(root);
    for (const link of chain.slice(1)) {
        if (link.name === 'describe')
            suite = true; // Playwright's test.describe
        const kind = MODIFIERS[link.name];
        if (kind) {
            const text = chain.slice(0, chain.indexOf(link) + 1).map((l) => l.name).join('.');
            markers.push({ kind, text, line: lineOf(link.node), ...(link.name === 'todo' ? { todo: true } : {}) });
        }
    }
    return { markers, suite };
}
function optionMarkers(options) {
    const markers = [];
    for (const property of options['properties'] ?? []) {
        if (property.type !== 'ObjectProperty' || property['computed'])
            continue;
        const key = property['key'];
        const name = key.type === 'Identifier' ? String(key['name']) : key.type === 'StringLiteral' ? String(key['value']) : '';
        const kind = OPTION_MARKERS[name];
        const value = property['value'];
        if (!kind || (value.type === 'BooleanLiteral' && value['value'] === false))
            continue;
        markers.push({ kind, text: `{ ${name} }`, line: lineOf(key), ...(name === 'todo' ? { todo: true } : {}) });
    }
    return markers;
}
function testName(arg, text) {
    if (!arg)
        return '(anonymous)';
    if (arg.type === 'StringLiteral')
        return String(arg['value']);
    if (arg.type === 'TemplateLiteral') {
        return (arg['quasis'] ?? []).map((q) => String(q['value'].raw)).join('${}');
    }
    // An untitled test (`test(async t => ...)` in AVA) has no name; its body still identifies it.
    if (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression')
        return '(anonymous)';
    const source = text.slice(arg.start ?? 0, arg.end ?? 0).replace(/\s+/g, ' ');
    return source.length > 80 ? `${source.slice(0, 77)}...` : source;
}
function isRequire(callee, args) {
    return (((callee.type === 'Identifier' && callee['name'] === 'require') || callee.type === 'Import') &&
        args[0]?.type === 'StringLiteral');
}
function lineOf(node) {
    return node.loc?.start.line ?? 1;
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/ini.ts
// Pure: INI files as Python's configparser reads them (setup.cfg, tox.ini, .coveragerc, .flake8, .pylintrc,
// pytest.ini, mypy.ini): `[section]`, `key = value` or `key: value`, indented continuation lines, `#` and `;`
// comment lines. No npm INI parser handles continuation lines, which these tools use for lists.
function parseIni(text) {
    const sections = new Map();
    let section;
    let last;
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const raw = lines[index];
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) {
            if (trimmed === '')
                last = undefined;
            continue;
        }
        if (/^\s/.test(raw) && last) {
            last.value += `\n${trimmed}`;
            continue;
        }
        const header = /^\[([^\]]+)\]/.exec(trimmed);
        if (header) {
            const name = header[1].trim();
            section = sections.get(name) ?? new Map();
            sections.set(name, section);
            last = undefined;
            continue;
        }
        const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
        if (!pair || !section) {
            last = undefined;
            continue;
        }
        last = { value: stripInlineComment(pair[2]), line: index + 1 };
        section.set(pair[1].trim().toLowerCase().replace(/_/g, '-'), last);
    }
    return sections;
}
/** configparser's inline comments need whitespace before `#` or `;`. */
function stripInlineComment(value) {
    return value.replace(/\s[#;].*$/, '').trim();
}
/** A list value: split on commas and newlines (flake8 `ignore`, pylint `disable`). */
function iniList(value) {
    return value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/document.ts
// Pure: a configuration file read into plain data, whatever its format, with the line of each key, so the
// rules compare meaning (values) and still point at the line. JS/TS configs are read from their syntax
// tree: only literal values are taken, anything computed is UNKNOWN (never guessed).






/** A value the file computes (a call, a variable): known to exist, not known in value. */
const document_UNKNOWN = Symbol('unknown');
function formatOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/\.[cm]?[jt]s$/.test(name))
        return 'js';
    if (/\.(?:json|jsonc|json5)$/.test(name) || /^\.(?:eslintrc|c8rc|nycrc)$/.test(name))
        return 'json';
    if (/\.ya?ml$/.test(name))
        return 'yaml';
    if (name.endsWith('.toml'))
        return 'toml';
    if (/\.(?:ini|cfg)$/.test(name) || /^(?:\.coveragerc|\.flake8|\.pylintrc|pylintrc)$/.test(name))
        return 'ini';
    return undefined;
}
/** Reads `text`; throws with the parser's reason when the file is not valid in its format. */
function readConfig(path, text) {
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
    map = new WeakMap();
    set(container, key, line) {
        let keys = this.map.get(container);
        if (!keys)
            this.map.set(container, (keys = new Map()));
        keys.set(key, line);
    }
    get = (container, key) => this.map.get(container)?.get(key);
}
/** JSON with comments and trailing commas (tsconfig, .eslintrc); undefined when it is not JSON (YAML .eslintrc). */
function readJson(text) {
    const errors = [];
    const tree = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (!tree || errors.length > 0)
        return undefined;
    const line = lineIndex(text);
    const lines = new Lines();
    const build = (node) => {
        if (node.type === 'object') {
            const out = {};
            for (const property of node.children ?? []) {
                const [key, value] = property.children ?? [];
                if (!key || !value)
                    continue;
                out[String(key.value)] = build(value);
                lines.set(out, String(key.value), line(key.offset));
            }
            return out;
        }
        if (node.type === 'array')
            return (node.children ?? []).map(build);
        return node.value;
    };
    return { format: 'data', root: build(tree), lineOf: lines.get };
}
function readYaml(text) {
    const document = yaml_dist.parseDocument(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: false });
    if (document.errors.length > 0)
        throw new Error(document.errors[0].message.split('\n')[0]);
    const line = lineIndex(text);
    const lines = new Lines();
    const build = (node) => {
        if ((0,yaml_dist.isMap)(node)) {
            const out = {};
            for (const pair of node.items) {
                const key = (0,yaml_dist.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
                out[key] = build(pair.value);
                const range = pair.key?.range;
                if (range)
                    lines.set(out, key, line(range[0]));
            }
            return out;
        }
        if ((0,yaml_dist.isSeq)(node))
            return node.items.map(build);
        if ((0,yaml_dist.isScalar)(node))
            return node.value;
        return null;
    };
    return { format: 'data', root: build(document.contents), lineOf: lines.get };
}
/**
 * smol-toml gives no positions: a key's line is its `key =` line within the table that holds it (found by
 * the table's `[header]`), else the first such line in the file.
 */
function readToml(text) {
    const root = (0,dist/* parse */.qg)(text);
    const tablePaths = new WeakMap();
    const walk = (value, path) => {
        if (Array.isArray(value))
            value.forEach((item) => walk(item, path));
        else if (typeof value === 'object' && value !== null) {
            tablePaths.set(value, path.join('.'));
            for (const [key, child] of Object.entries(value))
                walk(child, [...path, key]);
        }
    };
    walk(root, []);
    const textLines = text.split(/\r?\n/);
    const headers = textLines.map((line) => /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line)?.[1]?.replace(/\s*\.\s*/g, '.').replace(/["']/g, ''));
    const lineOf = (container, key) => {
        const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern = new RegExp(`^\\s*["']?${escaped}["']?\\s*=`);
        const table = tablePaths.get(container);
        let inTable = table === '';
        for (let index = 0; index < textLines.length; index++) {
            if (headers[index] !== undefined)
                inTable = headers[index] === table;
            else if (inTable && pattern.test(textLines[index]))
                return index + 1;
        }
        const anywhere = textLines.findIndex((line) => pattern.test(line));
        return anywhere < 0 ? undefined : anywhere + 1;
    };
    return { format: 'data', root, lineOf };
}
/**
 * A JS/TS config: the literal data of its default export (`export default`, `module.exports =`), looking
 * through calls such as `defineConfig({...})` or `tseslint.config(a, b)` (each argument becomes one entry).
 */
function readJs(path, text) {
    const file = parseProgram(text, path);
    const lines = new Lines();
    const exported = [];
    const program = file['program'];
    const bindings = topLevelBindings(program);
    const resolving = new Set();
    /** Follows `const name = ...` once per name, so a self-reference cannot loop. */
    function resolve(node, read, otherwise) {
        const name = String(node['name']);
        const bound = bindings.get(name);
        if (!bound || resolving.has(name))
            return otherwise;
        resolving.add(name);
        try {
            return read(bound);
        }
        finally {
            resolving.delete(name);
        }
    }
    for (const statement of program['body'] ?? []) {
        if (statement.type === 'ExportDefaultDeclaration')
            exported.push(...unwrap(statement['declaration']));
        if (statement.type === 'ExpressionStatement') {
            const expression = statement['expression'];
            if (expression.type === 'AssignmentExpression' && isModuleExports(expression['left'])) {
                exported.push(...unwrap(expression['right']));
            }
        }
    }
    function unwrap(node) {
        if (!node)
            return [];
        if (node.type === 'CallExpression')
            return (node['arguments'] ?? []).flatMap(unwrap);
        if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression') {
            return unwrap(node['expression']);
        }
        if (node.type === 'ArrowFunctionExpression' && node['body'].type !== 'BlockStatement')
            return unwrap(node['body']);
        if (node.type === 'Identifier')
            return resolve(node, unwrap, [document_UNKNOWN]);
        if (node.type === 'ArrayExpression') {
            return (node['elements'] ?? []).flatMap((element) => !element ? [] : element.type === 'SpreadElement' ? [document_UNKNOWN] : [literal(element)]);
        }
        return [literal(node)];
    }
    function literal(node) {
        switch (node.type) {
            case 'ObjectExpression': {
                const out = {};
                for (const property of node['properties'] ?? []) {
                    if (property.type !== 'ObjectProperty' || property['computed'])
                        continue;
                    const key = property['key'];
                    const name = key.type === 'Identifier' ? String(key['name']) : key.type === 'StringLiteral' || key.type === 'NumericLiteral' ? String(key['value']) : undefined;
                    if (name === undefined)
                        continue;
                    out[name] = literal(property['value']);
                    lines.set(out, name, key.loc?.start.line ?? 1);
                }
                return out;
            }
            case 'ArrayExpression':
                return (node['elements'] ?? []).map((element) => (element && element.type !== 'SpreadElement' ? literal(element) : document_UNKNOWN));
            case 'StringLiteral':
            case 'NumericLiteral':
            case 'BooleanLiteral':
                return node['value'];
            case 'NullLiteral':
                return null;
            case 'UnaryExpression': {
                const argument = node['argument'];
                if (node['operator'] === '-' && argument.type === 'NumericLiteral')
                    return -Number(argument['value']);
                return document_UNKNOWN;
            }
            case 'TemplateLiteral':
                return (node['expressions'] ?? []).length === 0 ? String(node['quasis'][0]['value'].cooked) : document_UNKNOWN;
            case 'TSAsExpression':
            case 'TSSatisfiesExpression':
            case 'ParenthesizedExpression':
                return literal(node['expression']);
            case 'Identifier':
                return resolve(node, literal, document_UNKNOWN);
            default:
                return document_UNKNOWN;
        }
    }
    return { format: 'data', root: exported.length === 1 ? exported[0] : exported, lineOf: lines.get };
}
function isModuleExports(node) {
    const object = node['object'];
    const property = node['property'];
    return node.type === 'MemberExpression' && object?.['name'] === 'module' && property?.['name'] === 'exports';
}
/** `const name = <expr>` at the top level (configs often build the object first, then export it). */
function topLevelBindings(program) {
    const bindings = new Map();
    for (const statement of program['body'] ?? []) {
        const declaration = statement.type === 'ExportNamedDeclaration' ? statement['declaration'] : statement;
        if (declaration?.type !== 'VariableDeclaration' || declaration['kind'] !== 'const')
            continue;
        for (const declarator of declaration['declarations'] ?? []) {
            const id = declarator['id'];
            if (id.type === 'Identifier' && declarator['init'])
                bindings.set(String(id['name']), declarator['init']);
        }
    }
    return bindings;
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/walk.ts

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value at a key path (`tool.ruff.lint`), or undefined. */
function at(root, ...keys) {
    let value = root;
    for (const key of keys) {
        if (!isObject(value))
            return undefined;
        value = value[key];
    }
    return value;
}
/** Every object in `root` (itself included) that has `key`, with the value at `key`. */
function objectsWithKey(root, key) {
    const out = [];
    const visit = (value) => {
        if (Array.isArray(value))
            value.forEach(visit);
        else if (isObject(value)) {
            if (key in value)
                out.push({ owner: value, value: value[key] });
            for (const child of Object.values(value))
                visit(child);
        }
    };
    visit(root);
    return out;
}
function numberOf(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim()))
        return Number(value);
    return undefined;
}
function booleanOf(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(?:true|yes|on|1)$/i.test(value.trim()))
        return true;
    if (typeof value === 'string' && /^(?:false|no|off|0)$/i.test(value.trim()))
        return false;
    return undefined;
}
/** A list of strings (TOML/JSON array, or one string split on commas). UNKNOWN entries are dropped. */
function stringsOf(value) {
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string');
    if (typeof value === 'string')
        return value.split(/[,\s]+/).filter(Boolean);
    return [];
}
function isKnown(value) {
    return value !== undefined && value !== UNKNOWN;
}
/** The line of `key` in `owner`, for data documents. */
function lineIn(document, owner, key) {
    return document.format === 'data' ? document.lineOf(owner, key) : undefined;
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/coverage.ts



const METRICS = ['lines', 'functions', 'branches', 'statements'];
const NONE = { strength: 0, shown: 'none' };
/**
 * Strength of a threshold: a percentage p is 1 + p; a negative jest threshold -n (at most n uncovered)
 * is 1 / (1 + n), so allowing more uncovered entities is weaker and any threshold beats none.
 */
function strengthOf(value) {
    return value >= 0 ? 1 + value : 1 / (1 - value);
}
function coverageSettings(path, document) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dir = dirOf(path);
    const out = [];
    const threshold = (tool, scope, metric, value, line) => {
        out.push({
            rule: 'threshold-lowered',
            id: `${dir}|${tool}|${scope}|${metric}`,
            label: `${tool} coverage threshold \`${metric}\`${scope ? ` for ${scope}` : ''}`,
            strength: strengthOf(value),
            shown: String(value),
            absent: NONE,
            file: path,
            ...(line === undefined ? {} : { line }),
        });
    };
    const flag = (tool, key, value, line) => {
        out.push({
            rule: 'threshold-lowered',
            id: `${dir}|${tool}||${key}`,
            label: `${tool} \`${key}\``,
            strength: value ? 1 : 0,
            shown: String(value),
            absent: { strength: 0, shown: 'unset' },
            file: path,
            ...(line === undefined ? {} : { line }),
        });
    };
    /** Metric keys of one object (`{ lines: 80, branches: 70, 100: true }`). */
    const metrics = (tool, scope, owner) => {
        for (const metric of METRICS) {
            const value = numberOf(owner[metric]);
            if (value !== undefined)
                threshold(tool, scope, metric, value, lineIn(document, owner, metric));
        }
        if (booleanOf(owner['100']) !== undefined)
            flag(tool, '100', booleanOf(owner['100']), lineIn(document, owner, '100'));
    };
    if (document.format === 'ini') {
        for (const [section, key] of [['report', 'fail-under'], ['coverage:report', 'fail-under']]) {
            if (section === 'report' && name !== '.coveragerc')
                continue;
            const entry = iniSection(document, section)?.get(key);
            const value = entry ? numberOf(entry.value) : undefined;
            if (entry && value !== undefined)
                threshold('coverage.py', '', 'fail_under', value, entry.line);
        }
        for (const section of ['pytest', 'tool:pytest']) {
            const entry = iniSection(document, section)?.get('addopts');
            const value = entry ? covFailUnder(entry.value) : undefined;
            if (entry && value !== undefined)
                threshold('pytest-cov', '', '--cov-fail-under', value, entry.line);
        }
        return out;
    }
    const root = document.root;
    if (name === 'pyproject.toml') {
        const report = at(root, 'tool', 'coverage', 'report');
        const failUnder = isObject(report) ? numberOf(report['fail_under']) : undefined;
        if (isObject(report) && failUnder !== undefined)
            threshold('coverage.py', '', 'fail_under', failUnder, lineIn(document, report, 'fail_under'));
        const pytestTables = [at(root, 'tool', 'pytest', 'ini_options'), at(root, 'tool', 'pytest')];
        for (const options of pytestTables) {
            if (!isObject(options))
                continue;
            const addopts = options['addopts'];
            const value = covFailUnder(Array.isArray(addopts) ? addopts.filter((a) => typeof a === 'string').join(' ') : typeof addopts === 'string' ? addopts : '');
            if (value !== undefined)
                threshold('pytest-cov', '', '--cov-fail-under', value, lineIn(document, options, 'addopts'));
        }
        return out;
    }
    // vitest: `coverage.thresholds` (with per-glob objects), or the 0.x form with metrics on `coverage`.
    for (const { value: coverage } of objectsWithKey(root, 'coverage')) {
        if (!isObject(coverage))
            continue;
        metrics('vitest', '', coverage);
        const thresholds = coverage['thresholds'];
        if (!isObject(thresholds))
            continue;
        metrics('vitest', '', thresholds);
        if (booleanOf(thresholds['perFile']) !== undefined)
            flag('vitest', 'perFile', booleanOf(thresholds['perFile']), lineIn(document, thresholds, 'perFile'));
        for (const [glob, scoped] of Object.entries(thresholds))
            if (isObject(scoped))
                metrics('vitest', glob, scoped);
    }
    // jest: `coverageThreshold: { global: {...}, './src/': {...} }`.
    for (const { value: thresholds } of objectsWithKey(root, 'coverageThreshold')) {
        if (!isObject(thresholds))
            continue;
        for (const [scope, scoped] of Object.entries(thresholds))
            if (isObject(scoped))
                metrics('jest', scope === 'global' ? '' : scope, scoped);
    }
    // c8 and nyc: their rc files, or their key in package.json.
    const tool = /^\.?c8rc/.test(name) ? 'c8' : /^(?:\.nycrc|nyc\.config\.)/.test(name) ? 'nyc' : undefined;
    const sections = tool ? [[tool, root]] : name === 'package.json' ? [['c8', at(root, 'c8')], ['nyc', at(root, 'nyc')]] : [];
    for (const [owner, options] of sections) {
        if (!isObject(options))
            continue;
        metrics(owner, '', options);
        for (const key of ['check-coverage', 'checkCoverage']) {
            const value = booleanOf(options[key]);
            if (value !== undefined)
                flag(owner, 'check-coverage', value, lineIn(document, options, key));
        }
    }
    return out;
}
/** The value of `--cov-fail-under=N` / `--cov-fail-under N` in a pytest command line. */
function covFailUnder(commandLine) {
    const match = /(?:^|\s)--cov-fail-under(?:=|\s+)["']?(\d+(?:\.\d+)?)/.exec(commandLine);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/eslint.ts


const LEVELS = ['off', 'warn', 'error'];
function eslintSettings(path, document) {
    if (document.format !== 'data')
        return [];
    const name = path.slice(path.lastIndexOf('/') + 1);
    const root = name === 'package.json' ? at(document.root, 'eslintConfig') : document.root;
    if (root === undefined)
        return [];
    const out = [];
    for (const { owner, value: rules } of objectsWithKey(root, 'rules')) {
        if (!isObject(rules))
            continue;
        const scope = scopeOf(owner['files']);
        for (const [rule, value] of Object.entries(rules)) {
            const level = levelOf(value);
            if (level === undefined)
                continue;
            out.push({
                rule: 'check-disabled',
                id: `${dirOf(path)}|eslint|${scope}|${rule}`,
                label: `ESLint rule \`${rule}\`${scope ? ` for ${scope}` : ''}`,
                strength: level,
                shown: LEVELS[level],
                absent: { strength: 0, shown: 'removed from the config' },
                file: path,
                ...(lineIn(document, rules, rule) === undefined ? {} : { line: lineIn(document, rules, rule) }),
            });
        }
    }
    return out;
}
/** 0 off, 1 warn, 2 error; `['error', {...}]` is its first element; undefined when not a literal level. */
function levelOf(value) {
    const level = Array.isArray(value) ? value[0] : value;
    if (typeof level === 'number' && level >= 0 && level <= 2 && Number.isInteger(level))
        return level;
    if (typeof level === 'string' && LEVELS.includes(level.toLowerCase()))
        return LEVELS.indexOf(level.toLowerCase());
    return undefined;
}
function scopeOf(files) {
    if (typeof files === 'string')
        return files;
    if (Array.isArray(files))
        return files.map((f) => (Array.isArray(f) ? f.join('&') : String(typeof f === 'string' ? f : '?'))).join(',');
    return '';
}

// EXTERNAL MODULE: ./src/probes/tamper/configs/paths.ts
var paths = __webpack_require__(66885);
;// CONCATENATED MODULE: ./src/probes/tamper/configs/python-lint.ts




const MYPY_FLAGS = [
    'strict',
    'disallow_untyped_defs',
    'disallow_incomplete_defs',
    'disallow_untyped_calls',
    'disallow_any_generics',
    'disallow_untyped_decorators',
    'disallow_subclassing_any',
    'check_untyped_defs',
    'no_implicit_optional',
    'no_implicit_reexport',
    'strict_equality',
    'warn_return_any',
    'warn_unused_ignores',
];
/** A code that is checked when listed (select) or when not listed (ignore). */
function code(b, tool, list, scope, value, line) {
    const checkedWhenListed = list === 'select' || list === 'enable';
    b.out.push({
        rule: 'check-disabled',
        id: `${dirOf(b.path)}|${tool}|${checkedWhenListed ? 'on' : 'off'}|${scope}|${value}`,
        label: `${tool} ${checkedWhenListed ? 'selected' : 'ignored'} code \`${value}\`${scope ? ` for ${scope}` : ''}`,
        strength: checkedWhenListed ? 1 : 0,
        shown: checkedWhenListed ? 'selected' : 'ignored',
        absent: checkedWhenListed ? { strength: 0, shown: 'no longer selected' } : { strength: 1, shown: 'not ignored' },
        file: b.path,
        ...(line === undefined ? {} : { line }),
    });
}
function number(b, tool, key, value, strength, absent, line) {
    b.out.push({ rule: 'check-disabled', id: `${dirOf(b.path)}|${tool}||${key}`, label: `${tool} \`${key}\``, strength, shown: String(value), absent, file: b.path, ...(line === undefined ? {} : { line }) });
}
function pythonLintSettings(path, document) {
    const b = { path, out: [] };
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (document.format === 'ini') {
        const flake8 = iniSection(document, 'flake8');
        if (flake8)
            flake8Settings(b, flake8);
        for (const section of ['messages control', 'pylint.messages control', 'pylint.messages_control']) {
            const control = iniSection(document, section);
            for (const list of ['disable', 'enable']) {
                const entry = control?.get(list);
                for (const value of entry ? iniList(entry.value) : [])
                    code(b, 'pylint', list, '', value, entry.line);
            }
        }
        for (const section of ['main', 'master', 'pylint.main', 'pylint.master']) {
            const entry = iniSection(document, section)?.get('fail-under');
            const value = entry ? numberOf(entry.value) : undefined;
            if (value !== undefined)
                number(b, 'pylint', 'fail-under', value, value, { strength: 10, shown: '10 (default)' }, entry.line);
        }
        for (const [section, values] of document.sections) {
            if (!/^mypy(?:-|$)/.test(section))
                continue;
            for (const flag of [...MYPY_FLAGS, 'ignore_errors']) {
                const entry = values.get(flag.replace(/_/g, '-'));
                const value = entry ? booleanOf(entry.value) : undefined;
                if (value !== undefined)
                    mypyFlag(b, section, flag, value, entry.line);
            }
        }
        return b.out;
    }
    const root = document.root;
    const ruff = name === 'pyproject.toml' ? at(root, 'tool', 'ruff') : /^\.?ruff\.toml$/.test(name) ? root : undefined;
    if (isObject(ruff)) {
        const tables = [ruff, at(ruff, 'lint')];
        for (const table of tables) {
            if (!isObject(table))
                continue;
            for (const [key, list] of [['select', 'select'], ['extend-select', 'select'], ['ignore', 'ignore'], ['extend-ignore', 'ignore']]) {
                for (const value of stringsOf(table[key]))
                    code(b, 'ruff', list, '', value, lineIn(document, table, key));
            }
            for (const key of ['per-file-ignores', 'extend-per-file-ignores']) {
                const perFile = table[key];
                if (!isObject(perFile))
                    continue;
                for (const [glob, codes] of Object.entries(perFile))
                    for (const value of stringsOf(codes))
                        code(b, 'ruff', 'ignore', glob, value, lineIn(document, perFile, glob));
            }
        }
    }
    if (name === 'pyproject.toml') {
        const pylint = at(root, 'tool', 'pylint');
        if (isObject(pylint)) {
            for (const [tableName, table] of Object.entries(pylint)) {
                if (!isObject(table))
                    continue;
                for (const list of ['disable', 'enable'])
                    for (const value of stringsOf(table[list]))
                        code(b, 'pylint', list, '', value, lineIn(document, table, list));
                const failUnder = /^(?:main|master)$/.test(tableName) ? numberOf(table['fail-under']) : undefined;
                if (failUnder !== undefined)
                    number(b, 'pylint', 'fail-under', failUnder, failUnder, { strength: 10, shown: '10 (default)' }, lineIn(document, table, 'fail-under'));
            }
        }
        const mypy = at(root, 'tool', 'mypy');
        if (isObject(mypy)) {
            for (const flag of MYPY_FLAGS) {
                const value = booleanOf(mypy[flag]);
                if (value !== undefined)
                    mypyFlag(b, 'mypy', flag, value, lineIn(document, mypy, flag));
            }
            const overrides = mypy['overrides'];
            for (const override of Array.isArray(overrides) ? overrides : []) {
                if (!isObject(override))
                    continue;
                const scope = stringsOf(override['module']).join(',');
                for (const flag of MYPY_FLAGS) {
                    const value = booleanOf(override[flag]);
                    if (value !== undefined)
                        mypyFlag(b, `mypy-${scope}`, flag, value, lineIn(document, override, flag));
                }
                if (booleanOf(override['ignore_errors']) === true)
                    mypyFlag(b, `mypy-${scope}`, 'ignore_errors', true, lineIn(document, override, 'ignore_errors'));
            }
        }
    }
    return b.out;
}
function flake8Settings(b, section) {
    for (const [key, list] of [['select', 'select'], ['extend-select', 'select'], ['ignore', 'ignore'], ['extend-ignore', 'ignore']]) {
        const entry = section.get(key);
        for (const value of entry ? iniList(entry.value) : [])
            code(b, 'flake8', list, '', value, entry.line);
    }
    for (const key of ['per-file-ignores', 'extend-per-file-ignores']) {
        const entry = section.get(key);
        if (!entry)
            continue;
        // `glob: CODE,CODE` pairs, separated by newlines or by the next `glob:` on one line.
        for (const pair of entry.value.matchAll(/([^\s:,]+)\s*:\s*([A-Z0-9, ]+)/g)) {
            for (const value of iniList(pair[2]))
                code(b, 'flake8', 'ignore', pair[1], value, entry.line);
        }
    }
    const maxLine = section.get('max-line-length');
    const lineLimit = maxLine ? numberOf(maxLine.value) : undefined;
    if (lineLimit !== undefined)
        number(b, 'flake8', 'max-line-length', lineLimit, -lineLimit, { strength: -79, shown: '79 (default)' }, maxLine.line);
    const complexity = section.get('max-complexity');
    const complexityLimit = complexity ? numberOf(complexity.value) : undefined;
    if (complexityLimit !== undefined && complexityLimit > 0) {
        number(b, 'flake8', 'max-complexity', complexityLimit, -complexityLimit, { strength: -Infinity, shown: 'unset (not checked)' }, complexity.line);
    }
}
/** `ignore_errors` is the one flag that weakens when true. */
function mypyFlag(b, scope, flag, value, line) {
    const inverse = flag === 'ignore_errors';
    b.out.push({
        rule: 'check-disabled',
        id: `${dirOf(b.path)}|${scope}|${flag}`,
        label: `mypy \`${flag}\`${scope === 'mypy' ? '' : ` in [${scope}]`}`,
        strength: inverse ? (value ? 0 : 1) : value ? 1 : 0,
        shown: String(value),
        absent: inverse ? { strength: 1, shown: 'unset' } : { strength: 0, shown: 'unset' },
        file: b.path,
        ...(line === undefined ? {} : { line }),
    });
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/tsconfig.ts

/** Flags that `strict: true` turns on unless set explicitly. */
const STRICT_FAMILY = [
    'noImplicitAny',
    'strictNullChecks',
    'strictFunctionTypes',
    'strictBindCallApply',
    'strictPropertyInitialization',
    'strictBuiltinIteratorReturn',
    'noImplicitThis',
    'alwaysStrict',
    'useUnknownInCatchVariables',
];
/** Further checks that are off unless set. */
const OPT_IN = [
    'noUncheckedIndexedAccess',
    'noImplicitReturns',
    'noFallthroughCasesInSwitch',
    'exactOptionalPropertyTypes',
    'noImplicitOverride',
    'noPropertyAccessFromIndexSignature',
    'noUnusedLocals',
    'noUnusedParameters',
    'checkJs',
];
/**
 * `identity` is the file's head path (its base path maps to it for a renamed tsconfig). A flag this file
 * leaves to the config it `extends` is inherited: unknown here, so never compared as off (moving `strict`
 * into a shared base config is not turning it off), while an explicit `false` is.
 */
function tsconfigSettings(path, identity, document) {
    if (document.format !== 'data')
        return [];
    const options = at(document.root, 'compilerOptions') ?? {};
    if (!isObject(options))
        return [];
    const extended = at(document.root, 'extends') !== undefined;
    const strict = booleanOf(options['strict']);
    const out = [];
    for (const flag of ['strict', ...STRICT_FAMILY, ...OPT_IN]) {
        const explicit = booleanOf(options[flag]);
        const implied = STRICT_FAMILY.includes(flag) ? strict : undefined;
        const effective = explicit ?? implied ?? (extended ? undefined : false);
        const line = lineIn(document, options, explicit === undefined && implied !== undefined ? 'strict' : flag);
        out.push({
            rule: 'check-disabled',
            id: `${identity}|tsc|${flag}`,
            label: `TypeScript \`${flag}\` in ${identity}`,
            strength: effective === undefined ? Number.POSITIVE_INFINITY : effective ? 1 : 0,
            shown: effective === undefined ? 'inherited (extends)' : effective ? 'on' : 'off',
            absent: { strength: 0, shown: 'off (tsconfig removed)' },
            file: path,
            ...(line === undefined ? {} : { line }),
            ...(explicit === undefined && STRICT_FAMILY.includes(flag) ? { impliedBy: `${identity}|tsc|strict` } : {}),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/workflows.ts

/** Commands that run tests, linters or type checkers, as they appear in a `run` script. */
const CHECK_COMMANDS = [
    /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+|run-script\s+)?(?:test|lint|check|typecheck|type-check|tsc|verify|ci)(?:[\w:.-]*)/,
    /\b(?:npm|pnpm|yarn)\s+t\b/,
    /\b(?:npx|pnpx|bunx|yarn\s+dlx|pnpm\s+(?:exec|dlx))\s+(?:vitest|jest|mocha|ava|tap|playwright\s+test|cypress\s+run|eslint|tsc|biome|oxlint|prettier\s+--check|stylelint)\b/,
    /(?:^|[\s;&|(])(?:vitest|jest|mocha|ava|eslint|tsc|biome\s+(?:check|lint|ci)|oxlint|stylelint)(?:\s|$)/m,
    /\b(?:pytest|py\.test|tox|nox|ruff\s+(?:check|format\s+--check)|ruff(?=\s|$)|flake8|pylint|mypy|pyright|black\s+--check|isort\s+--check)\b/,
    /\bpython\d*(?:\.\d+)?\s+-m\s+(?:pytest|unittest|mypy|pylint|flake8|ruff|tox|nox)\b/,
    /\bgo\s+(?:test|vet)\b/,
    /\b(?:golangci-lint|staticcheck|revive)\b/,
    /\bcargo\s+(?:test|nextest|clippy|fmt\s+--check|fmt\s+--\s+--check|check)\b/,
    /(?:\bmvn|\bmvnw|\.\/mvnw)\b.*\b(?:test|verify|check)\b/,
    /(?:\bgradle|\bgradlew|\.\/gradlew)\b.*\b(?:test|check|lint)\b/,
    /\b(?:make|just|task)\s+(?:test|lint|check|ci|verify)\w*/,
    /\b(?:deno\s+(?:test|lint|check)|node\s+--test|dotnet\s+test|ctest|rspec|rubocop|phpunit|phpstan|swift\s+test|mix\s+test|bundle\s+exec\s+(?:rake|rspec|rubocop))\b/,
];
/** Actions whose job is to lint or test. */
const CHECK_ACTIONS = /^(?:golangci\/golangci-lint-action|reviewdog\/[\w-]+|github\/super-linter|super-linter\/super-linter|astral-sh\/ruff-action|chartboost\/ruff-action|wearerequired\/lint-action|pre-commit\/action|psf\/black|py-actions\/flake8|actions-rs\/clippy-check|ataylorme\/eslint-annotate-action|sibiraj-s\/action-eslint|biomejs\/setup-biome|oxc-project\/oxlint-action|ricardochaves\/python-lint)$/;
/** `|| true`, `|| :`, `|| exit 0`, `|| echo ...`: the command's failure no longer fails the step. */
const SWALLOWED = /\|\|\s*(?:true|:|exit\s+0|echo\b)|;\s*(?:true|exit\s+0)\s*$/;
const ALWAYS_FALSE = /^(?:false|\$\{\{\s*false\s*\}\}|'false'|"false")$/;
function checkSteps(path, workflow, document) {
    if (document.format !== 'data' || !isObject(document.root))
        return [];
    const jobs = document.root['jobs'];
    if (!isObject(jobs))
        return [];
    const out = [];
    for (const [jobId, job] of Object.entries(jobs)) {
        if (!isObject(job) || !Array.isArray(job['steps']))
            continue;
        const jobNeutralised = neutralisedBy(job, false);
        const jobLine = jobNeutralised ? lineIn(document, job, jobNeutralised.key) : undefined;
        for (const [index, step] of job['steps'].entries()) {
            if (!isObject(step))
                continue;
            const checks = checksOf(step);
            if (checks.length === 0)
                continue;
            const label = workflows_text(step['name']) ?? workflows_text(step['id']) ?? checks.join(' ');
            const own = jobNeutralised ? undefined : neutralisedBy(step, true);
            const neutralised = jobNeutralised ? `its job \`${jobId}\` has ${jobNeutralised.why}` : own?.why;
            const line = jobLine ?? lineIn(document, step, own?.key ?? 'run') ?? lineIn(document, step, 'uses') ?? lineIn(document, step, 'name') ?? lineIn(document, jobs, jobId);
            out.push({
                workflow,
                file: path,
                job: jobId,
                key: workflows_text(step['id']) ?? workflows_text(step['name']) ?? `${checks.join(' ')}#${index}`,
                signature: checks.join(' '),
                description: `CI step \`${label}\` (job \`${jobId}\`)`,
                ...(neutralised ? { neutralised } : {}),
                ...(line === undefined ? {} : { line }),
            });
        }
    }
    return out;
}
/**
 * Check steps as settings: a running step is 2, a neutralised one 1, a removed one 0. Head steps are matched
 * to base steps by workflow, job and key, then (renamed or moved) by the checks they run.
 */
function checkStepSettings(base, head) {
    const id = (step) => `${step.workflow}|${step.job}|${step.key}`;
    const headIds = new Set(head.map(id));
    const baseIds = new Set(base.map(id));
    const unmatchedHead = head.filter((step) => !baseIds.has(id(step)));
    const alias = new Map();
    for (const step of base) {
        if (headIds.has(id(step)))
            continue;
        const twin = unmatchedHead.find((h) => h.signature === step.signature && !alias.has(h));
        if (twin)
            alias.set(twin, id(step));
    }
    const toSetting = (step, settingId) => ({
        rule: 'check-disabled',
        id: `workflow|${settingId}`,
        label: step.description,
        strength: step.neutralised ? 1 : 2,
        shown: step.neutralised ? `runs, but cannot fail the job (${step.neutralised})` : 'runs and can fail the job',
        absent: { strength: 0, shown: 'removed' },
        file: step.file,
        ...(step.line === undefined ? {} : { line: step.line }),
    });
    return {
        base: base.map((step) => toSetting(step, id(step))),
        head: head.map((step) => toSetting(step, alias.get(step) ?? id(step))),
    };
}
function checksOf(step) {
    const checks = [];
    const uses = workflows_text(step['uses']);
    const action = uses?.split('@')[0]?.toLowerCase();
    if (action && CHECK_ACTIONS.test(action))
        checks.push(action);
    const run = workflows_text(step['run']);
    if (run) {
        for (const pattern of CHECK_COMMANDS) {
            const match = pattern.exec(run);
            if (match)
                checks.push(match[0].trim().replace(/\s+/g, ' ').replace(/^[;&|(]/, ''));
        }
    }
    return [...new Set(checks)];
}
/** Why a step or job cannot fail, and the key that says so. */
function neutralisedBy(owner, isStep) {
    const continueOnError = owner['continue-on-error'];
    if (continueOnError === true || continueOnError === 'true')
        return { why: '`continue-on-error: true`', key: 'continue-on-error' };
    const condition = owner['if'];
    if (condition === false || (typeof condition === 'string' && ALWAYS_FALSE.test(condition.trim())))
        return { why: '`if: false`', key: 'if' };
    // Only on the check's own line: the runner's shell stops at the first failing line (`bash -e`), so
    // `cleanup || true` on another line does not hide the check's failure.
    const run = isStep ? workflows_text(owner['run']) : undefined;
    for (const line of run ? joinContinuations(run).split('\n') : []) {
        const swallowed = SWALLOWED.exec(line);
        if (swallowed && CHECK_COMMANDS.some((pattern) => pattern.test(line)))
            return { why: `\`${swallowed[0].trim()}\` in its command`, key: 'run' };
    }
    return undefined;
}
/** A shell script with `\`-continued lines joined into one line each. */
function joinContinuations(script) {
    return script.replace(/\\\r?\n/g, ' ');
}
function workflows_text(value) {
    return typeof value === 'string' && value.trim() ? value : undefined;
}

;// CONCATENATED MODULE: ./src/probes/tamper/configs/index.ts
// Pure: the settings each config file the tamper probe reads holds (configs/paths.ts says which files).







/** Settings of one version of a config file; `identity` is its head path (for renamed files). */
function configFacts(path, identity, text) {
    const name = (0,paths/* nameOf */.Vb)(path);
    const document = readConfig(path, text);
    const settings = [];
    if (paths/* COVERAGE */.vk.test(name) || paths/* SHARED */.SG.test(name))
        settings.push(...coverageSettings(path, document));
    if ((0,paths/* isEslintConfig */.WV)(name) || name === 'package.json')
        settings.push(...eslintSettings(path, document));
    if ((0,paths/* isTsconfig */.Wp)(name))
        settings.push(...tsconfigSettings(path, identity, document));
    if (paths/* PYTHON_LINT */.Lp.test(name) || paths/* SHARED */.SG.test(name))
        settings.push(...pythonLintSettings(path, document));
    const steps = (0,paths/* isWorkflow */._2)(identity) ? checkSteps(path, identity, document) : [];
    return { settings, steps };
}

// EXTERNAL MODULE: ./node_modules/@lezer/go/dist/index.js
var go_dist = __webpack_require__(2851);
;// CONCATENATED MODULE: ./src/probes/tamper/languages/lezer.ts
function children(node) {
    const out = [];
    for (let child = node.firstChild; child; child = child.nextSibling)
        out.push(child);
    return out;
}
/** Every descendant of `node` (not `node` itself) named `name`, in document order. */
function descendants(node, name, out = []) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.name === name)
            out.push(child);
        descendants(child, name, out);
    }
    return out;
}
function textOf(text, node) {
    return text.slice(node.from, node.to);
}
/** `[from, to]` of every node named in `names`, by one cursor pass (no node objects: big files stay cheap). */
function spans(tree, names) {
    const out = [];
    tree.iterate({
        enter(node) {
            if (names.has(node.name))
                out.push({ name: node.name, from: node.from, to: node.to });
        },
    });
    return out;
}

;// CONCATENATED MODULE: ./src/probes/tamper/languages/go.ts




const TEST_FUNCTION = /^(?:Test|Fuzz)(?![a-z])/;
const SKIPS = new Set(['Skip', 'Skipf', 'SkipNow']);
const COMMENTS = new Set(['LineComment', 'BlockComment']);
function analyzeGo(text, options) {
    const tree = go_dist/* parser */.K.parse(text);
    const line = lineIndex(text);
    const suppressions = [];
    for (const comment of spans(tree, COMMENTS)) {
        const body = text.slice(comment.from + 2, comment.to);
        for (const directive of suppressionsInComment(body, 'go'))
            suppressions.push({ ...directive, line: line(comment.from) });
    }
    if (!options.tests)
        return { tests: [], suppressions, imports: [] };
    const tests = [];
    const visit = (node, current) => {
        for (let child = node.firstChild; child; child = child.nextSibling) {
            if (child.name === 'CallExpr') {
                const selector = child.getChild('SelectorExpr');
                const field = selector?.getChild('FieldName');
                const method = field ? textOf(text, field) : '';
                if (selector && SKIPS.has(method)) {
                    current.markers.push({ kind: 'skip', text: `t.${method}`, line: line(field.from) });
                }
                else if (selector && method === 'Run') {
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
    const subtestOf = (call, parent) => {
        const args = call.getChild('Arguments');
        const name = args?.getChild('String');
        const fn = args?.getChild('FunctionLiteral');
        if (!name || !fn)
            return undefined;
        const test = {
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
        if (!name || !block || !params || !TEST_FUNCTION.test(textOf(text, name)) || !textOf(text, params).includes('testing.'))
            continue;
        const test = { name: textOf(text, name), line: line(name.from), body: bodyKey(textOf(text, block)), suite: false, markers: [] };
        tests.push(test);
        visit(block, test);
    }
    return { tests, suppressions, imports: [] };
}

// EXTERNAL MODULE: ./node_modules/@lezer/java/dist/index.js
var java_dist = __webpack_require__(29149);
;// CONCATENATED MODULE: ./src/probes/tamper/languages/java.ts




const TEST_ANNOTATIONS = new Set(['Test', 'ParameterizedTest', 'RepeatedTest', 'TestFactory', 'TestTemplate', 'Property', 'Example']);
const SKIP_ANNOTATION = /^(?:Disabled\w*|Ignore)$/;
const FOCUS_ANNOTATION = /^Only$/;
const java_COMMENTS = new Set(['LineComment', 'BlockComment']);
const SUPPRESS_ANNOTATION = /^(?:SuppressWarnings|SuppressFBWarnings|SuppressLint)$/;
function analyzeJava(text, options) {
    const tree = java_dist/* parser */.K.parse(text);
    const line = lineIndex(text);
    const tests = [];
    const suppressions = [];
    for (const comment of spans(tree, java_COMMENTS)) {
        for (const directive of suppressionsInComment(text.slice(comment.from + 2, comment.to), 'java'))
            suppressions.push({ ...directive, line: line(comment.from) });
    }
    const annotations = (modifiers) => modifiers
        ? [...modifiers.getChildren('MarkerAnnotation'), ...modifiers.getChildren('Annotation')].map((node) => {
            const id = node.getChild('Identifier') ?? node.getChild('ScopedIdentifier');
            return { name: id ? textOf(text, id).split('.').pop().trim() : '', node };
        })
        : [];
    const markersOf = (found) => found.flatMap(({ name, node }) => {
        // TestNG: `@Test(enabled = false)`.
        const disabled = name === 'Test' && /\benabled\s*=\s*false\b/.test(textOf(text, node.getChild('AnnotationArgumentList') ?? node).replace(/"[^"]*"/g, ''));
        const kind = SKIP_ANNOTATION.test(name) || disabled ? 'skip' : FOCUS_ANNOTATION.test(name) ? 'focus' : undefined;
        return kind ? [{ kind, text: disabled ? '@Test(enabled = false)' : `@${name}`, line: line(node.from) }] : [];
    });
    const visit = (node, classes) => {
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
                if (markers.length > 0 && options.tests)
                    tests.push({ name: name.join(' > '), line: line(definition.from), body: '', suite: true, markers });
                visit(child, name);
            }
            else {
                visit(child, classes);
            }
        }
    };
    visit(tree.topNode, []);
    suppressions.sort((a, b) => a.line - b.line);
    return { tests, suppressions, imports: [] };
}

// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js
var python_dist = __webpack_require__(17335);
;// CONCATENATED MODULE: ./src/probes/tamper/languages/python.ts




/** Decorators and marks by their dotted name's last parts. */
const DECORATOR_MARKERS = [
    [/(?:^|\.)mark\.(?:skip|skipif|xfail)$/, 'skip'],
    [/(?:^|\.)mark\.(?:only|focus)$/, 'focus'],
    [/^(?:unittest\.)?(?:skip|skipIf|skipUnless|expectedFailure)$/, 'skip'],
];
const python_COMMENTS = new Set(['Comment']);
/** Calls that skip at runtime (inside a test, or at module level). */
const RUNTIME_SKIPS = /^(?:pytest\.(?:skip|xfail)|self\.skipTest|(?:unittest\.)?SkipTest|(?:unittest\.case\.)?SkipTest)$/;
function analyzePython(text, options) {
    const tree = python_dist/* parser */.K.parse(text);
    const line = lineIndex(text);
    const suppressions = [];
    for (const comment of spans(tree, python_COMMENTS)) {
        for (const directive of suppressionsInComment(text.slice(comment.from + 1, comment.to), 'python')) {
            suppressions.push({ ...directive, line: line(comment.from) });
        }
    }
    if (!options.tests)
        return { tests: [], suppressions, imports: [] };
    const tests = [];
    const imports = [];
    const fileTest = { name: '(module)', line: 1, body: '', suite: true, markers: [] };
    const markersOf = (decorators) => decorators.flatMap((decorator) => {
        const args = decorator.getChild('ArgList');
        const name = text.slice(decorator.from + 1, args ? args.from : decorator.to).replace(/\s+/g, '');
        const own = classify(name, line(decorator.from), true);
        const inner = args ? descendants(args, 'MemberExpression').flatMap((m) => classify(bodyKey(textOf(text, m)), line(m.from), false)) : [];
        return [...own, ...inner];
    });
    const runtimeMarkers = (body) => descendants(body, 'CallExpression').flatMap((call) => {
        const callee = call.firstChild;
        const name = callee ? bodyKey(textOf(text, callee)) : '';
        return RUNTIME_SKIPS.test(name) ? [{ kind: 'skip', text: `${name}()`, line: line(call.from) }] : [];
    });
    const isPytestmark = (node) => node.name === 'AssignStatement' && node.firstChild !== null && textOf(text, node.firstChild) === 'pytestmark';
    const markMembers = (node) => descendants(node, 'MemberExpression').flatMap((m) => classify(bodyKey(textOf(text, m)), line(m.from), false));
    const visitBlock = (block, names) => {
        for (const statement of children(block)) {
            let node = statement;
            let decorators = [];
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
            }
            else if (node.name === 'ClassDefinition' && name && body) {
                const className = textOf(text, name);
                // `pytestmark = pytest.mark.skip` in the class body marks the class like a decorator.
                const markers = [...markersOf(decorators), ...children(body).filter(isPytestmark).flatMap(markMembers)];
                if (markers.length > 0 || /^Test/.test(className)) {
                    tests.push({ name: [...names, className].join(' > '), line: line(name.from), body: bodyKey(textOf(text, body)), suite: true, markers });
                }
                visitBlock(body, [...names, className]);
            }
            else if (names.length === 0) {
                visitModuleStatement(node);
            }
        }
    };
    const visitModuleStatement = (node) => {
        if (node.name === 'ImportStatement') {
            imports.push(...importedModules(textOf(text, node)));
        }
        else if (isPytestmark(node)) {
            fileTest.markers.push(...markMembers(node));
        }
        else if (node.name === 'ExpressionStatement' || node.name === 'IfStatement' || node.name === 'TryStatement') {
            fileTest.markers.push(...runtimeMarkers(node));
        }
    };
    visitBlock(tree.topNode, []);
    if (fileTest.markers.length > 0)
        tests.push(fileTest);
    return { tests, suppressions, imports };
}
function classify(name, line, decorator) {
    for (const [pattern, kind] of DECORATOR_MARKERS) {
        // Bare `skip` is only a marker as a decorator (`@skip`), not any attribute that happens to end so.
        if (!decorator && !name.includes('mark.') && !name.startsWith('unittest.'))
            continue;
        if (pattern.test(name))
            return [{ kind, text: `@${name}`, line }];
    }
    return [];
}
/** `from a.b import c` -> `a.b`; `from . import x` -> `.x`; `import a.b as c, d` -> `a.b`, `d`. */
function importedModules(statement) {
    const flat = statement.replace(/[()\\\n]/g, ' ').replace(/\s+/g, ' ').trim();
    const from = /^from (\S+) import (.+)$/.exec(flat);
    if (from) {
        const base = from[1];
        if (!/^\.+$/.test(base))
            return [base];
        return from[2].split(',').map((part) => base + part.trim().split(' ')[0]);
    }
    const plain = /^import (.+)$/.exec(flat);
    return plain ? plain[1].split(',').map((part) => part.trim().split(' ')[0]).filter(Boolean) : [];
}

// EXTERNAL MODULE: ./node_modules/@lezer/rust/dist/index.js
var rust_dist = __webpack_require__(8691);
;// CONCATENATED MODULE: ./src/probes/tamper/languages/rust.ts




/** Attribute paths that declare a test: `test`, `tokio::test`, `async_std::test`, `rstest`, `test_case`... */
const TEST_ATTRIBUTE = /^(?:(?:\w+::)*test|rstest|test_case|test_log::test|quickcheck|proptest)$/;
const SUPPRESSING = /^(?:allow|expect)\b|^cfg_attr\b.*\b(?:allow|expect)\s*\(/s;
function analyzeRust(text, options) {
    const tree = rust_dist/* parser */.K.parse(text);
    const line = lineIndex(text);
    const tests = [];
    const suppressions = [];
    const testOf = (item, modules) => {
        const fn = item.getChild('FunctionItem');
        const name = fn?.getChild('BoundIdentifier');
        const block = fn?.getChild('Block');
        if (!fn || !name || !block)
            return undefined;
        let isTest = false;
        const markers = [];
        for (const attribute of item.getChildren('Attribute')) {
            const meta = attribute.getChild('MetaItem');
            const path = meta?.firstChild ? textOf(text, meta.firstChild).replace(/\s+/g, '') : '';
            if (TEST_ATTRIBUTE.test(path))
                isTest = true;
            if (path === 'ignore')
                markers.push({ kind: 'skip', text: '#[ignore]', line: line(attribute.from) });
        }
        if (!isTest)
            return undefined;
        return { name: [...modules.filter(Boolean), textOf(text, name)].join(' > '), line: line(name.from), body: bodyKey(textOf(text, block)), suite: false, markers };
    };
    // One cursor pass: attributes anywhere, test functions in their modules (`mod` names kept on a stack).
    const modules = [];
    tree.iterate({
        enter(ref) {
            if (ref.name === 'Attribute' || ref.name === 'InnerAttribute') {
                const meta = ref.node.getChild('MetaItem');
                const source = meta ? collapse(textOf(text, meta)) : '';
                if (SUPPRESSING.test(source)) {
                    const written = `#${ref.name === 'InnerAttribute' ? '!' : ''}[${source}]`;
                    const keyword = /^\w+/.exec(source)[0];
                    suppressions.push({ ...directive(written, `#[${keyword}]`, source.slice(keyword.length)), line: line(ref.from) });
                }
                return false;
            }
            if (ref.name === 'AttributeItem' && options.tests) {
                const test = testOf(ref.node, modules);
                if (test)
                    tests.push(test);
            }
            if (ref.name === 'ModItem') {
                const name = ref.node.getChild('BoundIdentifier');
                modules.push(name ? textOf(text, name) : '');
            }
            return undefined;
        },
        leave(ref) {
            if (ref.name === 'ModItem')
                modules.pop();
        },
    });
    return { tests, suppressions, imports: [] };
}

// EXTERNAL MODULE: ./src/probes/tamper/languages/paths.ts
var languages_paths = __webpack_require__(50201);
;// CONCATENATED MODULE: ./src/probes/tamper/languages/index.ts






function analyze(path, text, language) {
    const tests = (0,languages_paths/* holdsTests */.S)(path, language);
    switch (language) {
        case 'javascript':
            return analyzeJavaScript(text, path, { tests });
        case 'python':
            return analyzePython(text, { tests });
        case 'go':
            return analyzeGo(text, { tests });
        case 'rust':
            return analyzeRust(text, { tests });
        case 'java':
            return analyzeJava(text, { tests });
    }
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/weakened-settings.ts

function weakenedHits(rule, base, head) {
    return weakenedSettings(base, head)
        .filter((w) => w.rule === rule)
        .map((w) => ({
        rule,
        file: w.file,
        ...(w.line === undefined ? {} : w.side === 'head' ? { line: w.line } : { baseLine: w.line }),
        subject: w.id,
        message: `${w.label} ${rule === 'threshold-lowered' ? 'lowered' : 'weakened'}: was ${w.from}, now ${w.to}.`,
        details: { setting: w.label, from: w.from, to: w.to },
    }));
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/check-disabled.ts

function checkDisabled(base, head) {
    return weakenedHits('check-disabled', base, head);
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/suppression-added.ts
function suppressionAdded(sources) {
    // Directives the PR removed somewhere (base count above head count in their file), free to reappear.
    const removed = new Map();
    const surplus = [];
    for (const source of sources) {
        const before = group(source.base?.suppressions ?? []);
        const after = group(source.head?.suppressions ?? []);
        const gone = [];
        for (const [key, old] of before) {
            const left = old.length - (after.get(key)?.length ?? 0);
            if (left > 0)
                gone.push(...old.slice(0, left));
        }
        for (const [key, now] of after) {
            let extra = now.length - (before.get(key)?.length ?? 0);
            // A directive that names fewer rules than one the PR removed from this file narrows it.
            while (extra > 0) {
                const wider = gone.findIndex((g) => g.kind === now[0].kind && covers(g, now[0]));
                if (wider < 0)
                    break;
                gone.splice(wider, 1);
                extra--;
            }
            if (extra <= 0)
                continue;
            surplus.push({ source, candidates: now.filter((s) => source.added(s.line)), count: extra, key });
        }
        for (const g of gone)
            removed.set(keyOf(g), (removed.get(keyOf(g)) ?? 0) + 1);
    }
    const hits = [];
    for (const { source, candidates, count, key } of surplus) {
        const moved = Math.min(removed.get(key) ?? 0, count);
        removed.set(key, (removed.get(key) ?? 0) - moved);
        for (const suppression of candidates.slice(0, count - moved)) {
            const target = targetLine(source, suppression);
            hits.push({
                rule: 'suppression-added',
                file: source.path,
                line: suppression.line,
                // The directive and the code it silences: stable when lines above move.
                subject: `${key}\u0000${target}`,
                message: `Suppression \`${suppression.text}\` added: the check it silences no longer reports this code.`,
                details: { directive: suppression.text },
            });
        }
    }
    return hits;
}
function keyOf(s) {
    return `${s.kind}\u0000${s.codes.join(',')}`;
}
function group(suppressions) {
    const groups = new Map();
    for (const s of suppressions) {
        const key = keyOf(s);
        const list = groups.get(key);
        if (list)
            list.push(s);
        else
            groups.set(key, [s]);
    }
    return groups;
}
/** Whether `wide` silences at least what `narrow` does (no codes: every rule). */
function covers(wide, narrow) {
    if (wide.codes.length === 0)
        return true;
    return narrow.codes.length > 0 && narrow.codes.every((code) => wide.codes.includes(code));
}
/** The code a suppression applies to: its own line, or the next non-blank line for a comment on its own. */
function targetLine(source, suppression) {
    const own = source.headLine(suppression.line);
    if (!own.startsWith('//') && !own.startsWith('#') && !own.startsWith('/*') && !own.startsWith('*'))
        return own;
    for (let line = suppression.line + 1; line < suppression.line + 20; line++) {
        const next = source.headLine(line);
        if (next && !next.startsWith('//') && !next.startsWith('#[') && !next.startsWith('#'))
            return next;
    }
    return own;
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/new-markers.ts
function newMarkers(sources, kind) {
    const baseByBody = new Map();
    const baseByName = new Map();
    for (const source of sources) {
        for (const test of source.base?.tests ?? []) {
            if (test.body)
                baseByBody.set(test.body, test);
            baseByName.set(test.name, test);
        }
    }
    const found = [];
    for (const source of sources) {
        if (!source.head)
            continue;
        const sameFile = new Map((source.base?.tests ?? []).map((t) => [t.name, t]));
        for (const test of source.head.tests) {
            const before = sameFile.get(test.name) ?? (test.body ? baseByBody.get(test.body) : undefined) ?? baseByName.get(test.name);
            const had = countTexts(before?.markers ?? [], kind);
            for (const marker of test.markers) {
                if (marker.kind !== kind)
                    continue;
                const left = had.get(marker.text) ?? 0;
                if (left > 0) {
                    had.set(marker.text, left - 1);
                    continue;
                }
                if (source.added(marker.line))
                    found.push({ source, test, marker });
            }
        }
    }
    return found;
}
function countTexts(markers, kind) {
    const counts = new Map();
    for (const marker of markers)
        if (marker.kind === kind)
            counts.set(marker.text, (counts.get(marker.text) ?? 0) + 1);
    return counts;
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/test-focused.ts

function testFocused(sources) {
    return newMarkers(sources, 'focus').map(({ source, test, marker }) => ({
        rule: 'test-focused',
        file: source.path,
        line: marker.line,
        subject: `${test.name}\u0000${marker.text}`,
        message: `\`${marker.text}\` added on \`${test.name}\`: the runner skips every test not focused.`,
        details: { test: test.name, marker: marker.text },
    }));
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/module-deleted.ts
const JS_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];
/** The deleted module's path, or undefined. */
function importedModuleDeleted(source, deleted) {
    const path = source.basePath ?? source.path;
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    switch (source.language) {
        case 'javascript':
            for (const specifier of source.base?.imports ?? []) {
                const bare = specifier.replace(/\.[cm]?js$/, '');
                if (specifier.startsWith('.')) {
                    const target = normalise(dir, bare);
                    const hit = JS_EXTENSIONS.map((ext) => target + ext).find((candidate) => deleted.has(candidate));
                    if (hit)
                        return hit;
                }
                else if (/^(?:[@~#]\/|src\/|lib\/|app\/)/.test(specifier)) {
                    // Path aliases (`@/x`, `~/x`, `#/x`) and baseUrl imports (`src/x`): matched by their path's end.
                    const tail = bare.replace(/^[@~#]\//, '');
                    const hit = [...deleted].find((path) => JS_EXTENSIONS.some((ext) => path === tail + ext || path.endsWith(`/${tail}${ext}`)));
                    if (hit)
                        return hit;
                }
            }
            return undefined;
        case 'python':
            for (const module of source.base?.imports ?? []) {
                const relative = /^(\.+)(.*)$/.exec(module);
                const base = relative ? normalise(dir, '../'.repeat(relative[1].length - 1) || '.') : '';
                const tail = (relative ? relative[2] : module).replace(/\./g, '/');
                const stem = relative ? (base ? `${base}/${tail}` : tail) : tail;
                for (const deletedPath of deleted) {
                    for (const candidate of [`${stem}.py`, `${stem}/__init__.py`]) {
                        if (deletedPath === candidate || (!relative && deletedPath.endsWith(`/${candidate}`)))
                            return deletedPath;
                    }
                }
            }
            return undefined;
        case 'go':
            // Package code lives beside its tests: a deleted non-test file of the same directory.
            for (const deletedPath of deleted) {
                if (deletedPath.endsWith('.go') && !deletedPath.endsWith('_test.go') && dirname(deletedPath) === dir)
                    return deletedPath;
            }
            return undefined;
        case 'rust':
            // Unit tests live in the module they test: deleting the file deletes both.
            return source.deleted && !/(?:^|\/)tests\//.test(path) ? path : undefined;
        case 'java': {
            const subject = /(\w+?)(?:Tests?|IT)\.java$/.exec(path)?.[1];
            if (!subject)
                return undefined;
            for (const deletedPath of deleted)
                if (deletedPath.endsWith(`/${subject}.java`) || deletedPath === `${subject}.java`)
                    return deletedPath;
            return undefined;
        }
    }
}
function dirname(path) {
    return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}
/** Joins a relative specifier to a directory and resolves `.` and `..`. */
function normalise(dir, specifier) {
    const parts = dir ? dir.split('/') : [];
    for (const part of specifier.split('/')) {
        if (part === '..')
            parts.pop();
        else if (part !== '.' && part !== '')
            parts.push(part);
    }
    return parts.join('/');
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/test-removed.ts

function testRemoved(sources, deletedPaths) {
    const headBodies = new Set();
    /** Leaf names of head cases that are new in their file (moved in from elsewhere). */
    const arrivedNames = new Set();
    for (const source of sources) {
        const before = new Set((source.base?.tests ?? []).map((t) => t.name));
        for (const test of cases(source.head?.tests)) {
            if (test.body)
                headBodies.add(test.body);
            if (!before.has(test.name))
                arrivedNames.add(leaf(test.name));
        }
    }
    const hits = [];
    for (const source of sources) {
        if (!source.base || !source.basePath)
            continue;
        const remaining = countNames(cases(source.head?.tests));
        const moduleGone = importedModuleDeleted(source, deletedPaths);
        for (const test of cases(source.base.tests)) {
            const left = remaining.get(test.name) ?? 0;
            if (left > 0) {
                remaining.set(test.name, left - 1);
                continue;
            }
            if ((test.body && headBodies.has(test.body)) || arrivedNames.has(leaf(test.name)))
                continue;
            const where = source.deleted ? `deleted with ${source.basePath}` : `deleted from ${source.basePath}`;
            hits.push({
                rule: 'test-removed',
                file: source.basePath,
                baseLine: test.line,
                subject: test.name,
                message: moduleGone
                    ? `Test \`${test.name}\` ${where}, together with ${moduleGone}, the module it tested.`
                    : `Test \`${test.name}\` ${where} and not found elsewhere in the PR: a removed test no longer guards the code it checked.`,
                ...(moduleGone ? { severity: 'info', details: { module_deleted: moduleGone } } : {}),
            });
        }
    }
    return hits;
}
/** Test cases with a body: suites are containers and `it.todo` plans are not tests yet. */
function cases(tests) {
    return (tests ?? []).filter((t) => !t.suite && !t.markers.some((m) => m.todo));
}
function countNames(tests) {
    const counts = new Map();
    for (const test of tests)
        counts.set(test.name, (counts.get(test.name) ?? 0) + 1);
    return counts;
}
function leaf(name) {
    const at = name.lastIndexOf(' > ');
    return at < 0 ? name : name.slice(at + 3);
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/test-skipped.ts

function testSkipped(sources) {
    return newMarkers(sources, 'skip').map(({ source, test, marker }) => ({
        rule: 'test-skipped',
        file: source.path,
        line: marker.line,
        subject: `${test.name}\u0000${marker.text}`,
        message: marker.todo
            ? `\`${marker.text}\` adds \`${test.name}\` as a planned test that does not run yet.`
            : `\`${marker.text}\` added: ${test.suite ? 'the tests of' : 'the test'} \`${test.name}\` no longer ${test.suite ? 'run' : 'runs'} (or ${test.suite ? 'their' : 'its'} failure no longer counts).`,
        details: { test: test.name, marker: marker.text, ...(marker.todo ? { todo: true } : {}) },
    }));
}

;// CONCATENATED MODULE: ./src/probes/tamper/rules/threshold-lowered.ts

function thresholdLowered(base, head) {
    return weakenedHits('threshold-lowered', base, head);
}

;// CONCATENATED MODULE: ./src/probes/tamper/analyse.ts
// Pure: the changed files' base and head texts -> every tamper rule's hits. Files are analysed only when
// they can matter: test files always; other sources when a suppression keyword is in what the PR added or
// removed (cheap text test first, parse second), so a PR of thousands of files stays fast.












/** Words any suppression directive contains; a file without one in its changed text cannot add one. */
const SUPPRESSION_HINT = /eslint|@ts-|noqa|type:\s*ignore|pylint|pyright|pyre|mypy|pytype|nolint|lint:|nosec|#!?\[\s*(?:allow|expect|cfg_attr)|@Suppress|NOSONAR|noinspection|NOPMD|CPD-OFF|CHECKSTYLE|istanbul|c8 |v8 |node:coverage|biome-ignore|oxlint|deno-lint|tslint|jshint|stylelint|pragma|revive:|coverage:ignore/i;
/**
 * `deletedPaths`: every path the PR deletes (renamed-away paths included), to recognise a test deleted
 * together with the module it tested.
 */
function analyse(files, deletedPaths) {
    const unreadable = [];
    const sources = [];
    const settings = { base: [], head: [] };
    const steps = { base: [], head: [] };
    let configsAnalysed = 0;
    for (const { file, base, head } of files) {
        const basePath = file.status === 'added' ? undefined : (file.oldPath ?? file.path);
        const language = (0,languages_paths/* languageOf */.e)(file.path);
        if (language && shouldAnalyse(file, base, head, (0,languages_paths/* holdsTests */.S)(file.path, language))) {
            const read = (side, path, text) => {
                if (text === undefined)
                    return undefined;
                try {
                    return analyze(path, text, language);
                }
                catch (error) {
                    unreadable.push({ path, side, reason: reasonOf(error) });
                    return undefined;
                }
            };
            const headLines = head?.split('\n');
            const headFacts = file.status === 'deleted' ? undefined : read('head', file.path, head);
            // A head that cannot be read is unknown, not empty: its base is left out too (nothing counts as removed).
            const headUnknown = file.status !== 'deleted' && headFacts === undefined;
            const baseFacts = basePath && !headUnknown ? read('base', basePath, base) : undefined;
            sources.push({
                path: file.status === 'deleted' ? (basePath ?? file.path) : file.path,
                ...(basePath ? { basePath } : {}),
                deleted: file.status === 'deleted',
                language,
                ...(baseFacts ? { base: baseFacts } : {}),
                ...(headFacts ? { head: headFacts } : {}),
                added: (line) => (0,parse/* isAddedLine */.Hw)(file, line),
                headLine: (line) => headLines?.[line - 1]?.trim() ?? '',
            });
        }
        if ((0,paths/* isConfigPath */.Co)(file.path) || (basePath && (0,paths/* isConfigPath */.Co)(basePath))) {
            configsAnalysed++;
            const read = (side, path, text) => {
                if (text === undefined || !(0,paths/* isConfigPath */.Co)(path))
                    return true;
                try {
                    const facts = configFacts(path, file.path, text);
                    settings[side].push(...facts.settings);
                    steps[side].push(...facts.steps);
                    return true;
                }
                catch (error) {
                    unreadable.push({ path, side, reason: reasonOf(error) });
                    return false;
                }
            };
            const headRead = file.status === 'deleted' || read('head', file.path, head);
            if (basePath && headRead)
                read('base', basePath, base);
        }
    }
    const stepSettings = checkStepSettings(steps.base, steps.head);
    const baseSettings = [...settings.base, ...stepSettings.base];
    const headSettings = [...settings.head, ...stepSettings.head];
    const hits = [
        ...testRemoved(sources, deletedPaths),
        ...testSkipped(sources),
        ...testFocused(sources),
        ...suppressionAdded(sources),
        ...thresholdLowered(baseSettings, headSettings),
        ...checkDisabled(baseSettings, headSettings),
    ];
    return { hits, unreadable, sourcesAnalysed: sources.length, configsAnalysed };
}
function shouldAnalyse(file, base, head, tests) {
    if (tests)
        return true;
    if (head !== undefined && addedText(file, head).some((line) => SUPPRESSION_HINT.test(line)))
        return true;
    return file.removed > 0 && base !== undefined && SUPPRESSION_HINT.test(base);
}
function addedText(file, head) {
    if (file.addedRanges.length === 0)
        return [];
    const lines = head.split('\n');
    return file.addedRanges.flatMap((range) => lines.slice(range.start - 1, range.end));
}
function reasonOf(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
}


/***/ })

};
