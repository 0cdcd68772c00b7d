import { describe, expect, it } from 'vitest';
import { RecordSplitter, type CommitRecord } from '../../../src/probes/secrets/records.js';

const sha = (digit: string, length = 40) => digit.repeat(length);

const stream = [
  `\x01${sha('a')}\0${sha('9')}\0first commit\n\nwith a body\n\0\n\ndiff --git a/x b/x\n+line with \x01 inside\n`,
  `\x01${sha('b', 64)}\0${sha('8', 64)} ${sha('7', 64)}\0second\n\0\n`,
  `\x01${sha('c')}\0\0third: \x01${sha('d')} mid-line\n\0\n\ndiff --git a/y b/y\n+\x01${sha('e')}\0\n`,
].join('');

function split(chunks: Buffer[]): CommitRecord[] {
  const splitter = new RecordSplitter();
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

describe('commit record splitter', () => {
  const whole = split([Buffer.from(stream)]);

  it('splits at commit headers only, keeping message and patch apart', () => {
    expect(whole.map((r) => r.sha)).toEqual([sha('a'), sha('b', 64), sha('c')]);
    expect(whole.map((r) => r.parents)).toEqual([[sha('9')], [sha('8', 64), sha('7', 64)], []]);
    expect(whole[0]).toEqual({ sha: sha('a'), parents: [sha('9')], message: 'first commit\n\nwith a body\n', patch: '\n\ndiff --git a/x b/x\n+line with \x01 inside\n' });
    expect(whole[2]).toEqual({ sha: sha('c'), parents: [], message: `third: \x01${sha('d')} mid-line\n`, patch: `\n\ndiff --git a/y b/y\n+\x01${sha('e')}\0\n` });
  });

  it('gives the same records however the bytes are chunked', () => {
    const bytes = Buffer.from(stream);
    expect(split([...bytes].map((b) => Buffer.from([b])))).toEqual(whole);
    for (const size of [2, 7, 41, 43, 100]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      expect(split(chunks)).toEqual(whole);
    }
  });

  it('decodes UTF-8 split across chunks', () => {
    const bytes = Buffer.from(`\x01${sha('a')}\0\0ünïcödé\0\n+ü\n`);
    expect(split([...bytes].map((b) => Buffer.from([b])))[0]).toMatchObject({ message: 'ünïcödé', patch: '\n+ü\n' });
  });

  it('returns nothing for an empty stream', () => {
    expect(split([])).toEqual([]);
  });
});
