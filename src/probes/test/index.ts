import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../../core/fingerprint.js';
import { tailLines } from '../../core/text.js';
import { makeTempDir } from '../../process/temp-dir.js';
import { describeCommand } from '../build/detect.js';
import { notRunOutcome } from '../command-failure.js';
import { Type } from 'typebox';
import { command, oneOf, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, notApplicable, oncePerRun, type ProbeContext, type SettingsOf } from '../probe.js';
import { detectTests, type TestPlan } from './detect.js';
import { parseReport, type TestCounts } from './reports.js';
import type { ExecResult } from '../../process/exec.js';
import type { ProbeOutcome } from '../../types.js';
import { judgeAgainstBase } from './base/against-base.js';
import { ANTI_PLACEBO_MODES, type HeadFailure } from './base/judge.js';
import { PREEXISTING_MODES } from '../on-base.js';

const OUTPUT_TAIL_LINES = 30;

const settings = Type.Object({
  run: Type.Optional(command()),
  preexisting: withDefault(
    oneOf(PREEXISTING_MODES, { description: 'A test failing at head that fails on the merge-base too: concern (preexisting-failure, not blocking) or block (test-failed).' }),
    'concern',
  ),
  anti_placebo: withDefault(
    oneOf(ANTI_PLACEBO_MODES, { description: 'When none of the tests a PR adds or changes fails on the merge-base although it changes code: off, concern (placebo-tests, not blocking) or block.' }),
    'concern',
  ),
});
export type TestSettings = SettingsOf<typeof settings.properties>;

const testPlan = oncePerRun((ctx: ProbeContext<TestSettings>) => detectTests(ctx.root, ctx.settings, ctx.env));
/** Failing tests named one finding each; beyond this they are counted in one more finding. */
const MAX_NAMED_FAILURES = 50;

export const testProbe = defineProbe({
  id: 'test',
  title: 'Tests',
  timeout: 900,
  // A PR whose tests were not run is not verified.
  required: true,
  after: ['build'],
  runsPrCode: true,
  settings,
  applies(ctx) {
    return testPlan(ctx)
      ? APPLIES
      : notApplicable('no tests found: no test.run in config, package.json test script, test files, go.mod or Cargo.toml');
  },
  async run(ctx) {
    const build = ctx.result('build');
    if (build?.status === 'fail') return { status: 'skipped', summary: 'not run: the build failed' };
    const plan = testPlan(ctx)!;
    // The report file lives outside the working tree so the run leaves no trace in it.
    const dir = makeTempDir('loki-verify-test-');
    try {
      const reportFile = join(dir.path, 'report');
      const { command, env } = plan.command(reportFile);
      const shown = describeCommand(command);
      ctx.log(`running ${shown} (${plan.source})`);
      const result = await ctx.exec(command, { ...(env ? { env } : {}), keepBytes: 256 * 1024 });
      const outcome = judge(plan, shown, result, readReport(plan, reportFile, result));
      return await judgeAgainstBase(ctx, { outcome, failures: failingTests(outcome, plan.runner), runner: plan.runner });
    } finally {
      dir.remove();
    }
  },
});

/** The failing tests the outcome names (one test-failed finding each). */
function failingTests(outcome: ProbeOutcome, runner: string): HeadFailure[] {
  return (outcome.findings ?? []).flatMap((finding) => {
    const details = finding.details as { test?: string; title_path?: string[]; runner?: string } | undefined;
    if (finding.rule !== 'test-failed' || !details?.test) return [];
    return [{ name: details.test, runner: details.runner ?? runner, ...(finding.file ? { file: finding.file } : {}), ...(details.title_path ? { titlePath: details.title_path } : {}) }];
  });
}

function readReport(plan: TestPlan, file: string, result: ExecResult): string | undefined {
  if (plan.report.from === 'stdout') return result.stdout;
  if (plan.report.from === 'output') return result.output;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function judge(plan: TestPlan, command: string, result: ExecResult, report: string | undefined): ProbeOutcome {
  const tail = tailLines(result.output, OUTPUT_TAIL_LINES);
  const base = { runner: plan.runner, source: plan.source, command, exit_code: result.exitCode };
  const notRun = notRunOutcome('the test runner', command, result);
  if (notRun) return { ...notRun, details: { ...base, output_tail: tail } };

  let counts: TestCounts | undefined;
  let parseError: string | undefined;
  try {
    counts = report === undefined || report.trim() === '' ? undefined : parseReport(plan.report.format, report);
  } catch (error) {
    parseError = error instanceof Error ? error.message : String(error);
  }
  const details = { ...base, ...(counts ? { passed: counts.passed, failed: counts.failed, skipped: counts.skipped, failures: counts.failures } : {}) };
  const failed = result.exitCode !== 0;

  if (counts && counts.failed > 0) return failure(counts, command, details, tail);
  if (failed) {
    // Red exit with no failing test named (crash, compile error, unreadable report): still red.
    const why = counts ? `exited with ${result.exitCode ?? result.signal} although no test failed` : `exited with ${result.exitCode ?? result.signal}`;
    return failure({ passed: counts?.passed ?? 0, failed: 0, skipped: counts?.skipped ?? 0, failures: [] }, command, details, tail, why);
  }
  if (!counts) {
    if (plan.report.format === 'summary' && plan.runner === 'custom') {
      return { status: 'pass', summary: `\`${command}\` succeeded (it reports no test count)`, details: { ...details, output_tail: tail } };
    }
    const why = parseError ? `its report could not be read (${parseError})` : 'it wrote no report';
    return { status: 'inconclusive', summary: `${plan.runner} exited 0 but ${why}: cannot tell whether tests ran`, details: { ...details, output_tail: tail } };
  }
  if (counts.passed === 0) {
    return {
      status: 'inconclusive',
      summary: `${plan.runner} executed no tests${counts.skipped ? ` (${counts.skipped} skipped)` : ''}: zero tests is not evidence`,
      details: { ...details, output_tail: tail },
    };
  }
  return {
    status: 'pass',
    summary: `${counts.passed} passed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${plan.runner})`,
    details,
  };
}

function failure(counts: TestCounts, command: string, details: Record<string, unknown>, tail: string, why?: string): ProbeOutcome {
  const named = counts.failures.slice(0, MAX_NAMED_FAILURES);
  const findings = named.map((name) => ({
    rule: 'test-failed',
    severity: 'high' as const,
    blocking: true,
    message: `failing test: ${name}`,
    fingerprint: fingerprint('test', 'test-failed', name),
    details: { test: name },
  }));
  if (counts.failures.length > named.length) {
    const rest = counts.failures.length - named.length;
    findings.push({ rule: 'test-failed', severity: 'high', blocking: true, message: `${rest} more failing tests (see the probe details)`, fingerprint: fingerprint('test', 'test-failed-more'), details: { test: '' } });
  }
  if (findings.length === 0) {
    findings.push({
      rule: 'test-run-failed',
      severity: 'high',
      blocking: true,
      message: `\`${command}\` ${why ?? 'failed'}. Last lines:\n${tail}`,
      fingerprint: fingerprint('test', 'test-run-failed', command),
      details: { test: '' },
    });
  }
  const failedCount = Math.max(counts.failed, counts.failures.length);
  return {
    status: 'fail',
    summary: failedCount ? `${failedCount} failed, ${counts.passed} passed` : `test run failed: ${why ?? 'non-zero exit'}`,
    findings,
    details: { ...details, output_tail: tail },
  };
}
