// The tamper probe: a static comparison of the merge-base and head that catches a PR weakening the checks
// instead of passing them (tests removed, skipped or focused, suppressions, lowered thresholds, disabled
// checks), plus tracked files the PR's own code changed while the build, test and held-out probes ran.
import { Type } from 'typebox';
import { pathMatcher } from '../../config/path-globs.js';
import { allowance, pathGlobs, severity, withDefault } from '../../config/schema-parts.js';
import type { ChangedFile, ProbeId, ProbeOutcome } from '../../types.js';
import { APPLIES, defineProbe, notApplicable, type ProbeContext } from '../probe.js';
import type { Analysis, BaseFiles, FileTexts } from './analyse.js';
import { isConfigPath, selectsTests } from './configs/paths.js';
import { buildFindings, RULE_DEFAULTS, type TamperFindings } from './findings.js';
import { hasGeneratedHeader } from './generated.js';
import { RULE_IDS } from './hit.js';
import { languageOf } from './languages/paths.js';
import { removedProjects, underAny } from './projects.js';
import { treeModified, type ProbeTreeChanges } from './rules/tree-modified.js';
import { blobRequests, linguistGenerated, listFiles, readBlobs } from './source.js';

/** Probes that run the PR's code: the engine snapshots the tracked tree around them. */
const CODE_RUNNING_PROBES: ProbeId[] = ['build', 'test', 'heldout'];
const MAX_LISTED = 50;
/** Third-party code committed into the repository: not the author's checks to weaken. */
const VENDORED = /(?:^|\/)(?:node_modules|vendor|third_party|bower_components)\//;

/** `tamper.rules.<id>`: a rule's severity and whether it blocks (contract defaults in findings.ts). */
const ruleSetting = (id: (typeof RULE_IDS)[number]) =>
  Type.Optional(
    Type.Object(
      {
        severity: Type.Optional(severity({ description: `Default ${RULE_DEFAULTS[id].severity}.` })),
        blocking: Type.Optional(Type.Boolean({ description: `Default ${String(RULE_DEFAULTS[id].blocking)}.` })),
      },
      { additionalProperties: false },
    ),
  );

const settings = Type.Object({
  paths_ignore: withDefault(pathGlobs('Path globs not examined (tree-modified still names them).'), []),
  rules: withDefault(
    Type.Object(
      {
        'test-removed': ruleSetting('test-removed'),
        'test-skipped': ruleSetting('test-skipped'),
        'test-focused': ruleSetting('test-focused'),
        'suppression-added': ruleSetting('suppression-added'),
        'threshold-lowered': ruleSetting('threshold-lowered'),
        'check-disabled': ruleSetting('check-disabled'),
        'tree-modified': ruleSetting('tree-modified'),
      },
      { additionalProperties: false, description: 'Severity and blocking per rule.' },
    ),
    {},
  ),
  allow: withDefault(Type.Array(allowance(), { description: 'Accepted findings, by fingerprint, with a reason and an optional end date.' }), []),
});

export const tamperProbe = defineProbe({
  id: 'tamper',
  title: 'Checks weakened by the PR',
  timeout: 120,
  after: CODE_RUNNING_PROBES,
  settings,

  applies(ctx) {
    // Tree changes made by the PR's code are reported even when the diff is empty.
    return ctx.diff.files.length > 0 || treeChangesOf(ctx).length > 0 ? APPLIES : notApplicable('no changed files');
  },

  async run(ctx) {
    const { paths_ignore: pathsIgnore, rules, allow } = ctx.settings;
    const ignored = pathMatcher(pathsIgnore);
    const candidates = ctx.diff.files.filter(
      (file) =>
        !file.binary && !ignored(file.path) && !VENDORED.test(file.path) && (isExamined(file.path) || (file.oldPath !== undefined && isExamined(file.oldPath))),
    );
    const { files, generated, oversize } = await readTexts(ctx, candidates);
    const deleted = new Set(ctx.diff.files.filter((f) => f.status === 'deleted').map((f) => f.path));
    // Configs and tests deleted with the whole sub-project they belonged to are not compared.
    const deletedCandidates = candidates.filter((file) => file.status === 'deleted').map((file) => file.path);
    // The merge-base's file list, read once and only when needed (removed sub-projects, tests-deselected).
    let tracked: Promise<string[]> | undefined;
    const baseTree = (): Promise<string[]> => (tracked ??= listFiles(ctx.git, ctx.diff.mergeBase, ctx.signal));
    const projects = deletedCandidates.length > 0 ? removedProjects(await baseTree(), ctx.diff.files, deletedCandidates) : [];
    const compared = files.filter(({ file }) => !(file.status === 'deleted' && underAny(file.path, projects)));
    // The merge-base's file list only when a config that selects test files changed (tests-deselected).
    // Paths renamed away are gone from head too: a test file moved elsewhere is not one a config left out.
    const baseFiles = compared.some(({ file }) => selectsTests(file.path) || (file.oldPath !== undefined && selectsTests(file.oldPath)))
      ? { paths: await baseTree(), gone: new Set([...deleted, ...ctx.diff.files.flatMap((f) => (f.oldPath ? [f.oldPath] : []))]) }
      : undefined;
    const analysis = await analyseFiles(compared, deleted, baseFiles);
    const treeHits = treeModified(treeChangesOf(ctx));
    const report = buildFindings([...analysis.hits, ...treeHits], rules, allow, ctx.now);
    return outcome(report, analysis, { generated, oversize, projects, examined: candidates.length });
  },
});

