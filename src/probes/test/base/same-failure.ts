// Pure: whether a test command that failed at head without naming a failing test (a lint step before the
// tests, a crash, a compile error) fails the same way on the merge-base. Conservative: a failure counts as
// pre-existing only when the head's failing step is visibly on the base too; anything the head reports
// that the base does not (a new error, an error at another line, a silent failure where the base spoke)
// keeps it the PR's.

/** Lines the package manager adds around a failed script: the same failure prints them with other paths and times. */
const PACKAGE_MANAGER_NOISE = [
  /^npm (?:error|ERR!|warn|WARN|notice)\b/,
  /^\s*ELIFECYCLE\b/,
  /^\s*ERR_PNPM_/,
  /^error Command failed with exit code \d+/,
  /^info Visit https:\/\/yarnpkg\.com/,
];
/** Durations and clock times, which differ between any two runs. */
const TIMES = [
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b/g,
  /\b\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|sec|secs|seconds?|m|min|minutes?)\b/g,
  /\bduration_ms\s+[\d.]+/g,
];
/** A location in a file: `path:line[:col]` or TypeScript's `path(line,col)`. */
const LOCATION = /(\/?(?:[\w.@~+-]+\/)*[\w.@~+-]+\.[A-Za-z][\w]*)(?::(\d+)(?::(\d+))?|\((\d+),(\d+)\))/g;
/** An eslint-style report line under a file header: `  218:5  error  message  rule`. */
const HEADED_LOCATION = /^\s+(?:[✖×⚠!]\s+)?(\d+):(\d+)\s/;
/** A warning, which does not fail the command by itself: `⚠ 3:1 …`, `3:1  warning …`, `file:3:1: warning …`, `[warn] …`. */
const WARNING = /^\s*(?:⚠|\[warn\]|warning\b)|^\s*\d+:\d+\s+warning\b|:\d+(?::\d+)?:?\s+(?:-\s+)?warning\b/i;
/** A linter told to fail on warnings (eslint's --max-warnings): then its warnings are the failure too. */
const FAILS_ON_WARNINGS = /too many warnings|max-warnings/i;
/** A line that is only a file path, or a path with its first problem's location (xo): it heads the report lines under it. */
const HEADER = /^\s*(\/?(?:[\w.@~+-]+\/)*[\w.@~+-]+\.[A-Za-z]\w*)(?::\d+(?::\d+)?)?\s*$/;
/**
 * The last lines of the failing step that must appear on the base too, numbers aside: counts differ when
 * the PR adds a passing test or fixes one of several errors, and lines and columns are compared as locations.
 */
const SIGNATURE_LINES = 5;
const signatureOf = (line: string): string => line.trim().replace(/\d+/g, '#');

export interface CommandRun {
  /** The command's output (stdout and stderr interleaved). */
  output: string;
  exitCode: number | null;
  /** Where the command ran: its paths in the output are written relative to it. */
  dir: string;
  /** Other spellings of `dir` (its real path): the same folder. */
  aliases?: readonly string[];
}

export interface FailureComparison {
  same: boolean;
  /** Why not, in a few words (for the details). */
  reason?: string;
}

/** The output as lines to compare: folder paths made relative, package-manager lines and times dropped, blank lines gone. */
export function normalizedLines(run: CommandRun): string[] {
  const roots = [run.dir, ...(run.aliases ?? [])].filter(Boolean).sort((a, b) => b.length - a.length);
  return run.output
    .split('\n')
    .map((line) => {
      let text = line.replace(/\r$/, '');
      for (const root of roots) text = text.split(`${root}/`).join('').split(root).join('.');
      for (const time of TIMES) text = text.replace(time, '<time>');
      return text.trimEnd();
    })
    .filter((line) => line.trim() !== '' && !PACKAGE_MANAGER_NOISE.some((re) => re.test(line)));
}

/**
 * Every file location the output names, as `file:line`, including eslint-style reports that put the file
 * on a line of its own. Warnings are left out unless `warnings` (they move with the PR's edits and fail nothing).
 */
