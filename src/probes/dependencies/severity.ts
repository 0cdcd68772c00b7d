// Severity of a vulnerability: the database's own rating (GitHub's `database_specific.severity`) where present,
// else the highest CVSS base score among its vectors, computed by ae-cvss-calculator (v2, v3.0, v3.1 and v4.0),
// mapped with the CVSS v3/v4 qualitative scale. Malicious-package records (MAL-) rate critical.
import cvss from 'ae-cvss-calculator';
import type { Severity } from '../../types.js';
import type { OsvRecord, OsvSeverity } from './osv/record.js';

export type RatedSeverity = Exclude<Severity, 'info'>;

export interface SeverityRating {
  /** undefined when no record says. */
  severity?: RatedSeverity;
  source: 'database' | 'cvss' | 'malicious' | 'unknown';
  score?: number;
  vector?: string;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** The highest rating among records describing the same vulnerability (an advisory and its aliases). */
export function rateSeverity(records: readonly OsvRecord[]): SeverityRating {
  const ratings = records.map(rateRecord);
  const best = ratings.reduce<SeverityRating | undefined>((top, rating) => {
    if (rating.severity === undefined) return top;
    if (!top?.severity || RANK[rating.severity] > RANK[top.severity]) return rating;
    return top;
  }, undefined);
  return best ?? { source: 'unknown' };
}

function rateRecord(record: OsvRecord): SeverityRating {
  if (record.id.startsWith('MAL-')) return { severity: 'critical', source: 'malicious' };
  const labelled = databaseSeverity(record.database_specific?.severity);
  if (labelled) return { severity: labelled, source: 'database' };
  const vectors = [...record.severity, ...record.affected.flatMap((a) => a.severity)];
  let best: SeverityRating | undefined;
  for (const vector of vectors) {
    const score = cvssBaseScore(vector);
    if (score !== undefined && (best?.score === undefined || score > best.score)) {
      best = { severity: scoreSeverity(score), source: 'cvss', score, vector: vector.score };
    }
  }
  return best ?? { source: 'unknown' };
}

/** GitHub Advisory Database labels (CRITICAL, HIGH, MODERATE, LOW); others rate by CVSS. */
function databaseSeverity(label: unknown): RatedSeverity | undefined {
  if (typeof label !== 'string') return undefined;
  const mapped: Record<string, RatedSeverity> = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'medium', MEDIUM: 'medium', LOW: 'low' };
  return mapped[label.toUpperCase()];
}

/** CVSS v3/v4 qualitative ratings; 0.0 ("none") still names a vulnerability, so it rates low. */
export function scoreSeverity(score: number): RatedSeverity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

// Base metrics each version requires; a vector missing one would score as if it were the worst or zero.
const CVSS_TYPES: Record<string, { prefix: RegExp; metrics: string[]; make: (v: string) => { calculateScores(): { base?: number } } }> = {
  CVSS_V4: { prefix: /^CVSS:4\.0\//, metrics: ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'], make: (v) => new cvss.Cvss4P0(v) },
  CVSS_V3: { prefix: /^CVSS:3\.[01]\//, metrics: ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'], make: (v) => (v.startsWith('CVSS:3.0/') ? new cvss.Cvss3P0(v) : new cvss.Cvss3P1(v)) },
  CVSS_V2: { prefix: /^(?:\(?AV:)/, metrics: ['AV', 'AC', 'Au', 'C', 'I', 'A'], make: (v) => new cvss.Cvss2(v) },
};

/** Base score of a CVSS vector, or undefined when the type is unknown or the vector is malformed. */
export function cvssBaseScore(entry: OsvSeverity): number | undefined {
  const spec = CVSS_TYPES[entry.type];
  const vector = entry.score.trim();
  if (!spec || !spec.prefix.test(vector)) return undefined;
  const metrics = new Set(vector.replace(/^CVSS:[\d.]+\//, '').replace(/[()]/g, '').split('/').map((part) => part.split(':')[0]));
  if (!spec.metrics.every((metric) => metrics.has(metric))) return undefined;
  try {
    const score = spec.make(vector).calculateScores().base;
    return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
  } catch {
    return undefined; // unknown metric values: the library throws
  }
}
