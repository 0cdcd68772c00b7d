// Pure: the test probe's outcome from what one test command did. The line between the PR's failure and
// the environment's is drawn here (docs/test.md): a failing test a runner names blocks, unless its own
// error shows a browser the tests drive is missing, or every one failed on the network or so; a red exit
// with no test named blocks unless the environment explains it.
import { fingerprint } from '../../core/fingerprint.js';
import type { ProbeFinding, ProbeOutcome } from '../../types.js';
import { isNetworkMessage, missingBrowser, type EnvironmentProblem } from '../environment.js';
import { sumCounts, type FailedTest, type TestCounts } from './reports.js';
import type { RunnerRun } from './collect/read.js';

/** Failing tests named one finding each; beyond this they are counted in one more finding. */
const MAX_NAMED_FAILURES = 50;
/** Failing tests listed in the details (name, file, line); a suite that fails wholesale lists the first ones. */
const MAX_LISTED_FAILURES = 500;

export interface TestRunFacts {
  runner: string;
  source: string;
  command: string;
  exitCode: number | null;
  signal: string | null;
  /** Results per runner invocation, failures' files already relative to the repository root. */
  runs: RunnerRun[];
  /** How the counts were collected: runner reports, the command's own printed report, or summary lines. */
  collectedFrom: 'reports' | 'printed' | 'summary' | 'none';
  unreadable: string[];
  /** Set when the command failed because of the machine (only read when no test is named as failing). */
  environment?: EnvironmentProblem;
  /** Set when the command's whole kept output shows a browser the tests drive is missing (read for failures that carry no error of their own). */
  browser?: EnvironmentProblem;
  /** A custom `test.run` whose success is evidence even without a count. */
  customCommand: boolean;
  outputTail: string;
}

interface NamedFailure extends FailedTest {
  runner: string;
}

function findingFor(failure: NamedFailure): ProbeFinding {
  const firstLine = failure.message?.split('\n')[0];
  return {
    rule: 'test-failed',
    severity: 'high',
    blocking: true,
    message: `failing test: ${failure.name}${firstLine ? `: ${firstLine}` : ''}`,
    ...(failure.file ? { file: failure.file } : {}),
    ...(failure.file && failure.line ? { line: failure.line } : {}),
    // The test's identity, not its line: stable when unrelated lines move.
    fingerprint: fingerprint('test', 'test-failed', failure.file ?? '', failure.name),
    details: {
      test: failure.name,
      runner: failure.runner,
      ...(failure.titlePath ? { title_path: failure.titlePath } : {}),
      ...(failure.id ? { id: failure.id } : {}),
      ...(failure.message ? { assertion: failure.message } : {}),
    },
  };
}

function failureSummary(failure: NamedFailure): Record<string, unknown> {
  return { name: failure.name, runner: failure.runner, ...(failure.file ? { file: failure.file } : {}), ...(failure.line ? { line: failure.line } : {}) };
}

/** The failing tests that are the PR's, one finding each; those that failed for want of a browser are only counted. */
function blockingFailures(failures: NamedFailure[], environmental: number, counts: TestCounts, details: Record<string, unknown>): ProbeOutcome {
  const named = failures.slice(0, MAX_NAMED_FAILURES).map(findingFor);
  if (failures.length > MAX_NAMED_FAILURES) {
    named.push({ rule: 'test-failed', severity: 'high', blocking: true, message: `${failures.length - MAX_NAMED_FAILURES} more failing tests (see the probe details)`, fingerprint: fingerprint('test', 'test-failed-more') });
  }
  const first = failures[0]!;
  return {
    status: 'fail',
    summary: `${failures.length} failed, ${counts.passed} passed: ${first.name}${first.file ? ` (${first.file}${first.line ? `:${first.line}` : ''})` : ''}${failures.length > 1 ? ' and others' : ''}${environmental ? ` (${environmental} more failed because the browser they drive is not installed)` : ''}`,
    details,
    findings: named,
  };
}

