// Pure: ESLint rule levels as settings (check-disabled), from legacy `.eslintrc*` / package.json
// `eslintConfig` (with `overrides`) and flat `eslint.config.*` arrays. Each `rules` object is scoped by the
// `files` beside it, so lowering a rule for some files only is seen too.
import type { ConfigDocument, ConfigValue } from './document.js';
import { dirOf, type Setting } from './settings.js';
import { at, isObject, lineIn, objectsWithKey } from './walk.js';

const LEVELS = ['off', 'warn', 'error'];

export function eslintSettings(path: string, document: ConfigDocument): Setting[] {
  if (document.format !== 'data') return [];
  const name = path.slice(path.lastIndexOf('/') + 1);
  const root = name === 'package.json' ? at(document.root, 'eslintConfig') : document.root;
  if (root === undefined) return [];
  const out: Setting[] = [];
  for (const { owner, value: rules } of objectsWithKey(root, 'rules')) {
    if (!isObject(rules)) continue;
    const scope = scopeOf(owner['files']);
    for (const [rule, value] of Object.entries(rules)) {
      const level = levelOf(value);
      if (level === undefined) continue;
      out.push({
        rule: 'check-disabled',
        id: `${dirOf(path)}|eslint|${scope}|${rule}`,
        label: `ESLint rule \`${rule}\`${scope ? ` for ${scope}` : ''}`,
        strength: level,
        shown: LEVELS[level]!,
        absent: { strength: 0, shown: 'removed from the config' },
        file: path,
        ...(lineIn(document, rules, rule) === undefined ? {} : { line: lineIn(document, rules, rule)! }),
      });
    }
  }
  return out;
}

/** 0 off, 1 warn, 2 error; `['error', {...}]` is its first element; undefined when not a literal level. */
export function levelOf(value: ConfigValue | undefined): number | undefined {
  const level = Array.isArray(value) ? value[0] : value;
  if (typeof level === 'number' && level >= 0 && level <= 2 && Number.isInteger(level)) return level;
  if (typeof level === 'string' && LEVELS.includes(level.toLowerCase())) return LEVELS.indexOf(level.toLowerCase());
  return undefined;
}

function scopeOf(files: ConfigValue | undefined): string {
  if (typeof files === 'string') return files;
  if (Array.isArray(files)) return files.map((f) => (Array.isArray(f) ? f.join('&') : String(typeof f === 'string' ? f : '?'))).join(',');
  return '';
}
