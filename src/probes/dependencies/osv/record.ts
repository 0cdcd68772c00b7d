// The parts of the OSV schema (https://ossf.github.io/osv-schema/) the probe reads, validated at the boundary:
// API answers and database files are untrusted input.
import { isObject, type JsonObject } from '../lockfiles/json.js';

export interface OsvSeverity {
  type: string;
  score: string;
}

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: string;
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string };
  ranges: OsvRange[];
  versions: string[];
  severity: OsvSeverity[];
  database_specific?: JsonObject;
}

export interface OsvRecord {
  id: string;
  modified?: string;
  withdrawn?: string;
  aliases: string[];
  summary?: string;
  details?: string;
  severity: OsvSeverity[];
  affected: OsvAffected[];
  database_specific?: JsonObject;
}

/** An OSV record, or undefined when `value` is not one (no string `id`). Malformed parts are dropped. */
export function toOsvRecord(value: unknown): OsvRecord | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '') return undefined;
  return {
    id: value.id,
    modified: str(value.modified),
    withdrawn: str(value.withdrawn),
    aliases: strings(value.aliases),
    summary: str(value.summary),
    details: str(value.details),
    severity: severities(value.severity),
    affected: (Array.isArray(value.affected) ? value.affected : []).filter(isObject).map(toAffected),
    database_specific: isObject(value.database_specific) ? value.database_specific : undefined,
  };
}

function toAffected(value: JsonObject): OsvAffected {
  const pkg = isObject(value.package) ? value.package : undefined;
  return {
    package:
      pkg && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string'
        ? { ecosystem: pkg.ecosystem, name: pkg.name }
        : undefined,
    ranges: (Array.isArray(value.ranges) ? value.ranges : []).filter(isObject).flatMap((range) =>
      typeof range.type === 'string' && Array.isArray(range.events)
        ? [{ type: range.type, events: range.events.filter(isObject).map(toEvent) }]
        : [],
    ),
    versions: strings(value.versions),
    severity: severities(value.severity),
    database_specific: isObject(value.database_specific) ? value.database_specific : undefined,
  };
}

function toEvent(value: JsonObject): OsvEvent {
  return { introduced: str(value.introduced), fixed: str(value.fixed), last_affected: str(value.last_affected), limit: str(value.limit) };
}

function severities(value: unknown): OsvSeverity[] {
  return (Array.isArray(value) ? value : []).filter(isObject).flatMap((s) =>
    typeof s.type === 'string' && typeof s.score === 'string' ? [{ type: s.type, score: s.score }] : [],
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
