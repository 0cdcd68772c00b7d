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

/**
 * `identity` is the file's head path (its base path maps to it for a renamed tsconfig). A flag this file
 * leaves to the config it `extends` is inherited: unknown here, so never compared as off (moving `strict`
 * into a shared base config is not turning it off), while an explicit `false` is.
 */
export function tsconfigSettings(path: string, identity: string, document: ConfigDocument): Setting[] {
  if (document.format !== 'data') return [];
  const options = at(document.root, 'compilerOptions') ?? {};
  if (!isObject(options)) return [];
  const extended = at(document.root, 'extends') !== undefined;
  const strict = booleanOf(options['strict']);
  const out: Setting[] = [];
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
