// Every built-in rule, most specific first.
import { CLOUD_RULES } from './cloud.js';
import { DEVTOOLS_RULES } from './devtools.js';
import { genericRule } from './generic.js';
import type { Rule } from './rule.js';
import { SERVICE_RULES } from './services.js';
import { STRUCTURAL_RULES } from './structural.js';

const SPECIFIC_RULES: readonly Rule[] = [...CLOUD_RULES, ...DEVTOOLS_RULES, ...SERVICE_RULES, ...STRUCTURAL_RULES];

export const BUILTIN_RULES: readonly Rule[] = [...SPECIFIC_RULES, genericRule(SPECIFIC_RULES.flatMap((rule) => rule.prefixes ?? []))];
