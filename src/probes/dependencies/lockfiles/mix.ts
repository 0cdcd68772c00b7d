// mix.lock (Elixir): an Elixir map literal, `"name": {:hex, :package, "version", "hash", [managers], [deps],
// "repo", "outer_hash"}` per line as mix writes it. Git and path dependencies (`{:git, …}`) are not Hex packages.
// No JavaScript parser for Elixir terms exists on the registry; mix writes one entry per line, so each is read
// with a tokenizer for the few term kinds an entry holds, and anything else is an error rather than a skip.
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';

export function parseMixLock(text: string): Package[] {
  const trimmed = text.trim();
  if (trimmed === '' ) return [];
  if (!trimmed.startsWith('%{') || !trimmed.endsWith('}')) throw new LockfileParseError('expected an Elixir map (%{ ... }): not a mix.lock');
  const result: Package[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    const line = content.trim();
    if (line === '' || line === '%{' || line === '}' || line.startsWith('#')) return;
    const entry = /^"([^"]+)":\s*\{:(\w+),\s*(.*)\},?$/.exec(line);
    if (!entry) throw new LockfileParseError(`line ${index + 1}: expected "name": {:scm, ...}, found "${line.slice(0, 80)}"`);
    const [, key, scm, rest] = entry as unknown as [string, string, string, string];
    if (scm !== 'hex') return;
    const fields = /^:"?([\w.-]+)"?,\s*"([^"]+)"/.exec(rest);
    if (!fields) throw new LockfileParseError(`line ${index + 1}: the :hex entry for "${key}" has no package name and version`);
    const repo = /,\s*"([^"]+)",\s*"[0-9a-f]+"\s*$/.exec(rest)?.[1];
    // Packages from a private Hex organisation or another repo are not on hex.pm.
    if (repo !== undefined && repo !== 'hexpm') return;
    result.push({ ecosystem: 'Hex', name: fields[1] as string, version: fields[2] as string, line: index + 1 });
  });
  return result;
}