export function judgeTestRun(facts: TestRunFacts): ProbeOutcome {
  const counts = facts.runs.length ? sumCounts(facts.runs.map((r) => r.counts)) : undefined;
  const failures: NamedFailure[] = facts.runs.flatMap((run) => run.counts.failures.map((f) => ({ ...f, runner: run.runner })));
  const base = {
    runner: [...new Set(facts.runs.map((r) => r.runner))].join(', ') || facts.runner,
    source: facts.source,
    command: facts.command,
    exit_code: facts.exitCode,
    collected_from: facts.collectedFrom,
    ...(facts.runs.length > 1 ? { invocations: facts.runs.length } : {}),
    ...(facts.unreadable.length ? { unreadable_reports: facts.unreadable } : {}),
  };
  const details = counts
    ? { ...base, passed: counts.passed, failed: Math.max(counts.failed, failures.length), skipped: counts.skipped, total: counts.passed + Math.max(counts.failed, failures.length) + counts.skipped, failures: failures.slice(0, MAX_LISTED_FAILURES).map(failureSummary), ...(failures.length > MAX_LISTED_FAILURES ? { failures_not_listed: failures.length - MAX_LISTED_FAILURES } : {}) }
    : base;
  const exit = facts.exitCode ?? facts.signal;

  if (failures.length) {
    // A test whose error says its browser is missing failed because of the machine; one with no error
    // of its own is read with the run's output. Every other failure stays the PR's.
    const causes = failures.map((f) => missingBrowser(f.message) ?? (f.message ? undefined : facts.browser));
    const browser = causes.find(Boolean);
    const own = failures.filter((_, i) => !causes[i]);
    const environmentNote = browser ? { environment: browser, environment_failures: failures.length - own.length } : {};
    if (own.length && own.every((f) => isNetworkMessage(f.message))) {
      return {
        status: 'inconclusive',
        summary: `${own.length} test${own.length === 1 ? '' : 's'} failed on the network only (${own[0]!.message?.split('\n')[0]})${browser ? `, ${failures.length - own.length} because ${browser.cause}` : ''}: run the gate where the network they need is reachable`,
        details: { ...details, ...environmentNote, output_tail: facts.outputTail },
      };
    }
    if (!own.length) {
      return {
        status: 'inconclusive',
        summary: `${failures.length} test${failures.length === 1 ? '' : 's'} could not run: ${browser!.cause}; fix: ${browser!.fix}`,
        details: { ...details, ...environmentNote, output_tail: facts.outputTail },
      };
    }
    return blockingFailures(own, failures.length - own.length, counts!, { ...details, ...environmentNote, output_tail: facts.outputTail });
  }
  if (facts.exitCode !== 0) {
    // A summary that counted failing tests is the PR's failure even when no test could be named, unless
    // the output shows the browser they drive is missing (which no named test contradicts here).
    const environment = facts.environment && !counts?.failed ? facts.environment : facts.browser;
    if (environment) {
      return {
        status: 'inconclusive',
        summary: `tests could not be judged: \`${facts.command}\` failed because of the environment (${environment.cause}); fix: ${environment.fix}`,
        details: { ...details, environment, output_tail: facts.outputTail },
      };
    }
    // Red exit with no failing test named (crash, compile error, a runner we cannot read): still red.
    const why = counts && counts.failed === 0 ? `exited with ${exit} although no test failed` : `exited with ${exit}`;
    return {
      status: 'fail',
      summary: `test run failed: \`${facts.command}\` ${why}`,
      details: { ...details, output_tail: facts.outputTail },
      findings: [
        {
          rule: 'test-run-failed',
          severity: 'high',
          blocking: true,
          message: `\`${facts.command}\` ${why}; no failing test was named (see the output tail in the probe details)`,
          fingerprint: fingerprint('test', 'test-run-failed', facts.command),
        },
      ],
    };
  }
  if (!counts) {
    if (facts.customCommand) {
      return { status: 'pass', summary: `\`${facts.command}\` succeeded (it reports no test count)`, details: { ...details, output_tail: facts.outputTail } };
    }
    const why = facts.unreadable.length ? `its report could not be read (${facts.unreadable[0]})` : 'no runner report or test summary was found';
    return { status: 'inconclusive', summary: `${facts.runner} exited 0 but ${why}: cannot tell whether tests ran`, details: { ...details, output_tail: facts.outputTail } };
  }
  if (counts.passed === 0) {
    return {
      status: 'inconclusive',
      summary: `${details.runner} executed no tests${counts.skipped ? ` (${counts.skipped} skipped)` : ''}: zero tests is not evidence`,
      details: { ...details, output_tail: facts.outputTail },
    };
  }
  return {
    status: 'pass',
    summary: `${counts.passed} passed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${details.runner}${facts.runs.length > 1 ? `, ${facts.runs.length} runs` : ''})`,
    details,
  };
}
