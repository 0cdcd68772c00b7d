// Judges a finished head test run against the merge-base: re-runs the head's failing tests there
// (pre-existing failures are not the PR's), then runs the PR's new and changed test files over the
// base's code (anti-placebo). One temporary base worktree serves both; it shares the test probe's
// deadline and signal, so a slow base never costs the head's verdict, and it is always removed.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, posix, relative, sep } from 'node:path';
import type { ProbeContext } from '../../probe.js';
import type { ProbeFinding, ProbeOutcome, Shard } from '../../../types.js';
import type { BaseWorktree } from '../../../workspace/base-worktree.js';
import { realOr } from '../../../workspace/files.js';
import { baseBudgetMs, openOnBase, type PreexistingMode } from '../../on-base.js';
import { ANTI_PLACEBO_SHARD } from '../slice.js';
import { describeCommand } from '../../build/detect.js';
import { buildOnBase } from './build-on-base.js';
import { isLockfile, isManifest } from '../../../workspace/dependency-reuse.js';
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
import { judgeWholeCommand, type WholeCommandResult } from './same-failure.js';
import { fingerprint } from '../../../core/fingerprint.js';
import { tailLines } from '../../../core/text.js';
import type { ExecResult } from '../../../process/exec.js';
import { goModuleDirOf, packageDirOf, runnerOfFile } from './runner-of.js';

export interface BaseSettings {
  preexisting: PreexistingMode;
  anti_placebo: AntiPlaceboMode;
}

export interface HeadRun {
  outcome: ProbeOutcome;
  /** The head run's failing tests (repository-relative files where known). */
  failures: HeadFailure[];
  /** The head's whole test command: what it printed, and how to run it again in the base worktree. */
  command?: HeadCommand;
}

/** The test command run again in `dir` (the base worktree), with the same collection and judgement as at head. */
export type CommandRerun = (dir: string, options: { timeoutMs: number; env: Record<string, string> }) => Promise<{ result: ExecResult; outcome: ProbeOutcome }>;

export interface HeadCommand {
  output: string;
  exitCode: number | null;
  rerun: CommandRerun;
}

interface BaseRun {
  results: BaseResult[];
  /** Files of commands that ended with no report although they ran: nothing in them loaded. */
  notLoaded: string[];
  /** Why some command could not judge anything (timeout, runner missing); one line each. */
  problems: string[];
}

/** The base side of one test probe run: started before the head run, judged after it. */
export interface BaseJudgement {
  /** The head's outcome judged against the merge-base; the worktree is removed afterwards. */
  judge(head: HeadRun): Promise<ProbeOutcome>;
  /** Removes the worktree when the head run ended before `judge` (safe after it too). */
  dispose(): Promise<void>;
  /** Variables the base's test commands get on top of the probe's environment (a shared compile cache). */
  useEnv(env: Record<string, string>): void;
}

export interface BaseJudgementOptions {
  /** The runner detected for the repository, for files whose package names none. */
  runner: string;
  /** This run's slice of a sharded run: the anti-placebo check belongs to one shard only. */
  shard?: Shard;
}

/** Lines of the base's output kept in the details. */
const BASE_OUTPUT_TAIL_LINES = 30;

type Opened = { worktree: BaseWorktree } | { error: unknown };

/**
 * Starts the base side of the judgement. Whether the anti-placebo check runs is known from the diff
 * alone, so its worktree (checkout and linked dependencies) is prepared while the head's tests run; the base's
 * own test runs wait for the head run to end (two runs of one test file at once could share a port, a
 * database or a temporary file, and a failure that overlap caused must never be graded as the PR's).
 */
