// The probe's pipeline once the lockfile texts are in hand: parse, diff, look up, apply the policy.
import type { ProbeFinding, ProbeOutcome } from '../../types.js';
import type { CollectedLockfiles, LockfileVersions } from './collect.js';
import { diffPackages, packageName, type PackageDiff } from './diff.js';
import { groupRecords, type Vulnerability } from './group.js';
import type { OsvRecord } from './osv/record.js';
import { OsvUnavailableError, type VulnerabilitySource } from './osv/source.js';
import { RULES, toFinding, type Occurrence, type PolicyOptions } from './policy.js';
import { LockfileParseError, packageKey, type Package, type RelatedFiles } from './types.js';

export interface CheckInput extends CollectedLockfiles {
  source: VulnerabilitySource;
  policy: PolicyOptions;
  log(line: string): void;
}

interface ParsedLockfile {
  file: LockfileVersions;
  diff?: PackageDiff;
  /** HEAD's text does not parse: nothing in it could be checked. */
  error?: string;
  /** The merge-base text does not parse: every package at HEAD counts as introduced. */
  baseError?: string;
}

export async function checkLockfiles(input: CheckInput): Promise<ProbeOutcome> {
  const { lockfiles, unsupported, source, policy } = input;
  const parsed = lockfiles.map(parseVersions);
  for (const p of parsed) if (p.baseError) input.log(`dependencies: merge-base ${p.file.oldPath ?? p.file.path} does not parse (${p.baseError}); all its packages count as new`);
  // HEAD's packages, and the merge-base versions of those it updates, to tell new vulnerabilities from old ones.
  const introducedCount = parsed.reduce((sum, p) => sum + (p.diff?.introduced.length ?? 0), 0);
  // A change that adds no package version (removals, reordering, hashes) cannot introduce a vulnerability: no lookup.
  const queries =
    introducedCount === 0
      ? []
      : uniquePackages(parsed.flatMap((p) => (p.diff ? [...p.diff.introduced, ...p.diff.unchanged, ...p.diff.replaced] : []))).filter((pkg) => pkg.unresolved === undefined);
  input.log(`dependencies: ${lockfiles.length} lockfile(s) changed, ${introducedCount} package version(s) introduced, ${queries.length} to look up in ${source.kind === 'api' ? `OSV at ${source.location}` : `the offline database ${source.location}`}`);

  const problems = [
    ...parsed.filter((p) => p.error).map((p) => `${p.file.path} does not parse: ${p.error}`),
    ...unsupported.map((u) => `${u.path} was not checked: ${u.reason}`),
    ...parsed.flatMap((p) =>
      (p.diff?.introduced ?? []).filter((pkg) => pkg.unresolved !== undefined).map((pkg) => `${p.file.path}${pkg.line ? `:${pkg.line}` : ''}: ${pkg.name} was not checked: ${pkg.unresolved}`),
    ),
  ];
  let records: Map<string, OsvRecord[]>;
  try {
    const answers = queries.length > 0 ? await source.lookup(queries) : [];
    records = new Map(queries.map((q, i) => [packageKey(q), answers[i] ?? []]));
  } catch (error) {
    if (!(error instanceof OsvUnavailableError)) throw error;
    return {
      status: 'inconclusive',
      summary: `vulnerability data unavailable: ${error.message}`,
      details: details(parsed, input, queries.length, [error.message, ...problems]),
    };
  }

  const findings = sortFindings(parsed.flatMap((p) => occurrences(p, records)).map((o) => toFinding(o, policy)));
  const blocking = findings.filter((f) => f.blocking).length;
  const status = problems.length > 0 ? 'inconclusive' : blocking > 0 ? 'fail' : 'pass';
  return {
    status,
    summary: summarize(parsed, introducedCount, findings, problems, policy),
    findings,
    details: details(parsed, input, queries.length, problems),
  };
}

function parseVersions(file: LockfileVersions): ParsedLockfile {
  const parse = (text: string | undefined, related: RelatedFiles | undefined): { packages: Package[]; error?: string } => {
    if (text === undefined) return { packages: [] };
    try {
      return { packages: file.format.parse(text, file.path, related) };
    } catch (error) {
      // A reader tripping over a shape it did not expect is still a file it could not read: inconclusive.
      if (error instanceof LockfileParseError) return { packages: [], error: error.reason };
      return { packages: [], error: `unexpected content (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})` };
    }
  };
  const head = parse(file.headText, file.headRelated);
  if (head.error) return { file, error: head.error };
  const base = parse(file.baseText, file.baseRelated);
  return { file, diff: diffPackages(base.packages, head.packages), ...(base.error ? { baseError: base.error } : {}) };
}