/** The syntax trees and config parsers load only when there is something to parse. */
async function analyseFiles(files: FileTexts[], deleted: Set<string>, baseFiles: BaseFiles | undefined): Promise<Analysis> {
  if (files.length === 0) return { hits: [], sourcesAnalysed: 0, configsAnalysed: 0, unreadable: [] };
  const { analyse } = await import('./analyse.js');
  return analyse(files, deleted, baseFiles);
}

function isExamined(path: string): boolean {
  return languageOf(path) !== undefined || isConfigPath(path);
}

async function readTexts(ctx: Pick<ProbeContext, 'git' | 'diff' | 'signal'>, candidates: readonly ChangedFile[]): Promise<{ files: FileTexts[]; generated: string[]; oversize: string[] }> {
  const { texts, oversize } = await readBlobs(ctx.git, candidates.flatMap((file) => blobRequests(ctx.diff, file)), ctx.signal);
  const attributed = await linguistGenerated(ctx.git, candidates.map((file) => file.path), ctx.signal);
  const files: FileTexts[] = [];
  const generated: string[] = [];
  for (const file of candidates) {
    const base = file.status === 'added' ? undefined : texts.get(`${ctx.diff.mergeBase}:${file.oldPath ?? file.path}`);
    const head = file.status === 'deleted' ? undefined : texts.get(`${ctx.diff.headSha}:${file.path}`);
    if (attributed.has(file.path) || (head !== undefined ? hasGeneratedHeader(head) : base !== undefined && hasGeneratedHeader(base))) {
      generated.push(file.path);
      continue;
    }
    files.push({ file, ...(base === undefined ? {} : { base }), ...(head === undefined ? {} : { head }) });
  }
  return { files, generated, oversize };
}

/** `tree_changes` the engine recorded on each code-running probe's result. */
function treeChangesOf(ctx: Pick<ProbeContext, 'result'>): ProbeTreeChanges[] {
  return CODE_RUNNING_PROBES.flatMap((id) => {
    const changes = ctx.result(id)?.tree_changes ?? [];
    return changes.length > 0 ? [{ probe: id, changes }] : [];
  });
}

function outcome(report: TamperFindings, analysis: Analysis, scope: { generated: string[]; oversize: string[]; projects: string[]; examined: number }): ProbeOutcome {
  const count = (rule: string): number => report.findings.filter((f) => f.rule === rule).length;
  const details = {
    files_examined: scope.examined,
    sources_analysed: analysis.sourcesAnalysed,
    configs_analysed: analysis.configsAnalysed,
    by_rule: Object.fromEntries(RULE_IDS.map((rule) => [rule, count(rule)])),
    ...(scope.generated.length > 0 ? { generated_files_ignored: scope.generated.slice(0, MAX_LISTED), generated_count: scope.generated.length } : {}),
    ...(scope.oversize.length > 0 ? { oversize_not_read: scope.oversize.slice(0, MAX_LISTED) } : {}),
    ...(scope.projects.length > 0 ? { projects_removed: scope.projects.slice(0, MAX_LISTED) } : {}),
    ...(analysis.unreadable.length > 0 ? { unreadable: analysis.unreadable.slice(0, MAX_LISTED) } : {}),
    allowed_findings: report.allowed.length,
    ...(report.allowed.length > 0 ? { allowed: report.allowed } : {}),
    ...(report.unusedAllowances.length > 0 ? { unused_allowances: report.unusedAllowances } : {}),
  };
  const blocking = report.findings.filter((f) => f.blocking).length;
  const scopeText = `${scope.examined} file${scope.examined === 1 ? '' : 's'} examined`;
  const allowedNote = report.allowed.length > 0 ? `; ${report.allowed.length} allowed by tamper.allow` : '';
  if (report.findings.length > 0) {
    const rules = [...new Set(report.findings.map((f) => f.rule))].map((rule) => `${rule} ${count(rule)}`).join(', ');
    return { status: blocking > 0 ? 'fail' : 'pass', summary: `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${rules}; ${scopeText})${allowedNote}`, findings: report.findings, details };
  }
  // What the PR produced must be readable to be judged; a file that was already broken at the merge-base
  // (and the PR fixes or deletes) is listed, not held against the PR.
  const unreadHead = analysis.unreadable.filter((u) => u.side === 'head');
  if (unreadHead.length > 0) {
    const paths = unreadHead.slice(0, 3).map((u) => u.path).join(', ');
    return { status: 'inconclusive', summary: `no weakened checks found, but ${unreadHead.length} changed file(s) could not be parsed: ${paths}`, details };
  }
  const unreadBase = analysis.unreadable.length > 0 ? `; ${analysis.unreadable.length} file(s) unparseable at the merge-base, compared as absent there` : '';
  return { status: 'pass', summary: `no weakened checks (${scopeText})${allowedNote}${unreadBase}`, details };
}
