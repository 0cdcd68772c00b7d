// Pure: Python lint and type-check settings (check-disabled): ruff and flake8 selected / ignored codes and
// per-file ignores, flake8 limits, pylint disabled messages and `fail-under`, mypy strictness flags.
import type { ConfigDocument, ConfigValue } from './document.js';
import { iniList, type IniValue } from './ini.js';
import { iniSection } from './python-sections.js';
import { dirOf, type Setting } from './settings.js';
import { at, booleanOf, isObject, lineIn, numberOf, stringsOf } from './walk.js';

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

interface Builder {
  path: string;
  out: Setting[];
}

/** A code that is checked when listed (select) or when not listed (ignore). */
function code(b: Builder, tool: string, list: 'select' | 'ignore' | 'enable' | 'disable', scope: string, value: string, line: number | undefined): void {
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

function number(b: Builder, tool: string, key: string, value: number, strength: number, absent: Setting['absent'], line: number | undefined): void {
  b.out.push({ rule: 'check-disabled', id: `${dirOf(b.path)}|${tool}||${key}`, label: `${tool} \`${key}\``, strength, shown: String(value), absent, file: b.path, ...(line === undefined ? {} : { line }) });
}

export function pythonLintSettings(path: string, document: ConfigDocument): Setting[] {
  const b: Builder = { path, out: [] };
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (document.format === 'ini') {
    const flake8 = iniSection(document, 'flake8');
    if (flake8) flake8Settings(b, flake8);
    for (const section of ['messages control', 'pylint.messages control', 'pylint.messages_control']) {
      const control = iniSection(document, section);
      for (const list of ['disable', 'enable'] as const) {
        const entry = control?.get(list);
        for (const value of entry ? iniList(entry.value) : []) code(b, 'pylint', list, '', value, entry!.line);
      }
    }
    for (const section of ['main', 'master', 'pylint.main', 'pylint.master']) {
      const entry = iniSection(document, section)?.get('fail-under');
      const value = entry ? numberOf(entry.value) : undefined;
      if (value !== undefined) number(b, 'pylint', 'fail-under', value, value, { strength: 10, shown: '10 (default)' }, entry!.line);
    }
    for (const [section, values] of document.sections) {
      if (!/^mypy(?:-|$)/.test(section)) continue;
      for (const flag of [...MYPY_FLAGS, 'ignore_errors']) {
        const entry = values.get(flag.replace(/_/g, '-'));
        const value = entry ? booleanOf(entry.value) : undefined;
        if (value !== undefined) mypyFlag(b, section, flag, value, entry!.line);
      }
    }
    return b.out;
  }
  const root = document.root;
  const ruff = name === 'pyproject.toml' ? at(root, 'tool', 'ruff') : /^\.?ruff\.toml$/.test(name) ? root : undefined;
  if (isObject(ruff)) {
    const tables: Array<ConfigValue | undefined> = [ruff, at(ruff, 'lint')];
    for (const table of tables) {
      if (!isObject(table)) continue;
      for (const [key, list] of [['select', 'select'], ['extend-select', 'select'], ['ignore', 'ignore'], ['extend-ignore', 'ignore']] as const) {
        for (const value of stringsOf(table[key])) code(b, 'ruff', list, '', value, lineIn(document, table, key));
      }
      for (const key of ['per-file-ignores', 'extend-per-file-ignores']) {
        const perFile = table[key];
        if (!isObject(perFile)) continue;
        for (const [glob, codes] of Object.entries(perFile)) for (const value of stringsOf(codes)) code(b, 'ruff', 'ignore', glob, value, lineIn(document, perFile, glob));
      }
    }
  }
  if (name === 'pyproject.toml') {
    const pylint = at(root, 'tool', 'pylint');
    if (isObject(pylint)) {
      for (const [tableName, table] of Object.entries(pylint)) {
        if (!isObject(table)) continue;
        for (const list of ['disable', 'enable'] as const) for (const value of stringsOf(table[list])) code(b, 'pylint', list, '', value, lineIn(document, table, list));
        const failUnder = /^(?:main|master)$/.test(tableName) ? numberOf(table['fail-under']) : undefined;
        if (failUnder !== undefined) number(b, 'pylint', 'fail-under', failUnder, failUnder, { strength: 10, shown: '10 (default)' }, lineIn(document, table, 'fail-under'));
      }
    }
    const mypy = at(root, 'tool', 'mypy');
    if (isObject(mypy)) {
      for (const flag of MYPY_FLAGS) {
        const value = booleanOf(mypy[flag]);
        if (value !== undefined) mypyFlag(b, 'mypy', flag, value, lineIn(document, mypy, flag));
      }
      const overrides: ConfigValue | undefined = mypy['overrides'];
      for (const override of Array.isArray(overrides) ? overrides : []) {
        if (!isObject(override)) continue;
        const scope = stringsOf(override['module']).join(',');
        for (const flag of MYPY_FLAGS) {
          const value = booleanOf(override[flag]);
          if (value !== undefined) mypyFlag(b, `mypy-${scope}`, flag, value, lineIn(document, override, flag));
        }
        if (booleanOf(override['ignore_errors']) === true) mypyFlag(b, `mypy-${scope}`, 'ignore_errors', true, lineIn(document, override, 'ignore_errors'));
      }
    }
  }
  return b.out;
}

function flake8Settings(b: Builder, section: Map<string, IniValue>): void {
  for (const [key, list] of [['select', 'select'], ['extend-select', 'select'], ['ignore', 'ignore'], ['extend-ignore', 'ignore']] as const) {
    const entry = section.get(key);
    for (const value of entry ? iniList(entry.value) : []) code(b, 'flake8', list, '', value, entry!.line);
  }
  for (const key of ['per-file-ignores', 'extend-per-file-ignores']) {
    const entry = section.get(key);
    if (!entry) continue;
    // `glob: CODE,CODE` pairs, separated by newlines or by the next `glob:` on one line.
    for (const pair of entry.value.matchAll(/([^\s:,]+)\s*:\s*([A-Z0-9, ]+)/g)) {
      for (const value of iniList(pair[2]!)) code(b, 'flake8', 'ignore', pair[1]!, value, entry.line);
    }
  }
  const maxLine = section.get('max-line-length');
  const lineLimit = maxLine ? numberOf(maxLine.value) : undefined;
  if (lineLimit !== undefined) number(b, 'flake8', 'max-line-length', lineLimit, -lineLimit, { strength: -79, shown: '79 (default)' }, maxLine!.line);
  const complexity = section.get('max-complexity');
  const complexityLimit = complexity ? numberOf(complexity.value) : undefined;
  if (complexityLimit !== undefined && complexityLimit > 0) {
    number(b, 'flake8', 'max-complexity', complexityLimit, -complexityLimit, { strength: -Infinity, shown: 'unset (not checked)' }, complexity!.line);
  }
}

/** `ignore_errors` is the one flag that weakens when true. */
function mypyFlag(b: Builder, scope: string, flag: string, value: boolean, line: number | undefined): void {
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
