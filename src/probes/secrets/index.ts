// The secrets probe: its own rule engine over every commit of the PR (messages and added lines), so a
// secret added and deleted again is still found. Findings never hold the secret: rule, place, commit,
// a four-character preview and a fingerprint; the secrets themselves go to the run's redaction only.
import type { ProbeContext } from '../probe.js';
import type { ProbeOutcome } from '../../types.js';
import { Type } from 'typebox';
import { allowance, pathGlobs, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, notApplicable } from '../probe.js';
import { pathMatcher } from '../../config/path-globs.js';
import { buildFindings, type SecretFindings } from './findings.js';
import { policyFileReader, type PolicyFileReader } from '../../config/policy-files.js';
import { isIgnored, NO_GITLEAKS_CONFIG, parseGitleaksIgnore, type GitleaksConfig, type IgnoredFinding } from './gitleaks.js';
import { supportsRemergeDiff } from './history.js';
import { BUILTIN_RULES } from './rules/index.js';
import type { Rule } from './rules/rule.js';
import { createScanner } from './scan.js';
import { scanHistory, type HistoryScan } from './scan-history.js';

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
/** Skipped files and scan errors listed in the details (all are counted). */
const MAX_LISTED = 50;
const GITLEAKS_CONFIG = '.gitleaks.toml';
const GITLEAKS_IGNORE = '.gitleaksignore';

const settings = Type.Object({
  max_file_size: withDefault(
    Type.Integer({
      minimum: 1,
      description: "Bytes of a file change to scan (its hunks' text, or a binary file's blob); larger ones are not scanned and make the probe inconclusive unless paths_ignore covers them.",
    }),
    DEFAULT_MAX_FILE_SIZE,
  ),
  paths_ignore: withDefault(pathGlobs('Path globs not scanned.'), []),
  allow: withDefault(Type.Array(allowance(), { description: 'Accepted findings, by fingerprint, with a reason and an optional end date.' }), []),
});

export const secretsProbe = defineProbe({
  id: 'secrets',
  title: 'Secrets in the PR history',
  timeout: 300,
  security: true,
  policyFiles: [GITLEAKS_CONFIG, GITLEAKS_IGNORE],
  settings,

  applies(ctx) {
    return ctx.diff.commits.length > 0 ? APPLIES : notApplicable('no commits between the merge-base and HEAD');
  },

  async run(ctx) {
    const { max_file_size: maxFileSize, paths_ignore: pathsIgnore, allow } = ctx.settings;
    const [policy, remergeDiff] = await Promise.all([gitleaksPolicy(ctx), supportsRemergeDiff(ctx.git)]);
    const scan = await scanHistory({
      git: ctx.git,
      from: ctx.diff.mergeBase,
      to: ctx.diff.headSha,
      commits: ctx.diff.commits,
      signal: ctx.signal,
      remergeDiff,
      maxFileSize,
      isIgnored: pathMatcher(pathsIgnore),
      scanner: createScanner({ rules: activeRules(policy.config), allows: policy.config.allows }),
    });
    // Every secret seen, allowed or not, is masked in everything the run writes.
    ctx.conceal?.(scan.occurrences.flatMap((o) => (o.secret ? [o.secret] : [])));
    const kept = scan.occurrences.filter((o) => !isIgnored(policy.ignored, o));
    const report = buildFindings(kept, ctx.diff.commits, allow, ctx.now);
    return outcome(scan, report, {
      expected: ctx.diff.commits,
      maxFileSize,
      gitleaksIgnored: scan.occurrences.length - kept.length,
      gitleaks: policy.files,
    });
  },
});

interface GitleaksPolicy {
  config: GitleaksConfig;
  ignored: IgnoredFinding[];
  /** The gitleaks files found. */
  files: string[];
}

/**
 * `.gitleaks.toml` and `.gitleaksignore` from where the run reads its policy (the merge-base unless
 * `--policy-from head`): a PR cannot loosen them. The TOML and RE2 parsers load only for a config.
 */
async function gitleaksPolicy(ctx: Pick<ProbeContext, 'git' | 'diff' | 'options' | 'root'>): Promise<GitleaksPolicy> {
  const reader = ctx.options.policyReader ?? atMergeBase(ctx);
  const [config, ignore] = await Promise.all([reader.read(GITLEAKS_CONFIG), reader.read(GITLEAKS_IGNORE)]);
  const parsed = config === undefined ? NO_GITLEAKS_CONFIG : (await import('./gitleaks-config.js')).parseGitleaksConfig(config, reader.shown(GITLEAKS_CONFIG));
  return {
    config: parsed,
    ignored: ignore === undefined ? [] : parseGitleaksIgnore(ignore),
    files: [...(config === undefined ? [] : [GITLEAKS_CONFIG]), ...(ignore === undefined ? [] : [GITLEAKS_IGNORE])],
  };
}