export function locations(lines: readonly string[], warnings = false): Set<string> {
  const found = new Set<string>();
  let header: string | undefined;
  for (const line of lines) {
    const skipped = !warnings && WARNING.test(line);
    const headed = HEADED_LOCATION.exec(line);
    if (headed && header) {
      if (!skipped) found.add(`${header}:${headed[1]}`);
      continue;
    }
    header = HEADER.exec(line)?.[1];
    if (header || skipped) continue;
    for (const match of line.matchAll(LOCATION)) {
      const file = match[1]!.replace(/^\.\//, '');
      found.add(`${file}:${match[2] ?? match[4]}`);
    }
  }
  return found;
}

/** Whether `line` names one of `paths` (repository-relative) as a word of its own. */
function mentions(line: string, paths: ReadonlySet<string>): boolean {
  for (const token of line.match(/[\w.@~+/-]+/g) ?? []) {
    if (paths.has(token.replace(/^\.\//, '').replace(/\.+$/, ''))) return true;
  }
  return false;
}

/**
 * The head's failure is the base's when both exited with the same non-zero code, the head's last
 * lines (its failing step's message, numbers aside) are all in the base's output, every file location
 * the head's output names (warnings aside, unless the tool fails on warnings) is named by the base's too, and so is every line that names a file the PR
 * changed (`touched`: a formatter listing it, an error in it without a line). The base may report more
 * (errors the PR fixed); never less.
 */
export function sameFailure(head: CommandRun, base: CommandRun, touched: readonly string[] = []): FailureComparison {
  if (base.exitCode === 0) return { same: false, reason: 'it passes on the base' };
  if (head.exitCode !== base.exitCode) return { same: false, reason: `it exits with ${head.exitCode} at head but ${base.exitCode} on the base` };
  const headLines = normalizedLines(head);
  const baseLines = normalizedLines(base);
  if (headLines.length === 0 && baseLines.length !== 0) return { same: false, reason: 'it prints nothing at head but reports an error on the base' };
  const baseSet = new Set(baseLines.map(signatureOf));
  const missing = headLines.slice(-SIGNATURE_LINES).find((line) => !baseSet.has(signatureOf(line)));
  if (missing !== undefined) return { same: false, reason: `the head's output ends with a line the base's does not have: ${missing.trim()}` };
  const changed = new Set(touched);
  const aboutChange = headLines.find((line) => mentions(line, changed) && !baseSet.has(signatureOf(line)));
  if (aboutChange !== undefined) return { same: false, reason: `the head's output names a file the PR changed in a line the base's does not have: ${aboutChange.trim()}` };
  const warnings = headLines.some((line) => FAILS_ON_WARNINGS.test(line));
  const baseLocations = locations(baseLines, warnings);
  const newLocations = [...locations(headLines, warnings)].filter((l) => !baseLocations.has(l));
  if (newLocations.length) return { same: false, reason: `the head's output names ${newLocations.slice(0, 5).join(', ')}${newLocations.length > 5 ? ` and ${newLocations.length - 5} more` : ''}, which the base's does not` };
  return { same: true };
}

/** What the whole command did on the base, as the probe judged it there. */
export interface BaseCommandRun extends CommandRun {
  /** Why it says nothing about the code (it could not start, was stopped, failed because of the machine). */
  unjudged?: string;
  /** It named failing tests, or counted some: a test failure, not the head's failing step. */
  failedTests: boolean;
}

export type WholeCommandResult = { state: 'same' } | { state: 'passes' } | { state: 'differs'; reason: string } | { state: 'not-made'; reason: string };

/** The head's red run that named no failing test, against the same command's run on the base. */
export function judgeWholeCommand(head: CommandRun, base: BaseCommandRun, touched: readonly string[]): WholeCommandResult {
  if (base.unjudged) return { state: 'not-made', reason: base.unjudged };
  if (base.exitCode === 0) return { state: 'passes' };
  if (base.failedTests) return { state: 'differs', reason: 'failing tests are named on the base, none at head' };
  const compared = sameFailure(head, base, touched);
  return compared.same ? { state: 'same' } : { state: 'differs', reason: compared.reason! };
}
