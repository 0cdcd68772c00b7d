// Pure: the user's allow-list (`secrets.allow`).
import type { Allowance } from '../../config/types.js';
import { isExpired } from '../../config/until.js';

export type AllowDecision = { state: 'none' } | { state: 'allowed' | 'expired'; allowance: Allowance };

/** The allowance for a finding, by its fingerprint or one it had before (see legacy-rules.ts). */
export function allowanceFor(fingerprints: readonly string[], allow: readonly Allowance[], now: Date): AllowDecision {
  const allowance = allow.find((entry) => fingerprints.includes(normalised(entry)));
  if (!allowance) return { state: 'none' };
  return { state: allowance.until && isExpired(allowance.until, now) ? 'expired' : 'allowed', allowance };
}

export function normalised(allowance: Allowance): string {
  return allowance.fingerprint.trim().toLowerCase();
}
