// Pure: occurrences of secrets in the history -> findings, one per distinct secret per file, named by
// the oldest commit that added it, after the allow-list.
import type { Allowance } from '../../config/types.js';
import { fingerprint } from '../../core/fingerprint.js';
import { compareText } from '../../core/text.js';
import type { ProbeFinding } from '../../types.js';
import { allowanceFor, normalised } from './allow.js';
import { legacyRuleIds } from './legacy-rules.js';
import type { SecretHit } from './scan.js';

export interface Occurrence extends SecretHit {
  commit: string;
  /** File path, or undefined for the commit message. */
  path?: string;
}

export interface AllowedSecret {
  fingerprint: string;
  rule: string;
  file?: string;
  commit: string;
  reason: string;
  until?: string;
}

export interface SecretFindings {
  findings: ProbeFinding[];
  allowed: AllowedSecret[];
  /** Allow-list fingerprints that matched nothing in this range. */
  unusedAllowances: string[];
}

const MESSAGE_LOCATION = 'commit-message';
/** Commits listed per finding when the same secret was added several times. */
const MAX_LISTED_COMMITS = 20;

/** `sha256(rule, path, sha256(secret))`: stable across runs and commits, and reveals nothing. */
export function secretFingerprint(rule: string, path: string | undefined, secretHash: string): string {
  return fingerprint(rule, path ?? MESSAGE_LOCATION, secretHash);
}

export function buildFindings(
  occurrences: readonly Occurrence[],
  commitOrder: readonly string[],
  allow: readonly Allowance[],
  now: Date,
): SecretFindings {
  const position = new Map(commitOrder.map((sha, index) => [sha, index]));
  const order = (o: Occurrence): number => position.get(o.commit) ?? commitOrder.length;
  const sorted = [...occurrences].sort(
    (a, b) => order(a) - order(b) || compareText(a.path ?? '', b.path ?? '') || a.line - b.line || compareText(a.rule, b.rule),
  );

  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of sorted) {
    const id = secretFingerprint(occurrence.rule, occurrence.path, occurrence.secretHash);
    const group = groups.get(id);
    if (group) group.push(occurrence);
    else groups.set(id, [occurrence]);
  }

  const findings: ProbeFinding[] = [];
  const allowed: AllowedSecret[] = [];
  const used = new Set<string>();
  for (const [id, group] of groups) {
    const first = group[0]!;
    const legacy = legacyRuleIds(first.rule).map((rule) => secretFingerprint(rule, first.path, first.secretHash));
    const decision = allowanceFor([id, ...legacy], allow, now);
    if (decision.state !== 'none') used.add(normalised(decision.allowance));
    if (decision.state === 'allowed') {
      const { reason, until } = decision.allowance;
      allowed.push({ fingerprint: id, rule: first.rule, ...(first.path ? { file: first.path } : {}), commit: first.commit, reason, ...(until ? { until } : {}) });
      continue;
    }
    const expired = decision.state === 'expired' ? decision.allowance : undefined;
    findings.push(toFinding(id, group, expired));
  }
  const unusedAllowances = allow.map(normalised).filter((fp) => !used.has(fp));
  return { findings, allowed, unusedAllowances };
}

function toFinding(id: string, group: readonly Occurrence[], expired: Allowance | undefined): ProbeFinding {
  const first = group[0]!;
  const commits = [...new Set(group.map((o) => o.commit))];
  const where = first.path ? `in ${first.path}:${first.line}` : `in the message of commit ${first.commit.slice(0, 12)} (line ${first.line})`;
  const what = first.title;
  const added = first.path ? `, added by commit ${first.commit.slice(0, 12)}` : '';
  const lapse = expired ? ` The allowance for this fingerprint expired on ${expired.until} (reason given: ${expired.reason}).` : '';
  return {
    rule: first.rule,
    severity: 'critical',
    blocking: true,
    message:
      `${what} ${where}${added} (${first.preview}). Revoke or rotate it, then remove it from the branch history: ` +
      `a later commit that deletes it does not take it out of the pushed commits.${lapse}`,
    ...(first.path ? { file: first.path, line: first.line } : {}),
    commit: first.commit,
    fingerprint: id,
    details: {
      title: first.title,
      location: first.path ? 'file' : MESSAGE_LOCATION,
      preview: first.preview,
      occurrences: group.length,
      ...(commits.length > 1 ? { commits: commits.slice(0, MAX_LISTED_COMMITS) } : {}),
      ...(expired ? { allowance_expired: expired.until, allowance_reason: expired.reason } : {}),
    },
  };
}
