// TOML lockfiles (Cargo.lock, poetry.lock, uv.lock), all arrays of `[[package]]` tables.
import { parse, TomlError } from 'smol-toml';
import { errorMessage } from '../../../core/errors.js';
import { LockfileParseError } from '../types.js';
import type { JsonObject } from './json.js';
import { expectKind, optional, type KeyPath } from './shape.js';

/** Each `[[package]]` table with its line and its key path (`package[3]`) for shape errors. */
export function parseTomlPackages(text: string): Array<{ entry: JsonObject; line: number | undefined; where: KeyPath }> {
  let data: Record<string, unknown>;
  try {
    data = parse(text);
  } catch (error) {
    const reason = error instanceof TomlError ? `${errorMessage(error)} (line ${error.line})` : String(error);
    throw new LockfileParseError(`not valid TOML: ${reason}`);
  }
  const packages = optional(data, 'package', 'array', []) ?? [];
  // smol-toml keeps array order, so the n-th table is the n-th `[[package]]` header.
  const headers: number[] = [];
  text.split('\n').forEach((content, index) => {
    if (/^\s*\[\[\s*package\s*\]\]/.test(content)) headers.push(index + 1);
  });
  return packages.map((entry, index) => ({ entry: expectKind(entry, 'object', ['package', index]), line: headers[index], where: ['package', index] }));
}