export function startBaseJudgement(ctx: ProbeContext<BaseSettings>, options: BaseJudgementOptions): BaseJudgement {
  const runnerOf = (file: string): string => runnerOfFile(ctx.root, file, options.runner);
  const changes = classifyChanges(ctx.diff.files, runnerOf);
  const supported = changes.testCaseFiles.filter((f) => isRerunRunner(runnerOf(f)));
  const unsupported = changes.testCaseFiles.filter((f) => !supported.includes(f));
  const sourceChanged = changes.sourceFiles.length > 0;
  const elsewhere = options.shard !== undefined && options.shard.total > 1 && options.shard.index !== ANTI_PLACEBO_SHARD;
  const antiPlacebo = ctx.settings.anti_placebo !== 'off' && supported.length > 0 && sourceChanged && !elsewhere;
  let env: Record<string, string> = {};
  let preparedMs: number | undefined;
  // A frozen install competes with the head's tests for the machine (and may build native modules): when
  // the PR touches a manifest or lockfile, the base is prepared after the head run instead.
  const installMayRun = ctx.diff.files.some((f) => isLockfile(f.path) || isManifest(f.path) || (f.oldPath !== undefined && (isLockfile(f.oldPath) || isManifest(f.oldPath))));
  const early = antiPlacebo && !installMayRun;
  let opening: Promise<Opened> | undefined = early ? open() : undefined;

  function open(): Promise<Opened> {
    const opened = Date.now();
    return openOnBase(ctx).then(
      (worktree) => {
        preparedMs = Date.now() - opened;
        return { worktree };
      },
      (error: unknown) => ({ error }),
    );
  }

  async function dispose(): Promise<void> {
    const opened = await opening;
    if (opened && 'worktree' in opened) opened.worktree.dispose();
  }

  async function judge(head: HeadRun): Promise<ProbeOutcome> {
    // What the base adds to the probe's time: from the end of the head run (the preparation overlaps it).
    const started = Date.now();
    const { outcome } = head;
    if (outcome.status !== 'pass' && outcome.status !== 'fail') return outcome;
    const rerun = head.failures.filter((f) => isRerunRunner(f.runner));
    const antiPlaceboInput = { mode: ctx.settings.anti_placebo, sourceChanged, unsupported, headFailures: head.failures };
    // Without source changes or runnable new tests the verdict needs no base run.
    const idle: AntiPlaceboVerdict = elsewhere && ctx.settings.anti_placebo !== 'off'
      ? { state: 'other-shard', reason: `checked once for the whole run, on shard ${ANTI_PLACEBO_SHARD}/${options.shard!.total}`, newTests: [] }
      : judgeAntiPlacebo({ ...antiPlaceboInput, changes: sourceChanged ? [] : supported.map((file) => ({ file, addedRanges: [] })), results: [], notLoaded: [] });
    const whole = head.command && failedUnnamed(outcome) ? head.command : undefined;
    const unchecked = uncheckedFailures(outcome, head.failures.length - rerun.length, whole !== undefined);
    if (!rerun.length && !antiPlacebo && !whole) return withBase(outcome, { ...(unchecked ? { base: { preexisting_check: unchecked } } : {}), ...antiPlaceboDetails(idle) }, []);

    opening ??= open();
    const reports = mkdtempSync(join(tmpdir(), 'loki-verify-base-reports-'));
    try {
      const opened = await opening;
      if ('error' in opened) throw opened.error;
      ctx.log(`judging against the merge-base ${ctx.diff.mergeBase.slice(0, 12)} in a temporary worktree (dependencies: ${opened.worktree.dependencies})`);
      return await judgeOnBase(opened.worktree, reports);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      ctx.log(`could not judge against the merge-base: ${reason}`);
      const verdict: AntiPlaceboVerdict = antiPlacebo ? { state: 'incomplete', reason, newTests: [] } : idle;
      const check = [rerun.length || whole ? `not made: ${reason}` : '', unchecked].filter(Boolean).join('; ');
      return withBase(outcome, { base: { error: reason, duration_ms: Date.now() - started, ...(check ? { preexisting_check: check } : {}) }, ...antiPlaceboDetails(verdict) }, []);
    } finally {
      rmSync(reports, { recursive: true, force: true });
      await dispose();
    }

    async function judgeOnBase(wt: BaseWorktree, reports: string): Promise<ProbeOutcome> {
      const built = await buildOnBase(ctx, wt);
      const runTests = (runner: RerunRunner, selection: TestSelection[], tag: string): Promise<BaseRun> => runOnBase(ctx, wt, reports, env, runner, selection, tag);

      // 1. The head's failing tests, on the base as it is.
      const preexistingRun = await sequential(groupByRunner(rerun, (f) => f.runner), (runner, failures) => runTests(runner, failures.map(selectionOf), 'failing'));
      const split = splitPreexisting(rerun, preexistingRun.results);
      // 1b. A red run that named no failing test: the whole command, on the base as it is.
      const onBase = whole ? await wholeOnBase(wt, whole) : undefined;

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
          ...(built ? { build: built } : {}),
          duration_ms: Date.now() - started,
          ...(preparedMs !== undefined ? { prepare_ms: preparedMs } : {}),
          prepared: early ? 'during the head run' : 'after the head run',
          ...(preexistingRun.problems.length ? { problems: preexistingRun.problems } : {}),
          ...(onBase ? { preexisting_check: [onBase.check, unchecked].filter(Boolean).join('; '), command_on_base: onBase.details } : unchecked ? { preexisting_check: unchecked } : {}),
        },
        ...(split.preexisting.length ? { preexisting: split.preexisting.map(({ name, file }) => ({ name, ...(file ? { file } : {}) })) } : {}),
        ...antiPlaceboDetails(verdict),
      };
      const judged = onBase?.result.state === 'same' ? commandPreexisting(outcome, ctx.settings.preexisting) : outcome;
      return withBase(judged, details, split.preexisting, ctx.settings.preexisting, verdict.finding);
    }

    /** Runs the head's whole test command in the worktree and compares the two failures. */
    async function wholeOnBase(wt: BaseWorktree, command: HeadCommand): Promise<{ result: WholeCommandResult; check: string; details: Record<string, unknown> }> {
      const shown = String((outcome.details as { command?: unknown } | undefined)?.command ?? 'the test command');
      const remaining = baseBudgetMs(ctx);
      let result: WholeCommandResult;
      let details: Record<string, unknown> = {};
      if (remaining <= 0) {
        result = { state: 'not-made', reason: 'the test timeout was reached before the base run' };
      } else {
        ctx.log(`on the base (the whole test command, which failed at head without naming a failing test): ${shown}`);
        const run = await command.rerun(wt.dir, { timeoutMs: remaining, env });
        const judged = run.outcome;
        const environment = (judged.details as { environment?: { cause?: string } } | undefined)?.environment;
        const unjudged = judged.status === 'inconclusive' && run.result.exitCode !== 0 ? (environment?.cause ? `it failed on the base because of the environment (${environment.cause})` : judged.summary) : undefined;
        const failedTests = (judged.findings ?? []).some((f) => f.rule === 'test-failed') || Number((judged.details as { failed?: unknown } | undefined)?.failed ?? 0) > 0;
        result = judgeWholeCommand(
          { output: command.output, exitCode: command.exitCode, dir: ctx.root, aliases: [realOr(ctx.root)] },
          { output: run.result.output, exitCode: run.result.exitCode, dir: wt.dir, aliases: [realOr(wt.dir)], failedTests, ...(unjudged ? { unjudged } : {}) },
          ctx.diff.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path])),
        );
        details = { exit_code: run.result.exitCode, output_tail: tailLines(run.result.output, BASE_OUTPUT_TAIL_LINES).split(wt.dir).join('<merge-base>') };
      }
      return { result, check: wholeCheckLine(shown, command.exitCode, result), details: { result: result.state, ...('reason' in result ? { reason: result.reason } : {}), ...details } };
    }
  }

  return { judge, dispose, useEnv: (more) => (env = { ...more }) };
}

