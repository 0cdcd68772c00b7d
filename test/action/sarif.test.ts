import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Result } from 'sarif';
import { renderSarif } from '../../src/render/sarif.js';
import type { Finding } from '../../src/types.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { evidence, finding } from './evidence-fixture.js';

// The SARIF 2.1.0 JSON schema (draft-04) as @microsoft/jest-sarif ships it: lib/schemas/sarif-2.1.0-rtm.5.json.
const SARIF_SCHEMA = JSON.parse(readFileSync(join(PROJECT_ROOT, 'fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// Both are CommonJS; under NodeNext their default exports arrive as the module objects.
const AjvDraft04 = AjvDraft04Module as unknown as typeof AjvDraft04Module.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// The schema's `language` pattern (`...]?$`) is not valid under the u flag: ECMAScript rules without it, as the schema's authors meant.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SARIF_SCHEMA);

function advisory(id: string, overrides: Partial<Finding> & { details?: Record<string, unknown> }): Finding {
  const { details, ...rest } = overrides;
  return finding({
    probe: 'dependencies',
    rule: 'dependencies/vulnerable-dependency',
    file: 'package-lock.json',
    line: 12,
    message: `lodash 4.17.20 (npm) has ${id}`,
    fingerprint: `fp-${id}`,
    details: { ecosystem: 'npm', package: 'lodash', version: '4.17.20', vulnerability: id, aliases: [`CVE-${id}`], summary: `summary of ${id}`, ...details },
    ...rest,
  });
}

describe('renderSarif', () => {
  const doc = evidence([
    finding({ probe: 'secrets', rule: 'github', severity: 'critical', message: 'GitHub token (redacted)', file: 'src/a b/config.ts', line: 3, column: 17, details: { title: 'GitHub token' } }),
    finding({ blocking: false, severity: 'low', rule: 'no-console', file: 'src/app.ts', line: 9, details: { tool: 'eslint' } }),
    finding({ blocking: false, severity: 'info', rule: 'TS2322', file: 'src/other.ts', line: 1, details: { tool: 'tsc' } }),
    finding({ probe: 'test', rule: 'test-run-failed', file: undefined, line: undefined }),
    finding({ probe: 'heldout', rule: 'heldout/file-in-working-tree', severity: 'medium', blocking: false, file: 'checks.yml', line: undefined }),
    advisory('GHSA-crit-0000-0001', { severity: 'critical', details: { severity: 'critical', cvss_score: 9.8 } }),
    advisory('GHSA-medi-0000-0002', { severity: 'medium', blocking: false, details: { severity: 'medium' } }),
    // Pre-existing: the finding is informational, the advisory keeps its own rating.
    advisory('GHSA-high-0000-0003', { rule: 'dependencies/pre-existing-vulnerability', severity: 'info', blocking: false, details: { severity: 'high' } }),
  ]);
  const log = renderSarif(doc);
  const run = log.runs[0]!;
  const rules = Object.fromEntries((run.tool.driver.rules ?? []).map((r) => [r.id, r]));
  const byRule = Object.fromEntries((run.results ?? []).map((r) => [r.ruleId, r]));

  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    // The validator is real: a result without a message is refused.
    const broken = structuredClone(log);
    delete (broken.runs[0]!.results![0] as Partial<Result>).message;
    expect(validateSarif(broken)).toBe(false);
  });

  it('is SARIF 2.1.0 with the tool, its version and the verdict', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(run.tool.driver).toMatchObject({ name: 'loki-verify', version: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(run.invocations).toEqual([{ executionSuccessful: true, exitCode: 2 }]);
    expect(run.properties).toMatchObject({ verdict: 'BLOCKED', findingsWithoutLocation: 1, evidenceSha256: doc.integrity.sha256 });
  });

  it('gives every result a location (code scanning refuses results without one), so file-less findings stay out', () => {
    expect(run.results).toHaveLength(7);
    expect(run.results?.every((r) => r.locations?.length === 1)).toBe(true);
    expect(Object.keys(byRule)).not.toContain('test/test-run-failed');
  });

  it('maps levels, regions, encoded paths, fingerprints and rule indexes', () => {
    const secret = byRule['secrets/github']!;
    expect(secret.level).toBe('error');
    expect(secret.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/a%20b/config.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 17 },
    });
    expect(secret.partialFingerprints).toEqual({ 'lokiVerify/v1': expect.any(String) });
    expect(byRule['static/no-console']?.level).toBe('warning');
    expect(byRule['static/TS2322']?.level).toBe('note');
    expect(byRule['heldout/file-in-working-tree']?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
    for (const result of run.results ?? []) {
      expect(run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
  });

  it('names each rule once by its probe, never twice', () => {
    expect(Object.keys(rules).sort()).toEqual([
      'dependencies/GHSA-crit-0000-0001',
      'dependencies/GHSA-high-0000-0003',
      'dependencies/GHSA-medi-0000-0002',
      'heldout/file-in-working-tree',
      'secrets/github',
      'static/TS2322',
      'static/no-console',
    ]);
  });

  it('gives every advisory its own rule, with its own security severity, OSV link and description', () => {
    expect(rules['dependencies/GHSA-crit-0000-0001']?.properties?.['security-severity']).toBe('9.8');
    expect(rules['dependencies/GHSA-medi-0000-0002']?.properties?.['security-severity']).toBe('5.5');
    expect(rules['dependencies/GHSA-high-0000-0003']?.properties?.['security-severity']).toBe('8.0');
    const medium = rules['dependencies/GHSA-medi-0000-0002']!;
    expect(medium.helpUri).toBe('https://osv.dev/vulnerability/GHSA-medi-0000-0002');
    expect(medium.fullDescription?.text).toBe('GHSA-medi-0000-0002 (also CVE-GHSA-medi-0000-0002) affects lodash (npm): summary of GHSA-medi-0000-0002');
    expect(medium.help?.markdown).toContain('[GHSA-medi-0000-0002](https://osv.dev/vulnerability/GHSA-medi-0000-0002)');
    expect(medium.properties?.tags).toEqual(['security', 'dependencies']);
    expect(byRule['dependencies/GHSA-medi-0000-0002']?.properties).toMatchObject({ rule: 'dependencies/vulnerable-dependency', severity: 'medium' });
  });

  it('describes and links every rule: secrets, eslint and tsc rules, the gate\'s own', () => {
    for (const rule of Object.values(rules)) {
      expect(rule.shortDescription?.text, rule.id).toBeTruthy();
      expect(rule.fullDescription?.text, rule.id).toBeTruthy();
      expect(rule.help?.markdown, rule.id).toBeTruthy();
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\//);
    }
    expect(rules['secrets/github']).toMatchObject({ shortDescription: { text: 'GitHub token committed' }, properties: { tags: ['security', 'secrets'], 'security-severity': '9.5' } });
    expect(rules['secrets/github']?.help?.markdown).toMatch(/Revoke or rotate/);
    expect(rules['static/no-console']).toMatchObject({ helpUri: 'https://eslint.org/docs/latest/rules/no-console', properties: { tags: ['static'] } });
    expect(rules['static/TS2322']?.helpUri).toMatch(/docs\/static\.md$/);
    expect(rules['heldout/file-in-working-tree']?.fullDescription?.text).toMatch(/inside the working tree/);
  });

  it('is deterministic: the same evidence gives the same bytes', () => {
    expect(JSON.stringify(renderSarif(doc))).toBe(JSON.stringify(log));
  });
});
