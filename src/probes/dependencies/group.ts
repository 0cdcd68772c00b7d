// One vulnerability can reach us as several OSV records (GHSA-..., GO-..., PYSEC-... naming the same CVE).
// Records that share an id or alias are one vulnerability, reported once.
import { compareText } from '../../core/text.js';
import type { OsvRecord } from './osv/record.js';

export interface Vulnerability {
  /** The id findings and fingerprints use: a GHSA id where there is one, else the smallest id. */
  id: string;
  /** Every OSV id in the group, sorted. */
  ids: string[];
  /** Aliases that are not OSV ids of the group (CVE-...), sorted. */
  aliases: string[];
  records: OsvRecord[];
}

export function groupRecords(records: readonly OsvRecord[]): Vulnerability[] {
  const unique = [...new Map(records.map((r) => [r.id, r])).values()];
  const groups: OsvRecord[][] = [];
  for (const record of unique) {
    const names = new Set([record.id, ...record.aliases]);
    const joined = groups.filter((group) => group.some((other) => names.has(other.id) || other.aliases.some((a) => names.has(a))));
    const merged = [...joined.flat(), record];
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups.map(toVulnerability).sort((a, b) => compareText(a.id, b.id));
}

function toVulnerability(records: OsvRecord[]): Vulnerability {
  const ids = records.map((r) => r.id).sort();
  const aliases = [...new Set(records.flatMap((r) => r.aliases))].filter((a) => !ids.includes(a)).sort(cveFirst);
  const id = ids.find((candidate) => candidate.startsWith('GHSA-')) ?? (ids[0] as string);
  return { id, ids, aliases, records: [...records].sort((a, b) => (a.id === id ? -1 : b.id === id ? 1 : compareText(a.id, b.id))) };
}

function cveFirst(a: string, b: string): number {
  const rank = (s: string): number => (s.startsWith('CVE-') ? 0 : 1);
  return rank(a) - rank(b) || compareText(a, b);
}
