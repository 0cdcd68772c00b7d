// Held-out selection (CONTRACT.md "Held-out selection"). Pure: checklist data in, visible and held-out
// documents out. The rule depends on the ids alone, so anyone can recompute which items were reserved.
import YAML from 'yaml';
import { VerifyError } from '../core/errors.js';
import { sha256 } from '../core/fingerprint.js';
import { duplicateIds } from './file.js';

export type ChecklistFormat = 'yaml' | 'json';

export type ChecklistItem = Record<string, unknown> & { id: string };

export interface Checklist {
  /** The whole document; its other top-level keys are carried into both outputs. */
  data: Record<string, unknown>;
  items: ChecklistItem[];
}

export interface Selection {
  /** Reserved ids, smallest sha256(id) first. */
  reserved: string[];
  visible: Record<string, unknown>;
  heldout: Record<string, unknown>;
}

/** Items to reserve from a checklist of `n`: none below 4, else round(n / 4) clamped to 1..5. */
export function reservedCount(n: number): number {
  if (n < 4) return 0;
  return Math.min(5, Math.max(1, Math.floor(0.25 * n + 0.5)));
}

/** The ids to reserve, in ascending order of their lowercase-hex sha256. */
export function reservedIds(ids: readonly string[]): string[] {
  return ids
    .map((id) => ({ id, hash: sha256(id) }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    .slice(0, reservedCount(ids.length))
    .map((entry) => entry.id);
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the shape selection relies on: a mapping with `items`, each a mapping with a unique string id. */
export function validateChecklist(data: unknown, source: string): Checklist {
  if (!isMapping(data) || !Array.isArray(data.items)) {
    throw new VerifyError(`${source} must be a mapping with an "items" list; fix the checklist`);
  }
  const items = data.items as unknown[];
  items.forEach((item, index) => {
    if (!isMapping(item)) throw new VerifyError(`${source}: items[${index}] must be a mapping with an "id"; fix the checklist`);
    if (typeof item.id !== 'string' || item.id.trim() === '') {
      throw new VerifyError(`${source}: items[${index}].id must be a non-empty string (quote numbers in YAML: id: "7"); fix the checklist`);
    }
  });
  const checked = items as ChecklistItem[];
  const duplicates = duplicateIds(checked.map((item) => item.id));
  if (duplicates.length) {
    throw new VerifyError(`${source}: duplicate item ids: ${duplicates.join(', ')}; give every item a unique id`);
  }
  return { data, items: checked };
}

/** Splits a checklist: visible keeps the original order, held-out lists reserved items by ascending hash. */
export function selectHeldout(checklist: Checklist): Selection {
  const reserved = reservedIds(checklist.items.map((item) => item.id));
  const reservedSet = new Set(reserved);
  const byId = new Map(checklist.items.map((item) => [item.id, item]));
  return {
    reserved,
    // Spreading then overriding `items` keeps the key at its original position.
    visible: { ...checklist.data, items: checklist.items.filter((item) => !reservedSet.has(item.id)) },
    heldout: { ...checklist.data, items: reserved.map((id) => byId.get(id)!) },
  };
}

/**
 * Serialises a document deterministically. YAML comments and anchors are not carried over: a comment
 * next to a reserved item could describe it to the builder.
 */
export function formatChecklist(data: Record<string, unknown>, format: ChecklistFormat): string {
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  return YAML.stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The format a file name implies, or undefined when its extension is not .yaml, .yml or .json. */
export function formatOfPath(path: string): { format: ChecklistFormat; ext: string } | undefined {
  const match = /\.(ya?ml|json)$/i.exec(path);
  if (!match) return undefined;
  const ext = match[1]!;
  return { format: ext.toLowerCase() === 'json' ? 'json' : 'yaml', ext };
}
