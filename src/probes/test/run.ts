// The test probe's run: the head's test command (or this shard's slice of it) with the runners' reports
// collected, judged, then judged against the merge-base. Loaded only when the probe runs (index.ts), so a
// gate run without tests never loads the report parsers.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { tailLines } from '../../core/text.js';
import { prepareLaunch } from '../../workspace/launcher.js';
import { readPackageJson, realOr } from '../../workspace/files.js';
import { describeCommand } from '../build/detect.js';
import { notRunOutcome } from '../command-failure.js';
import { diagnoseEnvironment } from '../environment-facts.js';
import { missingBrowser } from '../environment.js';
import type { ProbeContext } from '../probe.js';
import { prepareCollection, type Collection } from './collect/hooks.js';
import { readReports, type RunnerRun } from './collect/read.js';
import { goModule, type TestPlan } from './detect.js';
import { judgeTestRun, type TestRunFacts } from './judge.js';
import { locateByTitle } from './locate.js';
import { sliceRun } from './shard-run.js';
import { EMPTY_SLICE_REASON } from '../../merge/merge.js';
import type { ProbeOutcome, Shard } from '../../types.js';
import { parseReport, type TestCounts } from './reports.js';
import type { ExecResult } from '../../process/exec.js';
import { startBaseJudgement, type CommandRerun } from './base/against-base.js';
import type { HeadFailure } from './base/judge.js';
import type { TestSettings } from './index.js';

const OUTPUT_TAIL_LINES = 30;

export async function runTests(ctx: ProbeContext<TestSettings>, plan: TestPlan): Promise<ProbeOutcome> {
  const build = ctx.result('build');
  if (build?.status === 'fail' && ctx.settings.needs_build) return { status: 'skipped', summary: 'not run: the build failed (test.needs_build)' };
  const shard = ctx.options.shard && ctx.options.shard.total > 1 ? ctx.options.shard : undefined;
  const slice = shard ? await sliceRun(ctx, plan, shard) : { command: plan.command };
  if ('outcome' in slice) return slice.outcome;
  // The base side needs only the diff to start: its worktree is made while the head's tests run.
  const base = startBaseJudgement(ctx, { runner: plan.runner, ...(shard ? { shard } : {}) });
  const launch = plan.packageManager ? prepareLaunch(ctx.root, plan.packageManager, readPackageJson(ctx.root, ctx.root), ctx.env.PATH) : undefined;
  let collection: ReturnType<typeof prepareCollection> | undefined;
  try {
    const node = await ctx.exec(['node', '-p', 'process.versions.node'], { env: { ...launch?.env, NODE_OPTIONS: '' }, timeoutMs: 10_000 });
    const nodeVersion = node.exitCode === 0 ? node.stdout.trim() : undefined;
    collection = prepareCollection({ baseEnv: ctx.env, nodeTestReporter: plan.nodeTestReporter, nodeVersion });
    base.useEnv(collection.compileCacheEnv);
    // The slice's exact command, with the NODE_OPTIONS part that selects it (node's --test-shard).
    const shown = [slice.nodeOption ? `NODE_OPTIONS=${slice.nodeOption}` : '', describeCommand(slice.command)].filter(Boolean).join(' ');
    ctx.log(`running ${shown} (${plan.source}${shard ? `, shard ${shard.index}/${shard.total}` : ''}${launch?.note ? `; ${launch.note}` : ''})`);
    const setup: CommandSetup = { plan, slice, shown };
    const { result, outcome: head, facts } = await runCommand(ctx, setup, { dir: ctx.root, collection, launch, env: {} });
    if (!facts) return head;
    // The same command again, in the base worktree, for a red run that names no failing test.
    const rerun: CommandRerun = async (dir, options) => {
      const baseCollection = prepareCollection({ baseEnv: { ...ctx.env, ...options.env }, nodeTestReporter: plan.nodeTestReporter, nodeVersion });
      const baseLaunch = plan.packageManager ? prepareLaunch(dir, plan.packageManager, readPackageJson(dir, dir), ctx.env.PATH) : undefined;
      try {
        return await runCommand(ctx, setup, { dir, collection: baseCollection, launch: baseLaunch, env: options.env, timeoutMs: options.timeoutMs });
      } finally {
        baseLaunch?.dispose();
        baseCollection.dispose();
      }
    };
    const judged = await base.judge({ outcome: head, failures: failingTests(head, plan.runner), command: { output: result.output, exitCode: result.exitCode, rerun } });
    const outcome = shard ? sliceOutcome(judged, facts, shard) : judged;
    return build?.status === 'fail' ? { ...outcome, summary: `${outcome.summary} (the build failed)` } : outcome;
  } finally {
    await base.dispose();
    collection?.dispose();
    launch?.dispose();
  }
}

interface CommandSetup {
  plan: TestPlan;
  slice: { command: string | string[]; nodeOption?: string };
  /** The command as the details show it. */
  shown: string;
}

interface CommandPlace {
  /** The folder it runs in: the repository, or the base worktree. */
  dir: string;
  collection: Collection;
  launch: ReturnType<typeof prepareLaunch> | undefined;
  /** Variables on top of the collection's and the launcher's (the base's shared compile cache). */
  env: Record<string, string>;
  timeoutMs?: number;
}

interface CommandRun {
  result: ExecResult;
  outcome: ProbeOutcome;
  /** What the run showed; absent when it did not start or was stopped (the outcome says which). */
  facts?: TestRunFacts;
}

