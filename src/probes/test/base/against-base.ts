// Judges a finished head test run against the merge-base: re-runs the head's failing tests there
// (pre-existing failures are not the PR's), then runs the PR's new and changed test files over the
// base's code (anti-placebo). One temporary base worktree serves both; it shares the test probe's
// deadline and signal, so a slow base never costs the head's verdict, and it is always removed.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, posix, relative, sep } from 'node:path';
import type { ProbeContext } from '../../probe.js';
import type { ProbeFinding, ProbeOutcome } from '../../../types.js';
import type { BaseWorktree } from '../../../workspace/base-worktree.js';
import { baseBudgetMs, onBaseWorktree, type PreexistingMode } from '../../on-base.js';
import { classifyChanges } from './changes.js';
import { isRerunRunner, rerunCommands, type Layout, type RerunCommand, type RerunRunner, type TestSelection } from './filter.js';
import {
  judgeAntiPlacebo,
  preexistingFinding,
  splitPreexisting,
  type AntiPlaceboMode,
  type AntiPlaceboVerdict,
  type BaseResult,
  type HeadFailure,
  type TestFileChange,
} from './judge.js';
import { parseResults } from './results.js';
import { goModuleDirOf, packageDirOf, runnerOfFile } from './runner-of.js';

export interface BaseSettings {
  preexisting: PreexistingMode;
  anti_placebo: AntiPlaceboMode;
}

export interface HeadRun {
  outcome: ProbeOutcome;
  /** The head run's failing tests (repository-relative files where known). */
  failures: HeadFailure[];
  /** The runner detected for the repository, for files whose package names none. */
  runner: string;
}

interface BaseRun {
  results: BaseResult[];
  /** Files of commands that ended with no report although they ran: nothing in them loaded. */
  notLoaded: string[];
  /** Why some command could not judge anything (timeout, runner missing); one line each. */
  problems: string[];
}

export async function judgeAgainstBase(ctx: ProbeContext<BaseSettings>, head: HeadRun): Promise<ProbeOutcome> {
  const { outcome } = head;
  if (outcome.status !== 'pass' && outcome.status !== 'fail') return outcome;
  const started = Date.now();
  const runnerOf = (file: string): string => runnerOfFile(ctx.root, file, head.runner);

  const rerun = head.failures.filter((f) => isRerunRunner(f.runner) && !/more failing tests/.test(f.name));
  const changes = classifyChanges(ctx.diff.files, runnerOf);
  const supported = changes.testCaseFiles.filter((f) => isRerunRunner(runnerOf(f)));
  const unsupported = changes.testCaseFiles.filter((f) => !supported.includes(f));
  const antiPlaceboInput = { mode: ctx.settings.anti_placebo, sourceChanged: changes.sourceFiles.length > 0, unsupported, headFailures: head.failures };
  // Without source changes or runnable new tests the verdict needs no base run.
  const idle = judgeAntiPlacebo({ ...antiPlaceboInput, changes: antiPlaceboInput.sourceChanged ? [] : supported.map((file) => ({ file, addedRanges: [] })), results: [], notLoaded: [] });
  const antiPlacebo = ctx.settings.anti_placebo !== 'off' && supported.length > 0 && antiPlaceboInput.sourceChanged;
  const unsupportedFailures = head.failures.length - rerun.length;
  if (!rerun.length && !antiPlacebo) return withBase(outcome, antiPlaceboDetails(idle), []);

  const reports = mkdtempSync(join(tmpdir(), 'loki-verify-base-reports-'));
  try {
    return await onBaseWorktree(ctx, (wt) => judgeOnBase(wt));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    ctx.log(`could not judge against the merge-base: ${reason}`);
    const verdict: AntiPlaceboVerdict = antiPlacebo ? { state: 'incomplete', reason, newTests: [] } : idle;
    return withBase(outcome, { base: { error: reason, duration_ms: Date.now() - started }, ...antiPlaceboDetails(verdict) }, []);
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }

  async function judgeOnBase(wt: BaseWorktree): Promise<ProbeOutcome> {
    const runTests = (runner: RerunRunner, selection: TestSelection[], tag: string): Promise<BaseRun> => runOnBase(ctx, wt, reports, runner, selection, tag);

    // 1. The head's failing tests, on the base as it is.
    const preexistingRun = await sequential(groupByRunner(rerun, (f) => f.runner), (runner, failures) => runTests(runner, failures.map(selectionOf), 'failing'));
    const split = splitPreexisting(rerun, preexistingRun.results);

    // 2. The PR's new and changed test files, over the base's code.
    let verdict = idle;
    if (antiPlacebo) {
      for (const file of changes.testFiles) copyOver(ctx.root, wt.dir, file);
      const placeboRun = await sequential(groupByRunner(supported, runnerOf), (runner, files) => runTests(runner, files.map((file) => ({ file })), 'new'));
      verdict = placeboRun.problems.length
        ? { state: 'incomplete', reason: placeboRun.problems[0]!, newTests: [] }
        : judgeAntiPlacebo({ ...antiPlaceboInput, changes: await Promise.all(supported.map((file) => fileChange(ctx, file))), results: placeboRun.results, notLoaded: placeboRun.notLoaded });
    }
    const details = {
      base: {
        merge_base: ctx.diff.mergeBase,
        dependencies: wt.dependencies,
        duration_ms: Date.now() - started,
        ...(preexistingRun.problems.length ? { problems: preexistingRun.problems } : {}),
        ...(unsupportedFailures ? { not_rerun: `${unsupportedFailures} failing test${unsupportedFailures === 1 ? '' : 's'} of a runner that cannot re-run them by name` } : {}),
      },
      ...(split.preexisting.length ? { preexisting: split.preexisting.map(({ name, file }) => ({ name, ...(file ? { file } : {}) })) } : {}),
      ...antiPlaceboDetails(verdict),
    };
    return withBase(outcome, details, split.preexisting, ctx.settings.preexisting, verdict.finding);
  }
}

