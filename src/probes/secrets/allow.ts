// Pure: the user's allow-list (`secrets.allow`).
import type { Allowance } from '../../config/types.js';

export type AllowDecision = { state: 'none' } | { state: 'allowed' | 'expired'; allowance: Allowance };

const DAY_MS = 24 * 60 * 60 * 1000;

/** An allowance holds through its `until` day (UTC) and lapses when the next day begins. */
export function isExpired(until: string, now: Date): boolean {
  const day = Date.parse(`${until}T00:00:00Z`);
  if (Number.isNaN(day)) return true;
  return now.getTime() >= day + DAY_MS;
}

export function allowanceFor(fingerprint: string, allow: readonly Allowance[], now: Date): AllowDecision {
  const allowance = allow.find((entry) => entry.fingerprint.trim().toLowerCase() === fingerprint);
  if (!allowance) return { state: 'none' };
  return { state: allowance.until && isExpired(allowance.until, now) ? 'expired' : 'allowed', allowance };
}
