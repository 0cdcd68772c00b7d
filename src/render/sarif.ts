// Pure: evidence -> SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and any
// other SARIF viewer. Code scanning refuses results without a location, so only findings with a file
// become results; the others (a red build, a failing held-out item) stay in the job summary, report.md
// and evidence.json.
// One rule per thing a reader looks up: per advisory (dependencies), per secret rule, per eslint rule or
// tsc code, per probe rule elsewhere. Code scanning reads `security-severity` from the rule, so a rule
// shared by a critical and a medium advisory would show both as critical.
// https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Evidence } from '../evidence/types.js';
import { PROBES } from '../probes/index.js';
import type { Finding, ProbeId, Severity } from '../types.js';
import { ruleId } from './format.js';
import { advisoryOf, osvUrl, PROJECT_URL, probeDocsUrl } from './links.js';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Probes whose findings are security alerts: code scanning then shows their security severity. */
const SECURITY_PROBES: ReadonlySet<ProbeId> = new Set(PROBES.filter((p) => p.security).map((p) => p.id));

/** Code scanning maps security-severity scores to labels: >= 9 critical, >= 7 high, >= 4 medium, > 0 low. */
const SECURITY_SEVERITY: Record<Severity, number> = { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0, info: 0.0 };

/** What the gate's own rules check, for the rule's full description. */
const RULE_DESCRIPTIONS: Record<string, string> = {
  'build/build-failed': "The repository's build command failed on the PR's head commit.",
  'test/test-failed': "A test failed in the repository's test command on the PR's head commit.",
  'test/test-run-failed': 'The test command failed without a failing test to point at (a crash, a compile error, a timeout).',
  'heldout/item-failed': 'A held-out acceptance check, kept out of the builder\'s sight, failed on the PR\'s head commit.',
  'heldout/item-inconclusive': 'A held-out acceptance check could not run, so the change is not verified by it.',
  'heldout/tree-changed': 'Running the held-out checks changed the working tree: they must only read it.',
  'heldout/file-in-working-tree': 'The held-out checks file is inside the working tree, where the builder can read it.',
};

function level(finding: Finding): Result.level {
  if (finding.blocking) return 'error';
  return finding.severity === 'info' ? 'note' : 'warning';
}

/** Repository-relative path as a URI reference (each segment percent-encoded, slashes kept). */
function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The advisory's own rating (CVSS score, else its label); a waived or pre-existing finding is `info` but its advisory is not. */
function advisoryScore(finding: Finding): number {
  const score = finding.details?.cvss_score;
  if (typeof score === 'number' && Number.isFinite(score)) return score;
  const rated = finding.details?.severity;
  if (typeof rated === 'string' && rated in SECURITY_SEVERITY) return SECURITY_SEVERITY[rated as Severity];
  return finding.severity === 'info' ? SECURITY_SEVERITY.medium : SECURITY_SEVERITY[finding.severity];
}

interface RuleText {
  name: string;
  short: string;
  full: string;
  markdown: string;
  helpUri: string;
}

function dependencyRule(finding: Finding, advisory: string): RuleText {
  const details = finding.details ?? {};
  const pkg = text(details.package) ?? 'a dependency';
  const ecosystem = text(details.ecosystem);
  const summary = text(details.summary);
  const aliases = Array.isArray(details.aliases) ? details.aliases.filter((a): a is string => typeof a === 'string' && a !== advisory) : [];
  const known = aliases.length ? ` (also ${aliases.join(', ')})` : '';
  const url = osvUrl(advisory);
  const what = `${advisory}${known} affects ${pkg}${ecosystem ? ` (${ecosystem})` : ''}${summary ? `: ${summary}` : '.'}`;
  return {
    name: advisory,
    short: `${pkg}: ${summary ?? advisory}`,
    full: what,
    markdown: [
      `**[${advisory}](${url})**${known} affects \`${pkg}\`${ecosystem ? ` (${ecosystem})` : ''}.`,
      '',
      ...(summary ? [summary, ''] : []),
      'Upgrade the package to a fixed version (the finding names the first one known), or, when the vulnerable code is not reachable, ' +
        `waive the advisory with a reason in \`.loki/verify.yml\` (\`dependencies.ignore\`). See [the dependencies probe](${probeDocsUrl('dependencies')}).`,
    ].join('\n'),
    helpUri: url,
  };
}

