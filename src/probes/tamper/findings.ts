// Pure: hits -> findings, with each rule's severity and blocking (contract defaults, `tamper.rules`
// overrides), fingerprints and the `tamper.allow` list.
import type { Allowance } from '../../config/types.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { ProbeFinding, Severity } from '../../types.js';
import { allowanceFor } from '../secrets/allow.js';
import type { Hit, RuleId } from './hit.js';

export interface RuleSetting {
  severity?: Severity;
  blocking?: boolean;
}

export const RULE_DEFAULTS: Record<RuleId, Required<RuleSetting>> = {
  'test-removed': { severity: 'high', blocking: true },
  'test-skipped': { severity: 'medium', blocking: false },
  'test-focused': { severity: 'high', blocking: true },
  'suppression-added': { severity: 'medium', blocking: false },
  'threshold-lowered': { severity: 'high', blocking: true },
  'check-disabled': { severity: 'high', blocking: true },
  'tree-modified': { severity: 'high', blocking: true },
};

export interface AllowedHit {
  fingerprint: string;
  rule: RuleId;
  file: string;
  reason: string;
  until?: string;
}

export interface TamperFindings {
  findings: ProbeFinding[];
  allowed: AllowedHit[];
  unusedAllowances: string[];
}

/** `sha256(rule, file, subject)`: no line numbers, so unrelated edits above do not change it. */
export function hitFingerprint(hit: Pick<Hit, 'rule' | 'file' | 'subject'>): string {
  return fingerprint('tamper', hit.rule, hit.file, hit.subject);
}

export function buildFindings(
  hits: readonly Hit[],
  rules: Partial<Record<RuleId, RuleSetting>>,
  allow: readonly Allowance[],
  now: Date,
): TamperFindings {
  const findings: ProbeFinding[] = [];
  const allowed: AllowedHit[] = [];
  const used = new Set<string>();
  const seen = new Set<string>();
  for (const hit of hits) {
    const id = hitFingerprint(hit);
    if (seen.has(id)) continue; // the same subject reported twice (two identical directives on one line)
    seen.add(id);
    const decision = allowanceFor([id], allow, now);
    if (decision.state !== 'none') used.add(id);
    if (decision.state === 'allowed') {
      const { reason, until } = decision.allowance;
      allowed.push({ fingerprint: id, rule: hit.rule, file: hit.file, reason, ...(until ? { until } : {}) });
      continue;
    }
    const setting = { ...RULE_DEFAULTS[hit.rule], ...rules[hit.rule] };
    const severity = hit.severity ?? setting.severity;
    const expired = decision.state === 'expired' ? decision.allowance : undefined;
    const lapse = expired ? ` The allowance for this fingerprint expired on ${expired.until} (reason given: ${expired.reason}).` : '';
    findings.push({
      rule: hit.rule,
      severity,
      // An info hit (a test deleted with its module) never blocks, whatever the rule's setting.
      blocking: severity === 'info' ? false : setting.blocking,
      message: hit.message + lapse,
      file: hit.file,
      ...(hit.line === undefined ? {} : { line: hit.line }),
      fingerprint: id,
      details: {
        ...hit.details,
        ...(hit.baseLine === undefined ? {} : { side: 'base', base_line: hit.baseLine }),
        ...(expired ? { allowance_expired: expired.until, allowance_reason: expired.reason } : {}),
      },
    });
  }
  const unusedAllowances = allow.map((a) => a.fingerprint.trim().toLowerCase()).filter((fp) => !used.has(fp));
  return { findings, allowed, unusedAllowances };
}
