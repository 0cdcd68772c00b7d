// Canonical JSON (sorted keys, no whitespace, undefined dropped) and the integrity hash over it.
import { sha256 } from '../core/fingerprint.js';

/**
 * Sorted keys at every depth (code-unit order, never the locale's: the hash must not depend on where
 * it is computed), no whitespace, undefined dropped in objects and null in arrays.
 *
 * JSON.stringify does the writing (native, fast on large evidence); a replacer hands it each object with
 * its keys re-inserted in sorted order. Engines put integer-like keys first whatever the insertion order,
 * so an object with such a key is written by the plain recursive path instead.
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(value, sortKeys) ?? 'null';
  } catch (error) {
    if (error !== INTEGER_KEY) throw error;
    return recursiveCanonicalJson(value);
  }
}

const INTEGER_KEY = Symbol('integer-like key');
const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort(byCodeUnits);
  const sorted: Record<string, unknown> = {};
  for (const key of keys) {
    if (INTEGER_LIKE.test(key)) throw INTEGER_KEY;
    sorted[key] = record[key];
  }
  return sorted;
}

function recursiveCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : recursiveCanonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => byCodeUnits(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${recursiveCanonicalJson(v)}`).join(',')}}`;
}

/** sha256 of the canonical document without its `integrity` field (what `integrity.sha256` holds). */
export function integrityHash(document: object): string {
  const { integrity: _ignored, ...rest } = document as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}
