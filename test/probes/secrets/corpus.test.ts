// Recall and false-positive rate over the generated corpus, per family, and the keyword prefilter
// checked against a scan of every line over the whole corpus.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../../src/probes/secrets/rules/index.js';
import { createScanner, type Scanner } from '../../../src/probes/secrets/scan.js';
import { hunkFromLines } from '../../../src/probes/secrets/patch.js';
import { buildSource } from '../../../src/probes/secrets/source.js';
import { falseSamples, genericSamples, providerSamples, structuralSamples, type CorpusSample } from './corpus.js';

const scanner = createScanner();
const fullScanner = createScanner({ prefilter: false });

function scan(sample: CorpusSample, using: Scanner = scanner) {
  const source = buildSource([hunkFromLines(1, sample.text.split('\n'))], using.isHot);
  return source ? using.scan([{ path: sample.file, source }]) : [];
}

const trueSamples = (): CorpusSample[] => [...providerSamples(), ...genericSamples(), ...structuralSamples()];

describe('corpus: recall and false positives', () => {
  it('finds at least 95% of the true samples and reports at most 5% of the false ones', () => {
    const missed = trueSamples().filter((s) => !scan(s).some((hit) => hit.secret !== undefined && (hit.secret.includes(s.secret) || s.secret.includes(hit.secret))));
    const flagged = falseSamples().filter((s) => scan(s).length > 0);
    const recall = 1 - missed.length / trueSamples().length;
    const falsePositives = flagged.length / falseSamples().length;
    console.log(`corpus: recall ${(recall * 100).toFixed(1)}% of ${trueSamples().length}, false positives ${(falsePositives * 100).toFixed(1)}% of ${falseSamples().length}`);
    expect(missed.map((s) => `${s.rule}: ${s.text}`)).toEqual([]);
    expect(flagged.map((s) => `${s.text} -> ${scan(s).map((h) => h.rule).join(',')}`)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falsePositives).toBeLessThanOrEqual(0.05);
  });

  describe('each provider family is reported under its own rule, and never in clear', () => {
    for (const sample of [...providerSamples(), ...structuralSamples()]) {
      it(`${sample.rule} in ${sample.file}`, () => {
        const hits = scan(sample);
        expect(hits.map((h) => h.rule)).toContain(sample.rule);
        for (const hit of hits) expect(JSON.stringify({ ...hit, secret: undefined })).not.toContain(sample.secret);
      });
    }
  });

  it('has a sample for every built-in rule family it claims to cover in the corpus', () => {
    const covered = new Set(trueSamples().map((s) => s.rule));
    expect(BUILTIN_RULES.filter((r) => covered.has(r.id)).length).toBeGreaterThanOrEqual(120);
  });
});

describe('keyword prefilter', () => {
  it('finds exactly what a scan of every line finds, over the whole corpus', () => {
    const all = [...trueSamples(), ...falseSamples()];
    const noise = Array.from({ length: 30 }, (_, i) => `const value${i} = compute(${i}, "${'q'.repeat(3)}${i}");`);
    // Each sample alone, and all of them in one file among unrelated lines.
    const strip = (hits: ReturnType<typeof scan>) => hits.map((h) => `${h.rule}:${h.line}:${h.secretHash}`).sort();
    for (const sample of all) expect(strip(scan(sample)), sample.text).toEqual(strip(scan(sample, fullScanner)));
    const mixed: CorpusSample = { rule: 'mixed', file: 'mixed.txt', secret: '', text: all.flatMap((s, i) => [noise[i % noise.length]!, s.text]).join('\n') };
    expect(strip(scan(mixed))).toEqual(strip(scan(mixed, fullScanner)));
  });
});
