// TOML lockfiles and manifests: one parse with a clear error, and the `[[package]]` tables of Cargo.lock,
// poetry.lock and uv.lock.
import { parse, TomlError } from 'smol-toml';
import { errorMessage } from '../../../core/errors.js';
import { LockfileParseError } from '../types.js';
import type { JsonObject } from './json.js';
import { expectKind, optional, type KeyPath } from './shape.js';

/** A TOML document, or a LockfileParseError naming the line where it stops being TOML. */
export function parseTomlDocument(text: string): JsonObject {
  try {
    return parse(text);
  } catch (error) {
    const reason = error instanceof TomlError ? `${errorMessage(error)} (line ${error.line})` : String(error);
    throw new LockfileParseError(`not valid TOML: ${reason}`);
  }
}

/** Each `[[package]]` table with its line and its key path (`package[3]`) for shape errors. */
export function parseTomlPackages(text: string): Array<{ entry: JsonObject; line: number | undefined; where: KeyPath }> {
  const data = parseTomlDocument(text);
  const packages = optional(data, 'package', 'array', []) ?? [];
  const headers = tableHeaderLines(text, 'package');
  return packages.map((entry, index) => ({ entry: expectKind(entry, 'object', ['package', index]), line: headers[index], where: ['package', index] }));
}

/** Line of each `[[table]]` header in order: smol-toml keeps array order, so the n-th entry is at the n-th. */
export function tableHeaderLines(text: string, table: string): number[] {
  const header = new RegExp(`^\\s*\\[\\[\\s*${table}\\s*\\]\\]`);
  const lines: number[] = [];
  text.split('\n').forEach((content, index) => {
    if (header.test(content)) lines.push(index + 1);
  });
  return lines;
}
