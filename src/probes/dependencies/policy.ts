// From vulnerable packages to findings: what blocks, what is a concern, what is information, what is waived.
import type { Waiver } from '../../config/types.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { ProbeFinding, Severity } from '../../types.js';
import { isExpired } from '../../config/until.js';
import type { Vulnerability } from './group.js';
import { matchRecord } from './match.js';
import { rateSeverity, severityRank, type RatedSeverity } from './severity.js';
import type { Package } from './types.js';
import { ECOSYSTEM_ORDER } from './versions/index.js';

/** Unrated vulnerabilities are not assumed harmless: they count as high (blocking under the default policy). */
export const UNKNOWN_SEVERITY_AS: RatedSeverity = 'high';

export const RULES = {
  introduced: 'dependencies/vulnerable-dependency',
  preExisting: 'dependencies/pre-existing-vulnerability',
  waived: 'dependencies/waived-vulnerability',
} as const;

export interface Occurrence {
  lockfile: string;
  pkg: Package;
  /**
   * Whether the change introduced this vulnerability; false when the merge-base already had it in this package
   * (the same version, or an older one the change updated from).
   */
  introduced: boolean;
  vulnerability: Vulnerability;
}

export interface PolicyOptions {
  blockOn: Severity;
  waivers: readonly Waiver[];
  now: Date;
}

export function toFinding(occurrence: Occurrence, options: PolicyOptions): ProbeFinding {
  const { pkg, vulnerability, lockfile } = occurrence;
  const rating = rateSeverity(vulnerability.records);
  const severity = rating.severity ?? UNKNOWN_SEVERITY_AS;
  const fixed = firstFixed(vulnerability, pkg);
  const waiver = findWaiver(vulnerability, options.waivers);
  const lapsed = waiver?.until !== undefined && isExpired(waiver.until, options.now);
  const summary = vulnerability.records.map((r) => r.summary ?? firstLine(r.details)).find((s) => s) ?? '';

  let rule: string;
  let findingSeverity: Severity;
  let blocking = false;
  if (waiver && !lapsed) {
    rule = RULES.waived;
    findingSeverity = 'info';
  } else if (!occurrence.introduced) {
    rule = RULES.preExisting;
    findingSeverity = 'info';
  } else {
    rule = RULES.introduced;
    findingSeverity = severity;
    blocking = severityRank(severity) >= severityRank(options.blockOn);
  }

  const names = [vulnerability.id, ...vulnerability.ids.filter((id) => id !== vulnerability.id), ...vulnerability.aliases];
  const rated = rating.severity ? `${rating.severity}${rating.score !== undefined ? `, CVSS ${rating.score}` : ''}` : `severity unknown, treated as ${UNKNOWN_SEVERITY_AS}`;
  const parts = [
    `${pkg.name} ${pkg.version} (${pkg.ecosystem}${pkg.dev ? ', dev' : ''}) has ${names.join(' / ')} (${rated})`,
    summary ? `: ${summary}` : '',
    fixed ? `; fixed in ${fixed}` : '; no fixed version known',
    rule === RULES.preExisting ? '; already present at the merge-base' : '',
    rule === RULES.waived ? `; waived: ${waiver?.reason}${waiver?.until ? ` (until ${waiver.until})` : ''}` : '',
    lapsed ? `; waiver expired on ${waiver?.until} (${waiver?.reason})` : '',
  ];

  return {
    rule,
    severity: findingSeverity,
    blocking,
    message: parts.join(''),
    file: lockfile,
    ...(pkg.line !== undefined ? { line: pkg.line } : {}),
    fingerprint: fingerprint('dependencies', vulnerability.id, pkg.ecosystem, pkg.name, pkg.version, lockfile),
    details: {
      ecosystem: pkg.ecosystem,
      package: pkg.name,
      version: pkg.version,
      ...(pkg.dev !== undefined ? { dev: pkg.dev } : {}),
      lockfile,
      vulnerability: vulnerability.id,
      ids: vulnerability.ids,
      aliases: vulnerability.aliases,
      summary,
      severity: rating.severity ?? 'unknown',
      severity_source: rating.source,
      ...(rating.score !== undefined ? { cvss_score: rating.score, cvss_vector: rating.vector } : {}),
      fixed_version: fixed ?? null,
      introduced_by_change: occurrence.introduced,
      url: `https://osv.dev/vulnerability/${vulnerability.id}`,
      ...(waiver ? { waiver: { reason: waiver.reason, ...(waiver.until ? { until: waiver.until } : {}), expired: lapsed } } : {}),
    },
  };
}

/** The lowest fixed version above the package's among the group's records, in the ecosystem's order. */
function firstFixed(vulnerability: Vulnerability, pkg: Package): string | undefined {
  const order = ECOSYSTEM_ORDER[pkg.ecosystem];
  let best: string | undefined;
  for (const record of vulnerability.records) {
    const result = matchRecord(record, pkg);
    if (result.status !== 'affected' || result.fixed === undefined) continue;
    if (best === undefined || (order(result.fixed, best) ?? 0) < 0) best = result.fixed;
  }
  return best;
}

/** A waiver names the vulnerability by any of its ids or aliases, case-insensitively. */
function findWaiver(vulnerability: Vulnerability, waivers: readonly Waiver[]): Waiver | undefined {
  const names = new Set([...vulnerability.ids, ...vulnerability.aliases].map((n) => n.toUpperCase()));
  return waivers.find((waiver) => names.has(waiver.id.trim().toUpperCase()));
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split('\n').find((line) => line.trim() !== '')?.trim();
}