/**
 * Why some of the head's failures were not looked for on the base: a red run that counted failing tests
 * without naming them (one that counted none is run whole on the base instead), failures beyond those
 * named, or of a runner that cannot re-run tests by name. They keep blocking: without a name there is
 * nothing to match on the base. Undefined when every failure was looked for.
 */
function uncheckedFailures(outcome: ProbeOutcome, otherRunner: number, wholeRerun: boolean): string | undefined {
  const findings = outcome.findings ?? [];
  const reasons: string[] = [];
  if (!wholeRerun && findings.some((f) => f.rule === 'test-run-failed')) reasons.push('not made: the run counted failing tests without naming them, so none could be matched on the base');
  const more = findings.find((f) => f.rule === 'test-failed' && !(f.details as { test?: string } | undefined)?.test);
  if (more) reasons.push(`not made for the failing tests beyond those named one by one (${more.message})`);
  if (otherRunner) reasons.push(`not made for ${otherRunner} failing test${otherRunner === 1 ? '' : 's'} of a runner that cannot re-run them by name`);
  return reasons.join('; ') || undefined;
}

/** `details.base.preexisting_check` for the whole command's run on the base. */
function wholeCheckLine(shown: string, exitCode: number | null, result: WholeCommandResult): string {
  switch (result.state) {
    case 'same':
      return `made: \`${shown}\` also fails on the merge-base, the same way (exit ${exitCode}), so the failure was there before the PR`;
    case 'passes':
      return `made: \`${shown}\` passes on the merge-base, so the PR's change makes it fail`;
    case 'differs':
      return `made: \`${shown}\` also fails on the merge-base, but differently (${result.reason}), so the head's failure is the PR's`;
    case 'not-made':
      return `not made: ${result.reason}`;
  }
}

