// Evidence documents for the renderer tests, built by the real builder (redaction, ordering, integrity).
import { buildEvidence } from '../../src/evidence/build.js';
import { createRedactor } from '../../src/evidence/redact.js';
import type { Evidence } from '../../src/evidence/types.js';
import type { Finding, Verdict } from '../../src/types.js';
import { exitCodeOf } from '../../src/verdict/verdict.js';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    probe: 'static',
    rule: 'TS2322',
    severity: 'high',
    blocking: true,
    message: "Type 'string' is not assignable to type 'number'.",
    file: 'src/config.ts',
    line: 2,
    fingerprint: `fp-${overrides.file ?? 'src/config.ts'}-${overrides.line ?? 2}-${overrides.rule ?? 'TS2322'}-${overrides.message ?? ''}`,
    ...overrides,
  };
}

export function evidence(findings: Finding[], verdict: Verdict = findings.some((f) => f.blocking) ? 'BLOCKED' : 'VERIFIED'): Evidence {
  return buildEvidence({
    toolVersion: '0.1.0',
    runId: '9876543210-1',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    verdict: { verdict, exitCode: exitCodeOf(verdict), reasons: verdict === 'VERIFIED' ? [] : [`${findings.length} finding(s)`] },
    probes: [],
    findings,
    config: {},
    redact: createRedactor(),
  });
}
