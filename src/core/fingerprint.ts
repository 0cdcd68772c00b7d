import { createHash } from 'node:crypto';

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A stable id for a finding: the hash of what the finding is about (rule, file, the offending text...).
 * Callers leave out line numbers where unrelated edits could move them.
 */
export function fingerprint(...parts: Array<string | number | undefined>): string {
  return sha256(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000')).slice(0, 32);
}
