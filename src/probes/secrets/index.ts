// The secrets probe: secretlint's engine over every commit of the PR (messages and added lines), so a
// secret added and deleted again is still found. Findings never hold the secret: rule, place, commit,
// a four-character preview and a fingerprint.
import type { Git } from '../../git/git.js';
import type { ProbeOutcome } from '../../types.js';
import { Type } from 'typebox';
import { allowance, pathGlobs, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, notApplicable } from '../probe.js';
import { pathMatcher } from '../../config/path-globs.js';
import { buildFindings, type SecretFindings } from './findings.js';
import { supportsRemergeDiff } from './history.js';
import { createScanner } from './scan.js';
import { scanHistory, type HistoryScan } from './scan-history.js';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
/** Skipped files and scan errors listed in the details (all are counted). */
const MAX_LISTED = 50;

const settings = Type.Object({
  max_file_size: withDefault(
    Type.Integer({ minimum: 1, description: 'Bytes; larger files are skipped and counted.' }),
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
  settings,

  applies(ctx) {
    return ctx.diff.commits.length > 0 ? APPLIES : notApplicable('no commits between the merge-base and HEAD');
  },

  async run(ctx) {
    const { max_file_size: maxFileSize, paths_ignore: pathsIgnore, allow } = ctx.settings;
    const remergeDiff = await supportsRemergeDiff(ctx.git);
    const scan = await scanHistory({
      git: ctx.git,
      from: ctx.diff.mergeBase,
      to: ctx.diff.headSha,
      signal: ctx.signal,
      remergeDiff,
      maxFileSize,
      isIgnored: pathMatcher(pathsIgnore),
      scanner: createScanner(),
    });
    const report = buildFindings(scan.occurrences, ctx.diff.commits, allow, ctx.now);
    const merges = remergeDiff ? 0 : await countMerges(ctx.git, ctx.diff.mergeBase, ctx.diff.headSha);
    return outcome(scan, report, { expected: ctx.diff.commits, maxFileSize, unscannedMerges: merges });
  },
});

async function countMerges(git: Git, from: string, to: string): Promise<number> {
  const out = await git.raw(['rev-list', '--merges', '--count', `${from}..${to}`]);
  return Number(out.trim()) || 0;
}

function outcome(
  scan: HistoryScan,
  report: SecretFindings,
  context: { expected: readonly string[]; maxFileSize: number; unscannedMerges: number },
): ProbeOutcome {
  const seen = new Set(scan.commits);
  const missing = context.expected.filter((sha) => !seen.has(sha));
  const count = (reason: string): number => scan.skipped.filter((s) => s.reason === reason).length;
  const details = {
    commits_scanned: scan.commits.length,
    commit_messages_scanned: scan.commits.length,
    files_scanned: scan.filesScanned,
    added_lines_scanned: scan.linesScanned,
    skipped_binary: count('binary'),
    skipped_oversize: count('oversize'),
    skipped_ignored: count('ignored'),
    max_file_size: context.maxFileSize,
    ...(scan.skipped.length > 0 ? { skipped_files: scan.skipped.slice(0, MAX_LISTED) } : {}),
    allowed_findings: report.allowed.length,
    ...(report.allowed.length > 0 ? { allowed: report.allowed } : {}),
    ...(report.unusedAllowances.length > 0 ? { unused_allowances: report.unusedAllowances } : {}),
    ...(scan.errors.length > 0 ? { scan_errors: scan.errors.slice(0, MAX_LISTED), scan_error_count: scan.errors.length } : {}),
    ...(missing.length > 0 ? { commits_not_scanned: missing } : {}),
    ...(context.unscannedMerges > 0 ? { merge_commits_not_diffed: context.unscannedMerges } : {}),
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
    ...(scan.errors.length > 0 ? [`${plural(scan.errors.length, 'scan error')}`] : []),
    ...(context.unscannedMerges > 0 ? [`${plural(context.unscannedMerges, 'merge commit')} not diffed (needs git 2.36+)`] : []),
  ];
  if (gaps.length > 0) {
    return { status: 'inconclusive', summary: `no secrets found (scanned ${scope}), but ${gaps.join(', ')}`, details };
  }
  return { status: 'pass', summary: `no secrets (scanned ${scope})${allowedNote}`, details };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
