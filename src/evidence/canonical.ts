// Canonical JSON (sorted keys, no whitespace, undefined dropped) and the integrity hash over it.
import { sha256 } from '../core/fingerprint.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 of the canonical document without its `integrity` field (what `integrity.sha256` holds). */
export function integrityHash(document: object): string {
  const { integrity: _ignored, ...rest } = document as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}