function uniquePackages(packages: readonly Package[]): Package[] {
  return [...new Map(packages.map((pkg) => [packageKey(pkg), pkg])).values()];
}

/**
 * A vulnerability is introduced when the change adds a version it affects and the merge-base did not already
 * have it in that package (an update from one affected version to another introduces nothing).
 */
function occurrences(parsed: ParsedLockfile, records: ReadonlyMap<string, OsvRecord[]>): Occurrence[] {
  const diff = parsed.diff;
  if (!diff) return [];
  const before = new Map<string, Set<string>>(); // package name -> ids and aliases of its merge-base vulnerabilities
  for (const pkg of [...diff.unchanged, ...diff.replaced]) {
    const names = before.get(packageName(pkg)) ?? new Set<string>();
    for (const record of records.get(packageKey(pkg)) ?? []) for (const name of [record.id, ...record.aliases]) names.add(name);
    before.set(packageName(pkg), names);
  }
  const alreadyThere = (pkg: Package, vulnerability: Vulnerability): boolean =>
    [...vulnerability.ids, ...vulnerability.aliases].some((name) => before.get(packageName(pkg))?.has(name));
  const of = (pkg: Package, added: boolean): Occurrence[] =>
    groupRecords(records.get(packageKey(pkg)) ?? []).map((vulnerability) => ({
      lockfile: parsed.file.path,
      pkg,
      introduced: added && !alreadyThere(pkg, vulnerability),
      vulnerability,
    }));
  return [...diff.introduced.flatMap((pkg) => of(pkg, true)), ...diff.unchanged.flatMap((pkg) => of(pkg, false))];
}

/** Blocking first, then by file, package and id, so evidence lists are stable. */
function sortFindings(findings: ProbeFinding[]): ProbeFinding[] {
  const key = (f: ProbeFinding): string => [f.blocking ? 0 : 1, f.rule === RULES.introduced ? 0 : 1, f.file, f.details?.package, f.details?.version, f.details?.vulnerability].join('\u0000');
  return findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function summarize(parsed: ParsedLockfile[], introduced: number, findings: ProbeFinding[], problems: string[], policy: PolicyOptions): string {
  const count = (rule: string, blocking?: boolean): number => findings.filter((f) => f.rule === rule && (blocking === undefined || f.blocking === blocking)).length;
  const blocking = count(RULES.introduced, true);
  const below = count(RULES.introduced, false);
  const counts = [
    blocking ? `${blocking} blocking (${policy.blockOn} or worse)` : '',
    below ? `${below} below ${policy.blockOn}` : '',
    count(RULES.preExisting) ? `${count(RULES.preExisting)} already present at the merge-base` : '',
    count(RULES.waived) ? `${count(RULES.waived)} waived` : '',
  ].filter(Boolean);
  const head = `${parsed.length} lockfile${parsed.length === 1 ? '' : 's'} changed, ${introduced} package version${introduced === 1 ? '' : 's'} introduced`;
  const found = counts.length > 0 ? `vulnerabilities: ${counts.join(', ')}` : 'no known vulnerabilities';
  return [head, found, ...problems].join('; ');
}

function details(parsed: ParsedLockfile[], input: CheckInput, checked: number, problems: string[]): Record<string, unknown> {
  const { source } = input;
  return {
    source: { kind: source.kind, location: source.location },
    block_on: input.policy.blockOn,
    lockfiles: parsed.map((p) => ({
      path: p.file.path,
      ...(p.file.oldPath ? { old_path: p.file.oldPath } : {}),
      format: p.file.format.id,
      ecosystem: p.file.format.ecosystem,
      ...(p.error ? { error: p.error } : {}),
      ...(p.baseError ? { base_error: p.baseError } : {}),
      ...(p.diff
        ? { introduced: p.diff.introduced.length, updated: p.diff.updated, unchanged: p.diff.unchanged.length, removed: p.diff.removed }
        : {}),
    })),
    unsupported: input.unsupported,
    packages_checked: checked,
    ...source.report(),
    ...(problems.length > 0 ? { problems } : {}),
  };
}