/**
 * A red run that names no failing test and counted none (a lint step before the tests, a crash, a
 * compile error): the whole command is run on the base. One that counted failing tests it could not
 * name is not: a test failure is matched by name or not at all.
 */
function failedUnnamed(outcome: ProbeOutcome): boolean {
  const failed = Number((outcome.details as { failed?: unknown } | undefined)?.failed ?? 0);
  return failed === 0 && (outcome.findings ?? []).some((f) => f.rule === 'test-run-failed');
}

/** The head's test-run-failed once the whole command fails the same way on the base: advisory unless `test.preexisting: block`. */
function commandPreexisting(outcome: ProbeOutcome, mode: PreexistingMode): ProbeOutcome {
  const findings = (outcome.findings ?? []).map((finding): ProbeFinding => {
    if (finding.rule !== 'test-run-failed') return finding;
    const message = `${finding.message} (the whole command also fails the same way on the base)`;
    if (mode === 'block') return { ...finding, message };
    const command = String((outcome.details as { command?: unknown } | undefined)?.command ?? '');
    return { rule: 'preexisting-failure', severity: 'medium', blocking: false, message, fingerprint: fingerprint('test', 'preexisting-failure', command), details: { command, also_fails_on_base: true } };
  });
  return { ...outcome, summary: `${outcome.summary}; it also fails the same way on the base`, findings };
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
    if (!isRerunRunner(runner)) continue;
    const group = groups.get(runner);
    if (group) group.push(item);
    else groups.set(runner, [item]);
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
async function runOnBase(
  ctx: ProbeContext<BaseSettings>,
  wt: BaseWorktree,
  reports: string,
  env: Record<string, string>,
  runner: RerunRunner,
  selection: TestSelection[],
  tag: string,
): Promise<BaseRun> {
  const layout: Layout = { packageDir: (file) => packageDirOf(wt.dir, file), goModuleDir: (file) => goModuleDirOf(wt.dir, file) };
  const commands = rerunCommands(runner, selection, layout, (i) => join(reports, `${tag}-${runner.replace(/\W/g, '-')}-${i}`));
  const run: BaseRun = { results: [], notLoaded: [], problems: [] };
  if (runner === 'pytest' && wt.pythonChange) {
    // The head's environment is the only one there is: with other requirements it would judge the base wrongly.
    run.problems.push(`pytest not run on the base: the PR changed ${wt.pythonChange}, so the head's Python environment does not fit the base, and the gate installs no Python packages`);
    return run;
  }
  for (const command of commands) {
    const cwd = join(wt.dir, command.cwd);
    const argv = command.nodeBin ? [nodeBin(wt.dir, command.cwd, command.argv[0]!), ...command.argv.slice(1)] : command.argv;
    const remaining = baseBudgetMs(ctx);
    if (remaining <= 0) {
      run.problems.push('the test timeout was reached before the base run');
      break;
    }
    ctx.log(`on the base (${tag === 'new' ? "the PR's new and changed tests" : 'the failing tests'}): ${describeCommand(command.argv)}${command.cwd ? ` in ${command.cwd}` : ''}`);
    const result = await ctx.exec(argv, { cwd, env, timeoutMs: remaining, keepBytes: 64 * 1024 });
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
  for (const base of [wtDir, realOr(wtDir)]) {
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
