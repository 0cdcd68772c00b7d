// Whether an OSV record affects a package version: `affected[].versions` lists and SEMVER/ECOSYSTEM ranges
// evaluated as the OSV schema specifies (events sorted, `introduced` opens, `fixed`/`last_affected` close).
// GIT ranges name commits, not releases, and are ignored.
import { normalizeName } from './names.js';
import type { OsvAffected, OsvEvent, OsvRange, OsvRecord } from './osv/record.js';
import type { Package } from './types.js';
import { ECOSYSTEM_ORDER, SEMVER_ORDER, type Compare } from './versions/index.js';

export type MatchResult =
  | { status: 'affected'; /** Lowest fixed version above the package's, when the matching range has one. */ fixed?: string }
  | { status: 'not-affected' }
  /** The version (or a range bound) cannot be ordered in the ecosystem's scheme. */
  | { status: 'unknown'; reason: string };

type Query = Pick<Package, 'ecosystem' | 'name' | 'version'>;

export function matchRecord(record: OsvRecord, pkg: Query): MatchResult {
  let affected = false;
  let fixed: string | undefined;
  let unknown: string | undefined;
  const order = ECOSYSTEM_ORDER[pkg.ecosystem];
  for (const entry of record.affected) {
    if (!concerns(entry, pkg)) continue;
    const listed = entry.versions.some((v) => sameVersion(order, v, pkg.version));
    let inRange = false;
    for (const range of entry.ranges) {
      if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
      const result = evaluateRange(range, pkg.version, range.type === 'SEMVER' ? semverThenEcosystem(order) : order);
      if (result.status === 'unknown') unknown ??= result.reason;
      if (result.status !== 'affected') continue;
      inRange = true;
      if (result.fixed !== undefined && (fixed === undefined || (order(result.fixed, fixed) ?? 0) < 0)) fixed = result.fixed;
    }
    affected ||= listed || inRange;
  }
  if (affected) return fixed === undefined ? { status: 'affected' } : { status: 'affected', fixed };
  return unknown ? { status: 'unknown', reason: unknown } : { status: 'not-affected' };
}

/** Whether an `affected` entry is about this package (OSV normalizes PyPI names; others compare as written). */
export function concerns(entry: OsvAffected, pkg: Pick<Package, 'ecosystem' | 'name'>): boolean {
  return (
    entry.package !== undefined &&
    entry.package.ecosystem === pkg.ecosystem &&
    normalizeName(pkg.ecosystem, entry.package.name) === normalizeName(pkg.ecosystem, pkg.name)
  );
}

function sameVersion(order: Compare, listed: string, version: string): boolean {
  return listed === version || order(listed, version) === 0;
}

/** SEMVER ranges are SemVer 2.0; a version that is not SemVer falls back to the ecosystem's own order. */
function semverThenEcosystem(order: Compare): Compare {
  return (a, b) => SEMVER_ORDER(a, b) ?? order(a, b);
}

function evaluateRange(range: OsvRange, version: string, order: Compare): MatchResult {
  const bound = (event: OsvEvent): string | undefined => event.introduced ?? event.fixed ?? event.last_affected;
  const events = range.events.filter((e) => bound(e) !== undefined && e.limit === undefined);
  for (const event of events) {
    const value = bound(event) as string;
    if (!(event.introduced === '0') && order(value, version) === undefined) {
      return { status: 'unknown', reason: `cannot order ${version} against ${value}` };
    }
  }
  const position = (event: OsvEvent): number => (event.introduced === '0' ? -1 : (order(bound(event) as string, version) ?? 0));
  const sorted = [...events].sort((a, b) => {
    if (a.introduced === '0' || b.introduced === '0') return a.introduced === '0' ? (b.introduced === '0' ? 0 : -1) : 1;
    return order(bound(a) as string, bound(b) as string) ?? 0;
  });
  let affected = false;
  for (const event of sorted) {
    const cmp = position(event); // the event's bound compared to the version
    if (event.introduced !== undefined) {
      if (cmp <= 0) affected = true;
    } else if (event.fixed !== undefined) {
      if (cmp <= 0) affected = false;
    } else if (cmp < 0) {
      affected = false; // last_affected below the version
    }
  }
  if (!affected) return { status: 'not-affected' };
  // The first event closing the range above the version: its `fixed`, if that is what closes it.
  const closing = sorted.find((e) => (e.fixed !== undefined && position(e) > 0) || (e.last_affected !== undefined && position(e) >= 0));
  return closing?.fixed !== undefined ? { status: 'affected', fixed: closing.fixed } : { status: 'affected' };
}

