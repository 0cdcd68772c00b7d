// Every folder under fixtures/dependencies/formats holds lockfiles written as their tool writes them, the
// (ecosystem, name, version) list each must give, and a malformed and a wrong-typed variant that must fail with a
// LockfileParseError naming the file (and, for the wrong type, the key path).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockfileFormat, type LockfileFormat } from '../../../src/probes/dependencies/lockfiles/index.js';
import { LockfileParseError } from '../../../src/probes/dependencies/types.js';

const FORMATS = resolve(import.meta.dirname, '../../../fixtures/dependencies/formats');

interface Expected {
  format: string;
  lockfiles: Record<string, Array<[string, string, string]>>;
  /** `name: reason` of the entries whose version cannot be looked up, per lockfile. */
  unresolved?: Record<string, string[]>;
  invalid: { lockfile: string; malformed: string; 'wrong-type'?: string };
}

/** Parses `path` in `dir` as the reader is given it by collect.ts: with the related files that exist there. */
function parseIn(dir: string, path: string, format: LockfileFormat) {
  const text = readFileSync(join(dir, path), 'utf8');
  const related = new Map<string, string>();
  let wanted = format.related?.(path, text) ?? [];
  while (wanted.length > 0) {
    const next: string[] = [];
    for (const file of wanted) {
      if (related.has(file) || file === path || !existsSync(join(dir, file))) continue;
      related.set(file, readFileSync(join(dir, file), 'utf8'));
      next.push(...(format.related?.(file, related.get(file) as string) ?? []));
    }
    wanted = next;
  }
  return format.parse(text, path, related);
}

const cases = readdirSync(FORMATS).sort();

describe.each(cases)('%s', (name) => {
  const dir = join(FORMATS, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

  it.each(Object.keys(expected.lockfiles))('%s gives the expected packages', (path) => {
    const format = lockfileFormat(path);
    expect(format?.id).toBe(expected.format);
    const packages = parseIn(dir, path, format as LockfileFormat);
    expect(packages.filter((p) => p.unresolved === undefined).map((p) => [p.ecosystem, p.name, p.version])).toEqual(expected.lockfiles[path]);
    expect(packages.filter((p) => p.unresolved !== undefined).map((p) => `${p.name}: ${p.unresolved}`)).toEqual(expected.unresolved?.[path] ?? []);
    expect(packages.every((p) => p.line === undefined || readFileSync(join(dir, path), 'utf8').split('\n').length >= p.line)).toBe(true);
  });

  it.each(['malformed', 'wrong-type'] as const)('the %s variant is a LockfileParseError naming the file', (variant) => {
    const message = expected.invalid[variant];
    if (message === undefined) return; // a line format has no types to get wrong: its malformed variant covers it
    const { lockfile } = expected.invalid;
    const format = lockfileFormat(lockfile) as LockfileFormat;
    let error: unknown;
    try {
      parseIn(join(dir, variant), lockfile, format);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LockfileParseError);
    expect((error as Error).message).toMatch(new RegExp(`^${message}`));
  });
});