function antiPlaceboDetails(verdict: AntiPlaceboVerdict): Record<string, unknown> {
  return { anti_placebo: verdict.state, ...(verdict.reason ? { anti_placebo_reason: verdict.reason } : {}), new_tests: verdict.newTests };
}

function selectionOf(failure: HeadFailure): TestSelection {
  return { name: failure.name, ...(failure.file ? { file: failure.file } : {}), ...(failure.titlePath ? { titlePath: failure.titlePath } : {}) };
}

function groupByRunner<T>(items: readonly T[], runnerOf: (item: T) => string): Map<RerunRunner, T[]> {
  const groups = new Map<RerunRunner, T[]>();
  for (const item of items) {
    const runner = runnerOf(item);
    if (isRerunRunner(runner)) groups.set(runner, [...(groups.get(runner) ?? []), item]);
  }
  return groups;
}

/** One runner after another: the machine's cores are the head run's too. */
async function sequential<T>(groups: Map<RerunRunner, T[]>, run: (runner: RerunRunner, items: T[]) => Promise<BaseRun>): Promise<BaseRun> {
  const runs: BaseRun[] = [];
  for (const [runner, items] of groups) runs.push(await run(runner, items));
  return mergeRuns(runs);
}

function mergeRuns(runs: readonly BaseRun[]): BaseRun {
  return { results: runs.flatMap((r) => r.results), notLoaded: runs.flatMap((r) => r.notLoaded), problems: runs.flatMap((r) => r.problems) };
}

function copyOver(root: string, dir: string, file: string): void {
  const from = join(root, file);
  if (!existsSync(from)) return;
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  copyFileSync(from, join(dir, file));
}

/** A changed test file with its merge-base text (from git: the worktree copy has been overwritten) and added lines. */
async function fileChange(ctx: ProbeContext<BaseSettings>, file: string): Promise<TestFileChange> {
  const changed = ctx.diff.files.find((f) => f.path === file)!;
  const basePath = changed.status === 'added' || changed.status === 'copied' ? undefined : (changed.oldPath ?? file);
  const baseText = basePath === undefined ? undefined : await ctx.git.tryShowFile(ctx.diff.mergeBase, basePath);
  const headText = readIfThere(join(ctx.root, file));
  return { file, ...(baseText !== undefined ? { baseText } : {}), ...(headText !== undefined ? { headText } : {}), addedRanges: changed.addedRanges };
}

