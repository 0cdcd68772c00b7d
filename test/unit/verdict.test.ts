import { describe, expect, it } from 'vitest';
import { DEFAULT_BLOCK_ON } from '../../src/config/defaults.js';
import type { Finding, ProbeResult, ProbeStatus } from '../../src/types.js';
import { applyPolicy, decideVerdict, type VerdictPolicy } from '../../src/verdict/verdict.js';

const policy: VerdictPolicy = { blockOn: DEFAULT_BLOCK_ON, required: new Set(['test']), deselected: new Set() };

function finding(overrides: Partial<Finding> = {}): Finding {
  return { probe: 'static', rule: 'no-eval', severity: 'high', blocking: true, message: 'm', fingerprint: 'f'.repeat(32), ...overrides };
}

function probe(id: ProbeResult['id'], status: ProbeStatus, findings: Finding[] = []): ProbeResult {
  return { id, title: id, status, summary: `${id} ${status}`, duration_ms: 1, findings, details: {} };
}

const verdictOf = (probes: ProbeResult[], emptyDiff = false, p = policy) => decideVerdict({ probes, emptyDiff }, p);

describe('decideVerdict', () => {
  it('VERIFIED only when every applicable probe passed', () => {
    expect(verdictOf([probe('test', 'pass'), probe('build', 'skipped')])).toEqual({ verdict: 'VERIFIED', exitCode: 0, reasons: [] });
  });

  it('nothing run is never VERIFIED', () => {
    expect(verdictOf([probe('build', 'skipped')], false, { ...policy, required: new Set() })).toMatchObject({ verdict: 'CONCERNS', reasons: ['no probe ran: nothing was verified'] });
  });

  it('an empty diff is CONCERNS', () => {
    expect(verdictOf([probe('test', 'pass')], true)).toMatchObject({ verdict: 'CONCERNS', exitCode: 1 });
  });

  it('inconclusive is never VERIFIED', () => {
    expect(verdictOf([probe('test', 'pass'), probe('static', 'inconclusive')])).toMatchObject({ verdict: 'CONCERNS', exitCode: 1 });
  });

  it('a blocking finding is BLOCKED, even when another probe errored', () => {
    const result = verdictOf([probe('static', 'fail', [finding()]), probe('dependencies', 'error')]);
    expect(result).toMatchObject({ verdict: 'BLOCKED', exitCode: 2 });
    expect(result.reasons[0]).toMatch(/^static: 1 blocking finding/);
  });

  it('a probe error without blocking findings is ERROR', () => {
    expect(verdictOf([probe('test', 'pass'), probe('secrets', 'error')])).toMatchObject({ verdict: 'ERROR', exitCode: 3 });
  });

  it('a skipped required probe is a concern unless the user deselected it', () => {
    expect(verdictOf([probe('test', 'skipped')])).toMatchObject({ verdict: 'CONCERNS' });
    expect(verdictOf([probe('test', 'skipped'), probe('build', 'pass')], false, { ...policy, deselected: new Set(['test']) })).toMatchObject({ verdict: 'VERIFIED' });
  });

  it('non-blocking findings are concerns; info findings are not', () => {
    expect(verdictOf([probe('static', 'pass', [finding({ severity: 'low', blocking: false })])])).toMatchObject({ verdict: 'CONCERNS' });
    expect(verdictOf([probe('dependencies', 'pass', [finding({ severity: 'info', blocking: false })])])).toMatchObject({ verdict: 'VERIFIED' });
  });

  it('the policy can relax blocking severities, never add them', () => {
    const relaxed = { ...policy, blockOn: ['critical'] as const };
    const result = verdictOf([probe('static', 'fail', [finding({ severity: 'high' })])], false, relaxed);
    expect(result).toMatchObject({ verdict: 'CONCERNS' });
    expect(applyPolicy([finding({ severity: 'low', blocking: false })], policy)[0]?.blocking).toBe(false);
  });
});
