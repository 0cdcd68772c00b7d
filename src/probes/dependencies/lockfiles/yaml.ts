// YAML lockfiles (pnpm). js-yaml rather than the `yaml` package used for config: on a 5,000-package
// pnpm-lock.yaml it parses in ~100 ms where `yaml` takes over 2 s. The failsafe schema keeps every scalar a
// string, so versions such as 1.10 are never turned into numbers.
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { errorMessage } from '../../../core/errors.js';
import { LockfileParseError } from '../types.js';
import { isObject, type JsonObject } from './json.js';

export function parseYamlObject(text: string, what: string): JsonObject {
  let data: unknown;
  try {
    data = load(text, { schema: FAILSAFE_SCHEMA });
  } catch (error) {
    throw new LockfileParseError(`not valid YAML (${errorMessage(error)})`);
  }
  if (!isObject(data)) throw new LockfileParseError(`expected a YAML mapping at the top of a ${what}`);
  return data;
}

/** Line of each key directly under the top-level `section:` of a block-style YAML document, indented by 2. */
export function sectionKeyLines(text: string, section: string): Map<string, number> {
  const lines = new Map<string, number>();
  let inside = false;
  let line = 0;
  for (const content of text.split('\n')) {
    line += 1;
    if (content === '' || content.startsWith('#')) continue;
    if (!content.startsWith(' ')) {
      inside = content.startsWith(`${section}:`);
      continue;
    }
    if (!inside || content.startsWith('   ')) continue;
    const key = /^ {2}(?:'([^']*)'|"([^"]*)"|([^\s'"][^:]*(?::[^\s][^:]*)*)):(?:\s|$)/.exec(content);
    const name = key?.[1] ?? key?.[2] ?? key?.[3];
    if (name !== undefined) lines.set(name, line);
  }
  return lines;
}
