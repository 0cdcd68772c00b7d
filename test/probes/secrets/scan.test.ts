import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../../src/probes/secrets/rules/index.js';
import { createScanner, mask, type Scanner } from '../../../src/probes/secrets/scan.js';
import { hunkFromLines } from '../../../src/probes/secrets/patch.js';
import { buildSource, EVERY_LINE, type ScanSource } from '../../../src/probes/secrets/source.js';
import { filler, placeholders, samples } from './samples.js';

const scanner = createScanner();
const fullScanner = createScanner({ prefilter: false });

function addedHunk(text: string, start = 1) {
  return hunkFromLines(start, text.split('\n'));
}

function scanText(text: string, file = 'file.txt', using: Scanner = scanner) {
  const source = buildSource([addedHunk(text)], using.isHot);
  return source ? scanOne(using, file, source) : [];
}

function scanOne(using: Scanner, path: string, source: ScanSource) {
  return using.scan([{ path, source }]).map(({ entry: _entry, secret: _secret, ...hit }) => hit);
}

describe('secret rules', () => {
  for (const sample of samples()) {
    it(`finds a ${sample.family}`, () => {
      const hits = scanText(sample.line, sample.file);
      expect(hits.map((h) => h.rule)).toEqual([sample.rule]);
      expect(hits[0]!.line).toBe(1);
      expect(JSON.stringify(hits)).not.toContain(sample.secret);
    });
  }

  for (const text of placeholders()) {
    it(`ignores the placeholder ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(scanText(text)).toEqual([]);
    });
  }

  it('reports a token inside a generic assignment once, under the specific rule', () => {
    const github = samples().find((s) => s.rule === 'github-pat')!;
    const hits = scanText(`GITHUB_TOKEN="${github.secret}"`);
    expect(hits.map((h) => h.rule)).toEqual(['github-pat']);
  });

  it('gives the line of the secret in the file and a preview of at most four characters', () => {
    const stripe = samples().find((s) => s.rule === 'stripe-access-token')!;
    const hits = scanText(['first line', 'second line', `key = "${stripe.secret}"`].join('\n'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.line).toBe(3);
    expect(hits[0]!.preview).toBe(`${stripe.secret.slice(0, 4)}****`);
    expect(mask('abcdefgh')).toBe('ab****');
    expect(mask('abc')).toBe('****');
  });

  it('honours gitleaks:allow, secretlint-disable-line and secretlint-disable-next-line comments', () => {
    const npm = samples().find((s) => s.rule === 'npm-access-token')!;
    expect(scanText(`token: "${npm.secret}" # gitleaks:allow`)).toEqual([]);
    expect(scanText(`token: "${npm.secret}" # secretlint-disable-line`)).toEqual([]);
    expect(scanText(`// secretlint-disable-next-line\ntoken: "${npm.secret}"`)).toEqual([]);
    // The comment only covers the next line: a secret two lines below is still found.
    const hits = scanText(`// secretlint-disable-next-line\nunrelated\ntoken: "${npm.secret}"`);
    expect(hits.map((h) => h.rule)).toEqual(['npm-access-token']);
  });

  it('lets a disable comment name the rules it silences', () => {
    const npm = samples().find((s) => s.rule === 'npm-access-token')!;
    const google = samples().find((s) => s.rule === 'gcp-api-key')!;
    const line = `a: "${npm.secret}", b: "${google.secret}"`;
    expect(scanText(`${line} // secretlint-disable-line npm-access-token`).map((h) => h.rule)).toEqual(['gcp-api-key']);
    expect(scanText(`${line} // secretlint-disable-line gcp-api-key`).map((h) => h.rule)).toEqual(['npm-access-token']);
    expect(scanText(`// secretlint-disable\n${line}\n// secretlint-enable\n${line}`).map((h) => h.line)).toEqual([4, 4]);
  });

  it('reports only secrets on lines the commit added, and honours a disable comment on a context line', () => {
    const npm = samples().find((s) => s.rule === 'npm-access-token')!;
    const lines = ['// secretlint-disable-next-line', `token: "${npm.secret}"`, `other: "npm_${filler(77, 36)}"`];
    const onlyContext = buildSource([hunkFromLines(10, lines, Uint8Array.from([0, 0, 0]))], scanner.isHot);
    expect(onlyContext).toBeUndefined();
    const secondAdded = buildSource([hunkFromLines(10, lines, Uint8Array.from([0, 1, 0]))], scanner.isHot)!;
    expect(scanOne(scanner, 'a.yml', secondAdded)).toEqual([]);
    const thirdAdded = buildSource([hunkFromLines(10, lines, Uint8Array.from([0, 0, 1]))], scanner.isHot)!;
    expect((scanOne(scanner, 'a.yml', thirdAdded)).map((h) => h.line)).toEqual([12]);
  });
});