/** Runs the test command in `place.dir` with the runners' reports collected, and judges what it did. */
async function runCommand(ctx: ProbeContext<TestSettings>, setup: CommandSetup, place: CommandPlace): Promise<CommandRun> {
  const { plan, slice, shown } = setup;
  const { collection, launch } = place;
  const nodeOptions: Record<string, string> = slice.nodeOption ? { NODE_OPTIONS: [collection.env.NODE_OPTIONS ?? ctx.env.NODE_OPTIONS, slice.nodeOption].filter(Boolean).join(' ') } : {};
  const result = await ctx.exec(slice.command, {
    cwd: place.dir,
    env: { ...place.env, ...collection.env, ...nodeOptions, ...launch?.env },
    keepBytes: 256 * 1024,
    ...(place.timeoutMs !== undefined ? { timeoutMs: place.timeoutMs } : {}),
  });
  const notRun = notRunOutcome('the test runner', result);
  const tail = tailLines(result.output, OUTPUT_TAIL_LINES);
  if (notRun) return { result, outcome: { ...notRun, details: { runner: plan.runner, source: plan.source, command: shown, exit_code: result.exitCode, output_tail: tail } } };
  const { runs, unreadable } = readReports(collection.reportDir);
  const facts: TestRunFacts = {
    runner: plan.runner,
    source: plan.source,
    command: shown,
    exitCode: result.exitCode,
    signal: result.signal,
    ...collected(plan, place.dir, result, runs),
    unreadable,
    customCommand: plan.source === 'config test.run',
    outputTail: tail,
  };
  if (result.exitCode !== 0) {
    const environment = diagnoseEnvironment(place.dir, result);
    if (environment) facts.environment = environment;
    // The whole kept output (its start too, not only the tail): the launch error is printed once, early.
    const browser = missingBrowser(result.output);
    if (browser) facts.browser = browser;
  }
  return { result, outcome: judgeTestRun(facts), facts };
}

/** The failing tests the outcome names (one test-failed finding each). */
function failingTests(outcome: ProbeOutcome, runner: string): HeadFailure[] {
  return (outcome.findings ?? []).flatMap((finding) => {
    const details = finding.details as { test?: string; title_path?: string[]; runner?: string } | undefined;
    if (finding.rule !== 'test-failed' || !details?.test) return [];
    return [{ name: details.test, runner: details.runner ?? runner, ...(finding.file ? { file: finding.file } : {}), ...(details.title_path ? { titlePath: details.title_path } : {}) }];
  });
}

/** A slice's outcome carries its shard; one that ran no test (more shards than test files) is an empty slice. */
function sliceOutcome(outcome: ProbeOutcome, facts: TestRunFacts, shard: Shard): ProbeOutcome {
  const ran = facts.runs.reduce((n, run) => n + run.counts.passed + run.counts.failed, 0);
  const empty = ran === 0 && facts.exitCode === 0;
  return {
    ...outcome,
    ...(empty ? { status: 'skipped', summary: EMPTY_SLICE_REASON } : {}),
    details: { ...outcome.details, shard },
  };
}

/** Runs from the runners' reports, else the report the command printed, else every summary line of its output. */
function collected(plan: TestPlan, root: string, result: ExecResult, reports: RunnerRun[]): Pick<TestRunFacts, 'runs' | 'collectedFrom'> {
  const inRepo = (runs: RunnerRun[]): RunnerRun[] =>
    runs.map((run) => {
      const counts = relativeFiles(root, run.counts);
      return { runner: run.runner, counts: { ...counts, failures: locateByTitle(root, counts.failures) } };
    });
  if (reports.length) return { runs: inRepo(reports), collectedFrom: 'reports' };
  if (plan.printed) {
    const text = plan.printed === 'go-json' ? result.stdout : result.output;
    const module = plan.printed === 'go-json' ? goModule(root) : undefined;
    const counts = parseReport(plan.printed, text, module ? { goModule: module } : {});
    if (counts && counts.passed + counts.failed + counts.skipped > 0) return { runs: inRepo([{ runner: plan.runner, counts }]), collectedFrom: 'printed' };
  }
  const summary = parseReport('summary', result.output);
  if (!summary) return { runs: [], collectedFrom: 'none' };
  // A runner that prints TAP where no hook reaches it (node-tap when its output is not a terminal): the
  // summary's counts, and the failing tests named from the TAP itself.
  const failures = summary.failed > 0 && summary.failures.length === 0 && TAP_OUTPUT.test(result.output) ? (parseReport('tap', result.output)?.failures ?? []) : [];
  return { runs: inRepo([{ runner: plan.runner, counts: { ...summary, failures: failures.length ? failures : summary.failures } }]), collectedFrom: 'summary' };
}

/** TAP's version line, or a failing test point at a line's start. */
const TAP_OUTPUT = /^TAP version \d+$|^\s*not ok \d+ - /m;

/** Failures' files relative to the repository root (reports give absolute paths, also inside workspaces). */
function relativeFiles(root: string, counts: TestCounts): TestCounts {
  const realRoot = realOr(root);
  const toRepo = (file: string | undefined): string | undefined => {
    if (!file) return undefined;
    if (!isAbsolute(file)) {
      // Relative to where the runner ran, which in a workspace may be a package: kept only when it names a file from the root.
      const rel = file.split(sep).join('/').replace(/^\.\//, '');
      return existsSync(join(root, rel)) ? rel : undefined;
    }
    for (const base of [realRoot, root]) {
      const rel = relative(base, file);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    }
    return undefined;
  };
  return {
    ...counts,
    failures: counts.failures.map(({ file, line, ...rest }) => {
      const inRepo = toRepo(file);
      if (!inRepo) return rest;
      // A file that failed to load is named by its path: the repository's, not the machine's.
      return { ...rest, name: file && isAbsolute(file) ? rest.name.replace(file, inRepo) : rest.name, file: inRepo, ...(line ? { line } : {}) };
    }),
  };
}
