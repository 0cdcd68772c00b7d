// Pure: tool reports -> the probe's findings, status and summary.
import type { ChangedFile, ProbeFinding, ProbeOutcome } from '../../types.js';
import type { Diagnostic, StaticScope, ToolReport } from './diagnostic.js';
import { comparePosition, fingerprintDiagnostics, type LineText } from './fingerprints.js';
import { scopeDiagnostics } from './scope.js';

export interface OutcomeInput {
  scope: StaticScope;
  files: readonly ChangedFile[];
  reports: readonly ToolReport[];
  lineText: LineText;
  /** `static.paths_ignore`: diagnostics in these files are dropped and counted (whole-project runs report them). */
  isIgnored?: (path: string) => boolean;
}

const SCOPE_LABELS: Record<StaticScope, string> = {
  'added-lines': 'on added lines',
  'changed-files': 'in changed files',
  all: 'in the project',
};

export function buildOutcome({ scope, files, reports, lineText, isIgnored = () => false }: OutcomeInput): ProbeOutcome {
  const findings: ProbeFinding[] = [];
  const tally: string[] = [];
  const details: Record<string, unknown> = { scope };
  let heldBack = 0;
  let ignored = 0;

  for (const report of reports) {
    const all = unique(report.diagnostics);
    const diagnostics = all.filter((d) => d.file === undefined || !isIgnored(d.file));
    ignored += all.length - diagnostics.length;
    const fingerprints = fingerprintDiagnostics(diagnostics, lineText);
    const fingerprintOf = new Map(diagnostics.map((d, i) => [d, fingerprints[i]!]));
    const { inScope, outOfScope } = scopeDiagnostics(diagnostics, files, scope);
    heldBack += outOfScope.length;
    findings.push(...inScope.sort(comparePosition).map((d) => toFinding(d, fingerprintOf.get(d)!)));

    const errors = inScope.filter((d) => d.severity === 'error').length;
    const warnings = inScope.length - errors;
    if (inScope.length) tally.push(`${report.tool}: ${[count(errors, 'error'), count(warnings, 'warning')].filter(Boolean).join(', ')}`);
    details[report.tool] = {
      ...report.details,
      checked: report.checked,
      ...(report.incomplete.length ? { incomplete: report.incomplete } : {}),
      ...(report.idle && !report.checked ? { idle: report.idle } : {}),
      diagnostics: { total: diagnostics.length, in_scope: inScope.length, held_back: outOfScope.length },
    };
  }
  details.held_back = heldBack;
  if (ignored) details.ignored = ignored;

  const incomplete = reports.flatMap((r) => r.incomplete);
  const found = `${tally.length ? tally.join('; ') : 'no problems'} ${SCOPE_LABELS[scope]}`;
  const held = heldBack ? ` (${count(heldBack, 'problem')} on untouched lines held back)` : '';

  if (findings.some((f) => f.blocking)) {
    const also = incomplete.length ? `; also could not check: ${incomplete.join('; ')}` : '';
    return { status: 'fail', summary: `${found}${held}${also}`, findings, details };
  }
  if (incomplete.length) {
    const partial = findings.length ? `; ${found}` : '';
    return { status: 'inconclusive', summary: `${incomplete.join('; ')}${partial}`, findings, details };
  }
  const active = reports.filter((r) => r.checked > 0);
  if (!active.length) {
    const reasons = reports.map((r) => r.idle).filter(Boolean);
    return { status: 'skipped', summary: `nothing to check: ${reasons.join('; ')}`, details };
  }
  const checked = active.map((r) => `${r.tool} checked ${r.tool === 'tsc' ? count(r.checked, 'project') : count(r.checked, 'file')}`);
  return { status: 'pass', summary: `${checked.join(', ')}; ${found}${held}`, findings, details };
}

function toFinding(d: Diagnostic, fingerprint: string): ProbeFinding {
  const error = d.severity === 'error';
  const finding: ProbeFinding = {
    rule: d.rule,
    severity: error ? 'high' : 'low',
    blocking: error,
    message: d.message,
    fingerprint,
    details: { tool: d.tool },
  };
  if (d.file !== undefined) finding.file = d.file;
  if (d.line !== undefined) finding.line = d.line;
  if (d.column !== undefined) finding.column = d.column;
  return finding;
}

/** The same problem reported twice (overlapping eslint units, a tsc project built by two references). */
function unique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = [d.file, d.line, d.column, d.rule, d.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function count(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