/** The reader a run without one gets: the merge-base commit, as the gate reads its policy by default. */
function atMergeBase(ctx: Pick<ProbeContext, 'git' | 'diff' | 'root'>): PolicyFileReader {
  return policyFileReader({ root: ctx.root, from: 'merge-base', readAtMergeBase: (path) => ctx.git.tryShowFile(ctx.diff.mergeBase, path) });
}

/** Built-in rules less those disabled or redefined by the team's config, then the team's own rules. */
export function activeRules(config: GitleaksConfig): Rule[] {
  const custom = new Set(config.rules.map((r) => r.id));
  return [...config.rules, ...BUILTIN_RULES.filter((r) => !custom.has(r.id) && !config.disabled.has(r.id))];
}

function outcome(
  scan: HistoryScan,
  report: SecretFindings,
  context: { expected: readonly string[]; maxFileSize: number; gitleaksIgnored: number; gitleaks: string[] },
): ProbeOutcome {
  const seen = new Set(scan.commits);
  const missing = context.expected.filter((sha) => !seen.has(sha));
  const oversize = scan.skipped.filter((s) => s.reason === 'oversize');
  const details = {
    commits_scanned: scan.commits.length,
    commit_messages_scanned: scan.commits.length,
    files_scanned: scan.filesScanned,
    binary_files_scanned: scan.binaryScanned,
    merges_diffed_per_parent: scan.mergesDiffed,
    added_lines_scanned: scan.linesScanned,
    skipped_oversize: oversize.length,
    skipped_ignored: scan.skipped.length - oversize.length,
    max_file_size: context.maxFileSize,
    ...(scan.skipped.length > 0 ? { skipped_files: scan.skipped.slice(0, MAX_LISTED) } : {}),
    allowed_findings: report.allowed.length,
    ...(report.allowed.length > 0 ? { allowed: report.allowed } : {}),
    ...(report.unusedAllowances.length > 0 ? { unused_allowances: report.unusedAllowances } : {}),
    ...(context.gitleaks.length > 0 ? { gitleaks_files: context.gitleaks, gitleaks_ignored: context.gitleaksIgnored } : {}),
    ...(scan.errors.length > 0 ? { scan_errors: scan.errors.slice(0, MAX_LISTED), scan_error_count: scan.errors.length } : {}),
    ...(missing.length > 0 ? { commits_not_scanned: missing } : {}),
  };
  const scope = `${plural(scan.commits.length, 'commit')}, ${plural(scan.filesScanned, 'file change')}, ${plural(scan.linesScanned, 'added line')}`;
  const allowedNote = report.allowed.length > 0 ? `; ${report.allowed.length} allowed by secrets.allow` : '';

  if (report.findings.length > 0) {
    const commits = new Set(report.findings.map((f) => f.commit)).size;
    return {
      status: 'fail',
      summary: `${plural(report.findings.length, 'secret')} added by ${plural(commits, 'commit')} (scanned ${scope})${allowedNote}`,
      findings: report.findings,
      details,
    };
  }
  const gaps = [
    ...(missing.length > 0 ? [`${plural(missing.length, 'commit')} of the range not in git's output`] : []),
    ...(oversize.length > 0 ? [`${plural(oversize.length, 'file')} over secrets.max_file_size (${context.maxFileSize} bytes) not scanned: ${named(oversize.map((s) => s.path))}`] : []),
    ...(scan.errors.length > 0 ? [`${plural(scan.errors.length, 'file')} could not be read: ${named(scan.errors.map((e) => e.path ?? `message of ${e.commit.slice(0, 12)}`))}`] : []),
  ];
  if (gaps.length > 0) {
    return { status: 'inconclusive', summary: `no secrets found (scanned ${scope}), but ${gaps.join('; ')}`, details };
  }
  return { status: 'pass', summary: `no secrets (scanned ${scope})${allowedNote}`, details };
}

/** The first few names, then how many more. */
function named(paths: readonly string[]): string {
  const unique = [...new Set(paths)];
  const shown = unique.slice(0, 3).join(', ');
  return unique.length > 3 ? `${shown} and ${unique.length - 3} more` : shown;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