function secretRule(finding: Finding): RuleText {
  const title = text(finding.details?.title) ?? finding.rule;
  const docs = probeDocsUrl('secrets');
  return {
    name: finding.rule,
    short: `${title} committed`,
    full: `${title}: a credential in a commit of the pull request. Everyone who can read the repository's history can use it, even after a later commit deletes it.`,
    markdown: [
      `**${title}** found in a commit of the pull request.`,
      '',
      '1. Revoke or rotate the credential at its issuer: it is exposed from the moment it was pushed.',
      '2. Remove it from the branch history (rewrite the commits); a later commit that deletes it leaves it in the pushed ones.',
      `3. If it is not a secret (a test fixture, a documented example), allow its fingerprint with a reason in \`.loki/verify.yml\` (\`secrets.allow\`). See [the secrets probe](${docs}).`,
    ].join('\n'),
    helpUri: docs,
  };
}

function staticRule(finding: Finding): RuleText {
  const tool = finding.details?.tool === 'tsc' || /^TS\d+$/.test(finding.rule) ? 'tsc' : 'eslint';
  const docs = probeDocsUrl('static');
  const ruleDocs = tool === 'eslint' ? eslintRuleUrl(finding.rule) : undefined;
  const what = tool === 'tsc' ? `TypeScript compiler diagnostic ${finding.rule}` : `ESLint rule ${finding.rule}`;
  return {
    name: finding.rule,
    short: what,
    full: `${what}, reported by the repository's own ${tool} configuration on a line the pull request added.`,
    markdown: [
      `${ruleDocs ? `[${what}](${ruleDocs})` : what}, from the repository's own ${tool} configuration.`,
      '',
      `The static probe reports it only on lines the pull request added. See [the static probe](${docs}).`,
    ].join('\n'),
    helpUri: ruleDocs ?? docs,
  };
}

/** What the static probe names problems eslint reports without a rule (a file that does not parse, ...). */
const ESLINT_RULELESS = new Set(['parse-error', 'eslint']);

/** Documentation of eslint's core rules and typescript-eslint's; plugins without a known site get none. */
function eslintRuleUrl(rule: string): string | undefined {
  if (/^[a-z][a-z-]*$/.test(rule) && !ESLINT_RULELESS.has(rule)) return `https://eslint.org/docs/latest/rules/${rule}`;
  const typescript = /^@typescript-eslint\/([a-z-]+)$/.exec(rule);
  return typescript ? `https://typescript-eslint.io/rules/${typescript[1]}` : undefined;
}

function probeRule(finding: Finding, id: string): RuleText {
  const docs = probeDocsUrl(finding.probe);
  const full = RULE_DESCRIPTIONS[id] ?? `Reported by the ${finding.probe} probe (rule ${finding.rule}).`;
  return {
    name: finding.rule,
    short: `${finding.probe}: ${finding.rule.replace(`${finding.probe}/`, '')}`,
    full,
    markdown: `${full}\n\nSee [the ${finding.probe} probe](${docs}).`,
    helpUri: docs,
  };
}

function ruleText(finding: Finding, id: string): RuleText {
  const advisory = advisoryOf(finding);
  if (advisory) return dependencyRule(finding, advisory);
  if (finding.probe === 'secrets') return secretRule(finding);
  if (finding.probe === 'static') return staticRule(finding);
  return probeRule(finding, id);
}

/** One descriptor for every finding of a rule; a security rule's severity is the highest among them. */
function descriptor(id: string, findings: readonly Finding[]): ReportingDescriptor {
  const first = findings[0]!;
  const about = ruleText(first, id);
  const security = SECURITY_PROBES.has(first.probe);
  const score = Math.max(...findings.map((f) => (advisoryOf(f) ? advisoryScore(f) : SECURITY_SEVERITY[f.severity])));
  return {
    id,
    name: about.name,
    shortDescription: { text: about.short },
    fullDescription: { text: about.full },
    help: { text: about.full, markdown: about.markdown },
    helpUri: about.helpUri,
    properties: {
      tags: security ? ['security', first.probe] : [first.probe],
      ...(security ? { 'security-severity': score.toFixed(1) } : {}),
    },
  };
}

export function renderSarif(evidence: Evidence): Log {
  const located = evidence.findings.filter((f) => f.file !== undefined);
  const byRule = new Map<string, Finding[]>();
  for (const finding of located) {
    const id = ruleId(finding);
    byRule.set(id, [...(byRule.get(id) ?? []), finding]);
  }
  const ids = [...byRule.keys()];
  const rules = ids.map((id) => descriptor(id, byRule.get(id)!));

  const results: Result[] = located.map((finding) => ({
    ruleId: ruleId(finding),
    ruleIndex: ids.indexOf(ruleId(finding)),
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
    properties: { probe: finding.probe, rule: finding.rule, severity: finding.severity, blocking: finding.blocking },
  }));

  return {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'loki-verify', version: evidence.tool.version, informationUri: PROJECT_URL, rules } },
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
