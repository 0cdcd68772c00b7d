import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/render/sarif.js';
import { evidence, finding } from './evidence-fixture.js';

describe('renderSarif', () => {
  const doc = evidence([
    finding({ probe: 'secrets', rule: 'github', severity: 'critical', message: 'GitHub token (redacted)', file: 'src/a b/config.ts', line: 3, column: 17 }),
    finding({ blocking: false, severity: 'low', rule: 'no-console', file: 'src/app.ts', line: 9 }),
    finding({ blocking: false, severity: 'info', rule: 'TS2322', file: 'src/other.ts', line: 1 }),
    finding({ probe: 'test', rule: 'test-run-failed', file: undefined, line: undefined }),
    finding({ probe: 'dependencies', rule: 'GHSA-xxxx', severity: 'high', file: 'package-lock.json', line: undefined }),
  ]);
  const log = renderSarif(doc);
  const run = log.runs[0]!;

  it('is SARIF 2.1.0 with the tool, its version and the verdict', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(run.tool.driver).toMatchObject({ name: 'loki-verify', version: '0.1.0' });
    expect(run.invocations).toEqual([{ executionSuccessful: true, exitCode: 2 }]);
    expect(run.properties).toMatchObject({ verdict: 'BLOCKED', findingsWithoutLocation: 1, evidenceSha256: doc.integrity.sha256 });
  });

  it('gives every result a location (code scanning refuses results without one), so file-less findings stay out', () => {
    expect(run.results).toHaveLength(4);
    expect(run.results?.every((r) => r.locations?.length === 1)).toBe(true);
    expect(run.results?.map((r) => r.ruleId)).not.toContain('test/test-run-failed');
  });

  it('maps levels, regions, encoded paths, fingerprints and rule indexes', () => {
    const byRule = Object.fromEntries((run.results ?? []).map((r) => [r.ruleId, r]));
    const secret = byRule['secrets/github']!;
    expect(secret.level).toBe('error');
    expect(secret.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/a%20b/config.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 17 },
    });
    expect(secret.partialFingerprints).toEqual({ 'lokiVerify/v1': expect.any(String) });
    expect(byRule['static/no-console']?.level).toBe('warning');
    expect(byRule['static/TS2322']?.level).toBe('note');
    expect(byRule['dependencies/GHSA-xxxx']?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
    for (const result of run.results ?? []) {
      expect(run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
  });

  it('marks secrets and dependency rules as security with a severity score', () => {
    const rules = Object.fromEntries((run.tool.driver.rules ?? []).map((r) => [r.id, r]));
    expect(rules['secrets/github']?.properties).toEqual({ tags: ['security', 'secrets'], 'security-severity': '9.5' });
    expect(rules['dependencies/GHSA-xxxx']?.properties?.['security-severity']).toBe('8.0');
    expect(rules['static/no-console']?.properties).toEqual({ tags: ['static'] });
  });

  it('is deterministic: the same evidence gives the same bytes', () => {
    expect(JSON.stringify(renderSarif(doc))).toBe(JSON.stringify(log));
  });
});
