// Reads the reports the runner invocations of one test command wrote (one file each) into runs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type ReportFormat, type TestCounts } from '../reports.js';
import { readFileSafely, REPORT_MAX_BYTES } from '../../../workspace/safe-read.js';

export interface RunnerRun {
  /** The runner that wrote the report. */
  runner: string;
  counts: TestCounts;
}

/** Report file name prefix -> runner and format (see node-hooks.ts and pytest-plugin.ts). */
const REPORTS: Array<[RegExp, string, ReportFormat]> = [
  [/^vitest-.*\.json$/, 'vitest', 'jest-json'],
  [/^jest-.*\.json$/, 'jest', 'jest-json'],
  [/^mocha-.*\.json$/, 'mocha', 'loki-json'],
  [/^node-test-.*\.json$/, 'node:test', 'loki-json'],
  [/^pytest-.*\.json$/, 'pytest', 'loki-json'],
  [/^ava-.*\.tap$/, 'ava', 'tap'],
];

export interface CollectedReports {
  runs: RunnerRun[];
  /** Reports that could not be read (a runner killed mid-write, a format change), one line each. */
  unreadable: string[];
}

export function readReports(dir: string): CollectedReports {
  const runs: RunnerRun[] = [];
  const unreadable: string[] = [];
  // Sorted, so the order of failures does not depend on the file system.
  for (const name of readdirSync(dir).sort()) {
    const known = REPORTS.find(([pattern]) => pattern.test(name));
    if (!known) continue;
    const [, runner, format] = known;
    try {
      // Written by the runner (PR code): never a FIFO, a link out of the folder, or more than the limit.
      const text = readFileSafely(join(dir, name), { within: dir, maxBytes: REPORT_MAX_BYTES }) ?? '';
      const counts = text.trim() ? parseReport(format, text) : undefined;
      if (counts) runs.push({ runner, counts });
      else unreadable.push(`${runner}: empty report`);
    } catch (error) {
      unreadable.push(`${runner}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return { runs, unreadable };
}
