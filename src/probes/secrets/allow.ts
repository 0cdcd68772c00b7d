// Pure: the user's allow-list (`secrets.allow`).
import type { Allowance } from '../../config/types.js';
import { isExpired } from '../../config/until.js';

export type AllowDecision = { state: 'none' } | { state: 'allowed' | 'expired'; allowance: Allowance };

export function allowanceFor(fingerprint: string, allow: readonly Allowance[], now: Date): AllowDecision {
  const allowance = allow.find((entry) => entry.fingerprint.trim().toLowerCase() === fingerprint);
  if (!allowance) return { state: 'none' };
  return { state: allowance.until && isExpired(allowance.until, now) ? 'expired' : 'allowed', allowance };
}
