import { describe, expect, it } from 'vitest';
import { buildEvidence, sortFindings } from '../../src/evidence/build.js';
import { canonicalJson, integrityHash } from '../../src/evidence/canonical.js';
import { createRedactor, redactDeep } from '../../src/evidence/redact.js';
import { evidenceViolations } from '../../src/evidence/validate.js';
import type { Finding } from '../../src/types.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: null }], c: 'é' } })).toBe('{"a":{"c":"é","d":[2,{"x":null,"z":1}]},"b":1}');
  });

  it('orders integer-like keys by code units too, and writes arrays with undefined as null', () => {
    expect(canonicalJson({ b: { '9': 'x', '10': 'y', a: 1 }, a: [undefined, 1, { d: 1, c: [] }] })).toBe('{"a":[null,1,{"c":[],"d":1}],"b":{"10":"y","9":"x","a":1}}');
    expect(canonicalJson({ 'é': 1, z: 2, Z: 3, 'ä': 4 })).toBe('{"Z":3,"z":2,"ä":4,"é":1}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('the integrity hash ignores the integrity field and key order', () => {
    expect(integrityHash({ a: 1, b: 2, integrity: { sha256: 'x' } })).toBe(integrityHash({ b: 2, a: 1 }));
    expect(integrityHash({ a: 1 })).not.toBe(integrityHash({ a: 2 }));
  });
});

describe('createRedactor', () => {
  const ghp = `ghp_${'A1b2C3d4E5f6G7h8I9j0'}${'K1l2M3n4O5p6Q7'}`;
  const redact = createRedactor({ secrets: ['hunter2-super-secret'], home: '/home/alice' });

  it('removes known token formats, keeping only a four-character hint', () => {
    expect(redact(`token=${ghp}`)).toBe('token=ghp_[REDACTED]');
    expect(redact(`AKIA${'IOSFODNN7EXAMPLE'} done`)).toBe('AKIA[REDACTED] done');
  });

  it('removes private key blocks, URL credentials, environment secrets and the home directory', () => {
    const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nabc\n-----END RSA PRIVATE KEY-----';
    expect(redact(`x ${key} y`)).toBe('x -----BEGIN RSA PRIVATE KEY----- [REDACTED] y');
    expect(redact('postgres://app:pa55word@db:5432/x')).toBe('postgres://app:[REDACTED]@db:5432/x');
    expect(redact('pw hunter2-super-secret!')).toBe('pw [REDACTED]!');
    expect(redact('/home/alice/project/a.ts')).toBe('~/project/a.ts');
  });

  it('redactDeep walks arrays and objects', () => {
    expect(redactDeep({ a: [`${ghp}`], b: { c: 'hunter2-super-secret' }, n: 3 }, redact)).toEqual({ a: ['ghp_[REDACTED]'], b: { c: '[REDACTED]' }, n: 3 });
  });
});

describe('buildEvidence', () => {
  const f = (severity: Finding['severity'], file: string, blocking = true): Finding => ({ probe: 'static', rule: 'r', severity, blocking, message: 'm', file, fingerprint: `${file}-fingerprint` });

  it('produces a schema-valid document with a recomputable integrity hash, findings most severe first', () => {
    const evidence = buildEvidence({
      toolVersion: '0.1.0',
      runId: 'run-1',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      verdict: { verdict: 'BLOCKED', exitCode: 2, reasons: ['x'] },
      probes: [],
      findings: [f('low', 'b.ts', false), f('critical', 'a.ts'), f('high', 'c.ts')],
      config: {},
      redact: createRedactor(),
    });
    expect(evidenceViolations(evidence)).toBeUndefined();
    expect(integrityHash(evidence)).toBe(evidence.integrity.sha256);
    expect(evidence.findings.map((x) => x.severity)).toEqual(['critical', 'high', 'low']);
    expect(evidence.llm_review.status).toBe('skipped');
    expect(evidence.diff).toMatchObject({ base_sha: null, files_changed: 0 });
  });

  it('sortFindings is stable for identical input', () => {
    const list = [f('high', 'b.ts'), f('high', 'a.ts')];
    expect(sortFindings(list).map((x) => x.file)).toEqual(['a.ts', 'b.ts']);
  });

  it('the schema rejects a document missing contract fields', () => {
    expect(evidenceViolations({ schema_version: '1.0' })).toMatch(/tool: is required/);
  });
});
