// Pure: the changed files and the perimeter policy -> findings. What a PR may touch (contract:
// "perimeter probe"): protected paths, allowed paths, size limits, and the built-in rules that guard the
// gate itself (its policy file, the workflows that run it).
import picomatch from 'picomatch';
import { fingerprint } from '../../core/fingerprint.js';
import type { ChangedFile, ProbeFinding, Severity } from '../../types.js';

export const PERIMETER_RULES = ['protected-path', 'outside-allowed', 'too-large', 'policy-changed', 'gate-workflow-changed'] as const;
export type PerimeterRule = (typeof PERIMETER_RULES)[number];

export interface RuleOverride {
  severity?: Severity;
  blocking?: boolean;
}

export interface ProtectedPaths {
  paths: string[];
  severity?: Severity;
  blocking?: boolean;
  reason?: string;
}

export interface PerimeterPolicy {
  protected?: ProtectedPaths[];
  allowed?: string[];
  max_files?: number;
  max_lines?: number;
  /** Severity and blocking of the rules without an entry of their own (all but protected-path). */
  rules?: Partial<Record<Exclude<PerimeterRule, 'protected-path'>, RuleOverride>>;
}

export interface PerimeterInput {
  files: readonly ChangedFile[];
  policy: PerimeterPolicy;
  /** Repository paths of the gate's policy file (see config/load.ts). */
  policyPaths: readonly string[];
  /** Changed workflow files that use this Action or run loki-verify, at the merge-base or at head. */
  gateWorkflows: ReadonlySet<string>;
}

const DEFAULT_SEVERITY: Severity = 'high';

/**
 * A user's glob as a matcher. A folder written as `migrations/` or `migrations` also covers everything
 * below it, the way people write paths in CODEOWNERS and .gitignore; dotfiles match like any file.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((glob) => {
    const trimmed = glob.replace(/^\.\//, '').replace(/^\//, '');
    if (trimmed.endsWith('/')) return [`${trimmed}**`];
    return trimmed.endsWith('/**') ? [trimmed] : [trimmed, `${trimmed}/**`];
  });
  return picomatch(patterns, { dot: true });
}

/** Both sides of a rename or copy count: moving a file out of (or into) a folder changes that folder. */
function pathsOf(file: ChangedFile): string[] {
  return file.oldPath === undefined || file.oldPath === file.path ? [file.path] : [file.oldPath, file.path];
}

export function perimeterFindings(input: PerimeterInput): ProbeFinding[] {
  const { policy } = input;
  const findings: ProbeFinding[] = [];
  const rule = (id: Exclude<PerimeterRule, 'protected-path'>) => ({
    severity: policy.rules?.[id]?.severity ?? DEFAULT_SEVERITY,
    blocking: policy.rules?.[id]?.blocking ?? true,
  });
  const finding = (id: PerimeterRule, setting: Required<RuleOverride>, message: string, file: string | undefined, ...about: string[]): ProbeFinding => ({
    rule: id,
    ...setting,
    message,
    ...(file === undefined ? {} : { file }),
    fingerprint: fingerprint('perimeter', id, ...about),
  });

  const policyPaths = new Set(input.policyPaths);
  const protectedSets = (policy.protected ?? []).map((entry) => ({ entry, matches: globMatcher(entry.paths) }));
  const allowed = policy.allowed === undefined ? undefined : globMatcher(policy.allowed);

  for (const file of input.files) {
    for (const path of pathsOf(file)) {
      if (policyPaths.has(path)) {
        findings.push(finding('policy-changed', rule('policy-changed'), `${path} holds the gate's policy: this PR ${verb(file)} it (the base's policy was applied)`, path, path));
      }
      if (input.gateWorkflows.has(path)) {
        findings.push(finding('gate-workflow-changed', rule('gate-workflow-changed'), `${path} runs the gate: this PR ${verb(file)} it`, path, path));
      }
      for (const { entry, matches } of protectedSets) {
        if (!matches(path)) continue;
        const setting = { severity: entry.severity ?? DEFAULT_SEVERITY, blocking: entry.blocking ?? true };
        const why = entry.reason ? `: ${entry.reason}` : '';
        findings.push(finding('protected-path', setting, `${path} is protected (${entry.paths.join(', ')})${why}`, path, path, entry.paths.join('\u0000')));
        break; // one finding per path: the first entry that covers it names the reason
      }
      if (allowed && !allowed(path)) {
        findings.push(finding('outside-allowed', rule('outside-allowed'), `${path} is outside the allowed paths (${policy.allowed!.join(', ')})`, path, path));
      }
    }
  }

  const lines = input.files.reduce((sum, f) => sum + f.added + f.removed, 0);
  if (policy.max_files !== undefined && input.files.length > policy.max_files) {
    findings.push(finding('too-large', rule('too-large'), `${input.files.length} files changed, over the limit of ${policy.max_files} (perimeter.max_files)`, undefined, 'files'));
  }
  if (policy.max_lines !== undefined && lines > policy.max_lines) {
    findings.push(finding('too-large', rule('too-large'), `${lines} lines changed (added + removed), over the limit of ${policy.max_lines} (perimeter.max_lines)`, undefined, 'lines'));
  }
  return findings;
}

function verb(file: ChangedFile): string {
  switch (file.status) {
    case 'renamed':
      return 'moves';
    case 'copied':
      return 'copies';
    case 'added':
      return 'adds';
    case 'deleted':
      return 'deletes';
    default:
      return 'changes';
  }
}
