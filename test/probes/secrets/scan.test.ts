import { rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import { describe, expect, it } from 'vitest';
import { PRESET_ID_PREFIX, PRESET_RULES } from '../../../src/probes/secrets/rules.js';
import { mask } from '../../../src/probes/secrets/messages.js';
import { createScanner, prefilterFor, type Scanner } from '../../../src/probes/secrets/scan.js';
import { buildSource, EVERY_LINE, type ScanSource } from '../../../src/probes/secrets/source.js';
import { filler, placeholders, samples } from './samples.js';

const scanner = createScanner();
const fullScanner = createScanner({ prefilter: false });

function addedHunk(text: string, start = 1) {
  const lines = text.split('\n');
  return { start, lines, added: new Uint8Array(lines.length).fill(1) };
}

async function scanText(text: string, file = 'file.txt', using: Scanner = scanner) {
  const source = buildSource([addedHunk(text)], using.isHot);
  return source ? scanOne(using, file, source) : [];
}

async function scanOne(using: Scanner, path: string, source: ScanSource) {
  const result = await using.scan([{ path, source }]);
  expect(result.errors).toEqual([]);
  return result.hits.map(({ entry: _entry, ...hit }) => hit);
}

describe('secret rules', () => {
  for (const sample of samples()) {
    it(`finds a ${sample.family}`, async () => {
      const hits = await scanText(sample.line, sample.file);
      expect(hits.map((h) => h.rule)).toEqual([sample.rule]);
      expect(hits[0]!.line).toBe(1);
      expect(JSON.stringify(hits)).not.toContain(sample.secret);
    });
  }

  for (const text of placeholders()) {
    it(`ignores the placeholder ${JSON.stringify(text.slice(0, 40))}`, async () => {
      expect(await scanText(text)).toEqual([]);
    });
  }

  it('reports a token inside a generic assignment once, under the specific rule', async () => {
    const github = samples().find((s) => s.rule === 'github')!;
    const hits = await scanText(`GITHUB_TOKEN="${github.secret}"`);
    expect(hits.map((h) => h.rule)).toEqual(['github']);
  });

  it('gives the line of the secret in the file and a preview of at most four characters', async () => {
    const stripe = samples().find((s) => s.rule === 'stripe')!;
    const hits = await scanText(['first line', 'second line', `key = "${stripe.secret}"`].join('\n'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.line).toBe(3);
    expect(hits[0]!.preview).toBe(`${stripe.secret.slice(0, 4)}****`);
    expect(mask('abcdefgh')).toBe('ab****');
    expect(mask('abc')).toBe('****');
  });

  it('honours secretlint-disable-line and secretlint-disable-next-line comments', async () => {
    const npm = samples().find((s) => s.rule === 'npm')!;
    expect(await scanText(`token: "${npm.secret}" # secretlint-disable-line`)).toEqual([]);
    expect(await scanText(`// secretlint-disable-next-line\ntoken: "${npm.secret}"`)).toEqual([]);
    // The comment only covers the next line: a secret two lines below is still found.
    const hits = await scanText(`// secretlint-disable-next-line\nunrelated\ntoken: "${npm.secret}"`);
    expect(hits.map((h) => h.rule)).toEqual(['npm']);
  });

  it('lets a disable comment name the rules it silences', async () => {
    const npm = samples().find((s) => s.rule === 'npm')!;
    const google = samples().find((s) => s.rule === 'google-api-key')!;
    const line = `a: "${npm.secret}", b: "${google.secret}"`;
    expect((await scanText(`${line} // secretlint-disable-line @secretlint/secretlint-rule-npm`)).map((h) => h.rule)).toEqual(['google-api-key']);
    expect((await scanText(`${line} // secretlint-disable-line loki-verify/google-api-key`)).map((h) => h.rule)).toEqual(['npm']);
  });

  it('reports only secrets on lines the commit added, and honours a disable comment on a context line', async () => {
    const npm = samples().find((s) => s.rule === 'npm')!;
    const lines = ['// secretlint-disable-next-line', `token: "${npm.secret}"`, `other: "npm_${filler(77, 36)}"`];
    const onlyContext = buildSource([{ start: 10, lines, added: Uint8Array.from([0, 0, 0]) }], scanner.isHot);
    expect(onlyContext).toBeUndefined();
    const secondAdded = buildSource([{ start: 10, lines, added: Uint8Array.from([0, 1, 0]) }], scanner.isHot)!;
    expect(await scanOne(scanner, 'a.yml', secondAdded)).toEqual([]);
    const thirdAdded = buildSource([{ start: 10, lines, added: Uint8Array.from([0, 0, 1]) }], scanner.isHot)!;
    expect((await scanOne(scanner, 'a.yml', thirdAdded)).map((h) => h.line)).toEqual([12]);
  });
});

describe('one scan per commit', () => {
  const npm = samples().find((s) => s.rule === 'npm')!;
  const entry = (path: string | undefined, text: string) => ({ ...(path ? { path } : {}), source: buildSource([addedHunk(text)], EVERY_LINE)! });

  it('attributes each secret to its own entry and line', async () => {
    const github = samples().find((s) => s.rule === 'github')!;
    const result = await fullScanner.scan([entry(undefined, `message\n${npm.line}`), entry('a.txt', 'x\ny'), entry('b.ts', `one\ntwo\n${github.line}`)]);
    expect(result.hits.map((h) => [h.entry, h.rule, h.line])).toEqual([
      [0, 'npm', 2],
      [2, 'github', 3],
    ]);
  });

  it('keeps a block disable comment inside its own file', async () => {
    const result = await fullScanner.scan([entry('a.ts', '// secretlint-disable\nconst x = 1;'), entry('b.ts', npm.line)]);
    expect(result.hits.map((h) => h.entry)).toEqual([1]);
  });

  it('lets file-name rules see the real name (an auth token in .npmrc)', async () => {
    const token = `_authToken=${filler(78, 40)}`;
    const result = await fullScanner.scan([entry('README.md', 'docs'), entry('.npmrc', `//registry.npmjs.org/:${token}`)]);
    expect(result.hits.map((h) => [h.entry, h.rule])).toEqual([[1, 'npm']]);
  });

  it('does not join a private key header in one entry to the end of a key in another', async () => {
    const key = samples().find((s) => s.family.startsWith('EC private key'))!.line.split('\n');
    const result = await fullScanner.scan([entry('a.pem', key.slice(0, 2).join('\n')), entry('b.pem', key.slice(2).join('\n'))]);
    expect(result.hits).toEqual([]);
  });
});

describe('keyword prefilter', () => {
  it('knows a keyword for every rule of the installed preset (a new preset rule must be added to PRESET_RULES)', () => {
    const presetIds = presetRules.map((rule) => rule.meta.id.slice(PRESET_ID_PREFIX.length)).sort();
    expect(Object.keys(PRESET_RULES).sort()).toEqual(presetIds);
    expect(prefilterFor()).not.toBe(EVERY_LINE);
  });

  it('finds exactly what a scan of every line finds', async () => {
    const noise = Array.from({ length: 40 }, (_, i) => `const value${i} = compute(${i}, "${filler(100 + i, 12)}");`);
    const text = [
      ...noise.slice(0, 10),
      ...samples().map((s) => s.line),
      ...noise.slice(10, 20),
      ...placeholders(),
      ...noise.slice(20),
    ].join('\n');
    const strip = (hits: Awaited<ReturnType<typeof scanText>>) => hits.map((h) => `${h.rule}:${h.line}:${h.secretHash}`).sort();
    const filtered = await scanText(text, 'mixed.txt');
    const full = await scanText(text, 'mixed.txt', fullScanner);
    expect(strip(filtered)).toEqual(strip(full));
    expect(filtered.length).toBe(samples().length);
  });

  it('keeps a private key block whole when only its header line holds a keyword', () => {
    const key = samples().find((s) => s.family.startsWith('RSA'))!.line;
    const source = buildSource([addedHunk(['x = 1', key, 'y = 2', 'z = 3'].join('\n'))], scanner.isHot)!;
    expect(source.content).toContain(key);
    expect(source.content).not.toContain('z = 3');
  });
});