describe('one scan per commit', () => {
  const npm = samples().find((s) => s.rule === 'npm-access-token')!;
  const entry = (path: string | undefined, text: string) => ({ ...(path ? { path } : {}), source: buildSource([addedHunk(text)], EVERY_LINE)! });

  it('attributes each secret to its own entry and line', () => {
    const github = samples().find((s) => s.rule === 'github-pat')!;
    const hits = fullScanner.scan([entry(undefined, `message\n${npm.line}`), entry('a.txt', 'x\ny'), entry('b.ts', `one\ntwo\n${github.line}`)]);
    expect(hits.map((h) => [h.entry, h.rule, h.line])).toEqual([
      [0, 'npm-access-token', 2],
      [2, 'github-pat', 3],
    ]);
  });

  it('keeps a block disable comment inside its own file', () => {
    const hits = fullScanner.scan([entry('a.ts', '// secretlint-disable\nconst x = 1;'), entry('b.ts', npm.line)]);
    expect(hits.map((h) => h.entry)).toEqual([1]);
  });

  it('lets file-name rules see the real name (an auth token in .npmrc, a key store)', () => {
    const token = `_authToken=${filler(78, 40)}`;
    const hits = fullScanner.scan([entry('README.md', 'docs'), entry('.npmrc', `//registry.npmjs.org/:${token}`), { path: 'android/release.jks', blob: 'ab'.repeat(20), source: entry('x', 'binary').source }]);
    expect(hits.map((h) => [h.entry, h.rule])).toEqual([
      [1, 'npmrc-auth'],
      [2, 'credential-file'],
    ]);
  });

  it('does not join a private key header in one entry to the end of a key in another', () => {
    const key = samples().find((s) => s.family.startsWith('EC private key'))!.line.split('\n');
    expect(fullScanner.scan([entry('a.pem', key.slice(0, 2).join('\n')), entry('b.pem', key.slice(2).join('\n'))])).toEqual([]);
  });
});

describe('keyword prefilter', () => {
  it('has keywords for every built-in rule, and is switched off by a rule without any', () => {
    expect(createScanner({ rules: BUILTIN_RULES }).isHot).not.toBe(EVERY_LINE);
    const bare = { id: 'x', title: 'x', keywords: [], pattern: /x/dg, placeholders: false, priority: 0 };
    expect(createScanner({ rules: [...BUILTIN_RULES, bare] }).isHot).toBe(EVERY_LINE);
    const unicode = { ...bare, keywords: ['clé'] };
    expect(createScanner({ rules: [...BUILTIN_RULES, unicode] }).isHot).toBe(EVERY_LINE);
  });

  it('finds exactly what a scan of every line finds', () => {
    const noise = Array.from({ length: 40 }, (_, i) => `const value${i} = compute(${i}, "${filler(100 + i, 12)}");`);
    const text = [
      ...noise.slice(0, 10),
      ...samples().map((s) => s.line),
      ...noise.slice(10, 20),
      ...placeholders(),
      ...noise.slice(20),
    ].join('\n');
    const strip = (hits: ReturnType<typeof scanText>) => hits.map((h) => `${h.rule}:${h.line}:${h.secretHash}`).sort();
    const filtered = scanText(text, 'mixed.txt');
    const full = scanText(text, 'mixed.txt', fullScanner);
    expect(strip(filtered)).toEqual(strip(full));
    expect(filtered.length).toBe(samples().length);
  });

  it('keeps a line whose only keyword belongs to one-line token rules only when one of them matches on it', () => {
    const token = `pat${filler(7, 14)}.${createHash('sha256').update('airtable').digest('hex')}`;
    const text = ['import { join } from "node:path";', 'const compat = pattern;', `value = "${token}"`, 'let x = 1;'].join('\n');
    const source = buildSource([addedHunk(text)], scanner.isHot)!;
    expect(source.content.split('\n')).toEqual([`value = "${token}"`, 'let x = 1;']);
    expect(scanOne(scanner, 'a.ts', source).map((h) => h.rule)).toEqual(['airtable-pat']);
  });

  it('keeps a private key block whole when only its header line holds a keyword', () => {
    const key = samples().find((s) => s.family.startsWith('RSA'))!.line;
    const source = buildSource([addedHunk(['x = 1', key, 'y = 2', 'z = 3'].join('\n'))], scanner.isHot)!;
    expect(source.content).toContain(key);
    expect(source.content).not.toContain('z = 3');
  });
});