/** Runs `selection` of `runner` in the base worktree and reads every test's result with repository-relative files. */
async function runOnBase(ctx: ProbeContext<BaseSettings>, wt: BaseWorktree, reports: string, runner: RerunRunner, selection: TestSelection[], tag: string): Promise<BaseRun> {
  const layout: Layout = { packageDir: (file) => packageDirOf(wt.dir, file), goModuleDir: (file) => goModuleDirOf(wt.dir, file) };
  const commands = rerunCommands(runner, selection, layout, (i) => join(reports, `${tag}-${runner.replace(/\W/g, '-')}-${i}`));
  const run: BaseRun = { results: [], notLoaded: [], problems: [] };
  for (const command of commands) {
    const cwd = join(wt.dir, command.cwd);
    const argv = command.nodeBin ? [nodeBin(wt.dir, command.cwd, command.argv[0]!), ...command.argv.slice(1)] : command.argv;
    const remaining = baseBudgetMs(ctx);
    if (remaining <= 0) {
      run.problems.push('the test timeout was reached before the base run');
      break;
    }
    const result = await ctx.exec(argv, { cwd, timeoutMs: remaining, keepBytes: 64 * 1024 });
    const files = filesOf(command, selection, layout);
    if (result.spawnError || result.timedOut || result.aborted || result.exitCode === 126 || result.exitCode === 127) {
      run.problems.push(`${runner} on the base ${result.timedOut || result.aborted ? 'was stopped by the timeout' : `could not run (${result.spawnError ?? `exit ${result.exitCode}`})`}`);
      continue;
    }
    const text = command.report.from === 'stdout' ? result.stdout : readIfThere(argvReport(command));
    let parsed: BaseResult[] | undefined;
    try {
      parsed = text?.trim() ? parseResults(command.report.format, text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed) {
      // Exit 0 with no report is the runner's problem; a red exit with none is files that did not load.
      if (result.exitCode === 0) run.problems.push(`${runner} on the base wrote no report`);
      else run.notLoaded.push(...files);
      continue;
    }
    run.results.push(...parsed.map((r) => inRepository(r, wt.dir, command, files)));
  }
  return run;
}

function argvReport(command: RerunCommand): string {
  const flag = command.argv.find((a) => /^--(?:outputFile|test-reporter-destination|junitxml|reporter-option=output)=/.test(a))!;
  return flag.slice(flag.lastIndexOf('=') + 1);
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The repository-relative files a command covers (those of its selection within its folder). */
function filesOf(command: RerunCommand, selection: readonly TestSelection[], layout: Layout): string[] {
  const owner = command.runner === 'go test' ? layout.goModuleDir : command.runner === 'pytest' ? () => '' : layout.packageDir;
  return [...new Set(selection.filter((s) => s.file && owner(s.file) === command.cwd).map((s) => s.file!))];
}

/** A result's file relative to the repository root, whatever the report gave (absolute, relative to the runner's folder, none for go). */
function inRepository(result: BaseResult, wtDir: string, command: RerunCommand, files: readonly string[]): BaseResult {
  let file = result.file;
  if (file) {
    const absolute = isAbsolute(file) ? file : join(wtDir, command.cwd, file);
    file = toPosix(relativeToAny(absolute, wtDir));
  } else if (command.runner === 'go test' && result.titlePath?.[0]) {
    // go reports no file: the selected file that declares the top-level test function.
    const declared = new RegExp(`^func ${result.titlePath[0]}\\(`, 'm');
    file = files.find((f) => declared.test(readIfThere(join(wtDir, f)) ?? ''));
  }
  const name = result.loadError && file ? `${file} (failed to run)` : result.name;
  return { ...result, name, ...(file ? { file } : {}) };
}

function relativeToAny(absolute: string, wtDir: string): string {
  let real = wtDir;
  try {
    real = realpathSync(wtDir);
  } catch {
    // as given
  }
  for (const base of [wtDir, real]) {
    const rel = relative(base, absolute);
    if (!rel.startsWith('..') && !isAbsolute(rel)) return rel;
  }
  return absolute;
}

function toPosix(path: string): string {
  return path.split(sep).join(posix.sep);
}

/** The runner's executable from node_modules/.bin, nearest the folder first; the bare name (PATH) when none has it. */
function nodeBin(wtDir: string, cwd: string, name: string): string {
  for (let dir = cwd; ; dir = posix.dirname(dir)) {
    const candidate = join(wtDir, dir === '.' ? '' : dir, 'node_modules', '.bin', name);
    if (existsSync(candidate)) return candidate;
    if (dir === '' || dir === '.' || dir === '/') return name;
  }
}

/** The head outcome with the base's judgement: pre-existing failures re-graded, the placebo finding added. */
function withBase(
  outcome: ProbeOutcome,
  details: Record<string, unknown>,
  preexisting: readonly HeadFailure[],
  mode: PreexistingMode = 'concern',
  placebo?: ProbeFinding,
): ProbeOutcome {
  const findings = (outcome.findings ?? []).map((finding) => {
    if (finding.rule !== 'test-failed') return finding;
    const test = (finding.details as { test?: string } | undefined)?.test ?? '';
    const failure = preexisting.find((f) => f.name === test && (!finding.file || !f.file || f.file === finding.file));
    return failure ? preexistingFinding(failure, mode, finding) : finding;
  });
  if (placebo) findings.push(placebo);
  const also = preexisting.length ? `; ${preexisting.length} of them also fail${preexisting.length === 1 ? 's' : ''} on the base` : '';
  const status = outcome.status === 'pass' && placebo?.blocking ? 'fail' : outcome.status;
  return {
    ...outcome,
    status,
    summary: `${outcome.summary}${also}${placebo ? `; ${placebo.blocking ? '' : 'concern: '}new tests pass on the base too` : ''}`,
    ...(findings.length ? { findings } : {}),
    details: { ...outcome.details, ...details },
  };
}
