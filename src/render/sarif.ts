// Pure: evidence -> SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif).
// Code scanning refuses results without a location, so only findings with a file become results; the
// others (a red build, a failing held-out item) stay in the job summary, report.md and evidence.json.
// https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Evidence } from '../evidence/types.js';
import { PROBES } from '../probes/index.js';
import type { Finding, ProbeId, Severity } from '../types.js';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/loki-verify';

/** Probes whose findings are security alerts: code scanning then shows their security severity. */
const SECURITY_PROBES: ReadonlySet<ProbeId> = new Set(PROBES.filter((p) => p.security).map((p) => p.id));

/** Code scanning maps security-severity scores to labels: >= 9 critical, >= 7 high, >= 4 medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' };

function level(finding: Finding): Result.level {
  if (finding.blocking) return 'error';
  return finding.severity === 'info' ? 'note' : 'warning';
}

export function ruleId(finding: Pick<Finding, 'probe' | 'rule'>): string {
  return `${finding.probe}/${finding.rule}`;
}

/** Repository-relative path as a URI reference (each segment percent-encoded, slashes kept). */
function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function rule(finding: Finding): ReportingDescriptor {
  const security = SECURITY_PROBES.has(finding.probe);
  return {
    id: ruleId(finding),
    name: finding.rule,
    shortDescription: { text: `${finding.probe}: ${finding.rule}` },
    properties: {
      tags: security ? ['security', finding.probe] : [finding.probe],
      ...(security ? { 'security-severity': SECURITY_SEVERITY[finding.severity] } : {}),
    },
  };
}

export function renderSarif(evidence: Evidence): Log {
  const located = evidence.findings.filter((f) => f.file !== undefined);
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const finding of located) {
    const id = ruleId(finding);
    if (!ruleIndex.has(id)) {
      ruleIndex.set(id, rules.length);
      rules.push(rule(finding));
    }
  }

  const results: Result[] = located.map((finding) => ({
    ruleId: ruleId(finding),
    ruleIndex: ruleIndex.get(ruleId(finding)) ?? 0,
    level: level(finding),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathUri(finding.file ?? ''), uriBaseId: '%SRCROOT%' },
          ...(finding.line === undefined
            ? {}
            : { region: { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) } }),
        },
      },
    ],
    partialFingerprints: { 'lokiVerify/v1': finding.fingerprint },
    properties: { probe: finding.probe, severity: finding.severity, blocking: finding.blocking },
  }));

  return {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'loki-verify', version: evidence.tool.version, informationUri: INFORMATION_URI, rules } },
        invocations: [{ executionSuccessful: evidence.verdict !== 'ERROR', exitCode: evidence.exit_code }],
        results,
        properties: {
          verdict: evidence.verdict,
          findingsWithoutLocation: evidence.findings.length - located.length,
          evidenceSha256: evidence.integrity.sha256,
        },
      },
    ],
  };
}
