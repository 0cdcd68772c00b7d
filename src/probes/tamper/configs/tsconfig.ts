// Pure: TypeScript compiler strictness flags of a tsconfig as settings (check-disabled), by their
// effective value: `strict` turns its family on, an explicit flag overrides it.
import type { ConfigDocument } from './document.js';
import type { Setting } from './settings.js';
import { at, booleanOf, isObject, lineIn } from './walk.js';

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

export function isTsconfig(name: string): boolean {
  return /^[jt]sconfig(?:\.[\w.-]+)?\.json$/.test(name);
}

/** `identity` is the file's head path (its base path maps to it for a renamed tsconfig). */
export function tsconfigSettings(path: string, identity: string, document: ConfigDocument): Setting[] {
  if (document.format !== 'data') return [];
  const options = at(document.root, 'compilerOptions');
  if (!isObject(options)) return [];
  const strict = booleanOf(options['strict']) ?? false;
  const out: Setting[] = [];
  for (const flag of ['strict', ...STRICT_FAMILY, ...OPT_IN]) {
    const explicit = booleanOf(options[flag]);
    const effective = explicit ?? (STRICT_FAMILY.includes(flag) ? strict : false);
    const line = lineIn(document, options, explicit === undefined && STRICT_FAMILY.includes(flag) ? 'strict' : flag);
    out.push({
      rule: 'check-disabled',
      id: `${identity}|tsc|${flag}`,
      label: `TypeScript \`${flag}\` in ${identity}`,
      strength: effective ? 1 : 0,
      shown: effective ? 'on' : 'off',
      absent: { strength: 0, shown: 'off (tsconfig removed)' },
      file: path,
      ...(line === undefined ? {} : { line }),
    });
  }
  return out;
}
