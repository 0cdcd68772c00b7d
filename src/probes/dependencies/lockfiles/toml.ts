// TOML lockfiles (Cargo.lock, poetry.lock, uv.lock), all arrays of `[[package]]` tables.
import { parse, TomlError } from 'smol-toml';
import { errorMessage } from '../../../core/errors.js';
import { LockfileParseError } from '../types.js';
import { isObject, type JsonObject } from './json.js';

export function parseTomlPackages(text: string): Array<{ entry: JsonObject; line: number | undefined }> {
  let data: Record<string, unknown>;
  try {
    data = parse(text);
  } catch (error) {
    const reason = error instanceof TomlError ? `${errorMessage(error)} (line ${error.line})` : String(error);
    throw new LockfileParseError(`not valid TOML: ${reason}`);
  }
  const packages = data.package;
  if (packages === undefined) return [];
  if (!Array.isArray(packages)) throw new LockfileParseError('"package" is not an array of tables');
  // smol-toml keeps array order, so the n-th table is the n-th `[[package]]` header.
  const headers: number[] = [];
  text.split('\n').forEach((content, index) => {
    if (/^\s*\[\[\s*package\s*\]\]/.test(content)) headers.push(index + 1);
  });
  return packages.filter(isObject).map((entry, index) => ({ entry, line: headers[index] }));
}
