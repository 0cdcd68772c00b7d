// Pure: `tsc --pretty false [--listFiles]` output -> diagnostics and the files each program included.
import type { Diagnostic } from './diagnostic.js';
import { toRepoPath } from './paths.js';

export interface TscReport {
  /** Diagnostics with a location, and project-wide ones (no `file`: bad options, missing inputs...). */
  diagnostics: Diagnostic[];
  /** Files the program(s) included, from `--listFiles`. */
  listedFiles: string[];
}

// `src/a.ts(3,7): error TS2322: Type ...`; the path is the shortest prefix followed by a location.
const LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
// `error TS5058: The specified path does not exist: 'x'.`
const GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/])/;

/** Parses tsc output. `cwd` is where tsc ran; `roots` as for `toRepoPath`. */
export function parseTscOutput(output: string, cwd: string, roots: readonly string[]): TscReport {
  const report: TscReport = { diagnostics: [], listedFiles: [] };
  // Message chains ("Type 'x' is not assignable...") continue on indented lines.
  let last: Diagnostic | undefined;
  for (const line of output.split(/\r?\n/)) {
    const located = LOCATED.exec(line);
    const global = located ? undefined : GLOBAL.exec(line);
    if (located) {
      const [, file, row, col, category, code, message] = located;
      last = category === 'message' ? undefined : {
        tool: 'tsc',
        rule: code!,
        severity: category === 'error' ? 'error' : 'warning',
        file: toRepoPath(file!, cwd, roots),
        line: Number(row),
        column: Number(col),
        message: message!,
      };
      if (last) report.diagnostics.push(last);
    } else if (global) {
      const [, category, code, message] = global;
      last = category === 'message' ? undefined : { tool: 'tsc', rule: code!, severity: category === 'error' ? 'error' : 'warning', message: message! };
      if (last) report.diagnostics.push(last);
    } else if (last && /^\s+\S/.test(line)) {
      last.message += ` ${line.trim()}`;
    } else {
      last = undefined;
      if (ABSOLUTE_PATH.test(line)) report.listedFiles.push(toRepoPath(line.trim(), cwd, roots));
    }
  }
  return report;
}
