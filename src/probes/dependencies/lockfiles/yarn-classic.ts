// The yarn v1 lockfile syntax, read line by line as yarn's own tokenizer reads it: two-space indentation,
// `key value` pairs, `key:` opening a nested block, keys and values bare or as JSON strings, and top-level
// headers listing several descriptors separated by commas.
// Why not a library: @yarnpkg/parsers' PEG grammar takes ~150 ms per 1.3 MB lockfile (the 300 ms bench target
// is for a pair), and @yarnpkg/lockfile (yarn 1's parser) spends 18 s and 2 GB on one unterminated string.
import { LockfileParseError } from '../types.js';
import type { JsonObject } from './json.js';

const TOKEN = '"(?:[^"\\\\]|\\\\.)*"|[^\\s",:][^\\s,:]*(?::[^\\s,:]+)*';
const PAIR = new RegExp(`^(${TOKEN})\\s+(.+)$`);
const KEY_LIST = new RegExp(`^(?:${TOKEN})(?:,\\s*(?:${TOKEN}))*$`);
const KEY = new RegExp(TOKEN, 'g');

export interface YarnEntries {
  /** Header (descriptors joined by ", ") -> its fields, nested blocks as objects. */
  entries: JsonObject;
  /** Line of each header, by its first descriptor. */
  lines: Map<string, number>;
}

export function parseClassicYarnLock(text: string): YarnEntries {
  const entries: JsonObject = {};
  const lines = new Map<string, number>();
  const stack: Array<{ indent: number; object: JsonObject }> = [{ indent: -2, object: entries }];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trimEnd();
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    if (/^(?:<{7}|={7}|>{7})/.test(content)) throw new LockfileParseError(`line ${line}: merge conflict marker: resolve the conflict and run yarn install`);
    const indent = content.length - content.trimStart().length;
    while ((stack.at(-1)?.indent ?? -2) >= indent) stack.pop();
    const parent = stack.at(-1);
    if (!parent || indent !== parent.indent + 2) throw new LockfileParseError(`line ${line}: unexpected indentation (${indent} spaces)`);
    const body = content.slice(indent);
    if (body.endsWith(':')) {
      const header = body.slice(0, -1);
      if (!KEY_LIST.test(header)) throw new LockfileParseError(`line ${line}: "${header.slice(0, 80)}" is not a list of keys`);
      const keys = (header.match(KEY) ?? []).map((key) => unquote(key, line));
      const object: JsonObject = {};
      parent.object[keys.join(', ')] = object;
      if (indent === 0 && keys[0] !== undefined) lines.set(keys[0], line);
      stack.push({ indent, object });
      return;
    }
    const pair = PAIR.exec(body);
    if (!pair?.[1] || pair[2] === undefined) throw new LockfileParseError(`line ${line}: expected "key value" or "key:", found "${body.slice(0, 80)}"`);
    parent.object[unquote(pair[1], line)] = value(pair[2], line);
  });
  return { entries, lines };
}

function unquote(token: string, line: number): string {
  if (!token.startsWith('"')) return token;
  try {
    return JSON.parse(token) as string;
  } catch {
    throw new LockfileParseError(`line ${line}: malformed string ${token.slice(0, 80)}`);
  }
}

/** A value: one JSON string, or one bare word (numbers and booleans stay text, as versions must). */
function value(text: string, line: number): string {
  if (text.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(text)) throw new LockfileParseError(`line ${line}: unterminated or trailing text after string ${text.slice(0, 80)}`);
    return unquote(text, line);
  }
  if (/\s/.test(text)) throw new LockfileParseError(`line ${line}: unquoted value with spaces "${text.slice(0, 80)}"`);
  return text;
}
