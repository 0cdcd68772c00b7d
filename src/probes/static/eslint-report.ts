// Pure: eslint's `--format json` output -> diagnostics, plus the files eslint declined to lint.
import type { Diagnostic } from './diagnostic.js';
import { toRepoPath } from './paths.js';

export interface EslintReport {
  diagnostics: Diagnostic[];
  /** Files eslint reported on (linted, possibly with problems). */
  linted: string[];
  /** Files eslint was given but does not lint: ignore patterns, or no configuration matches them. */
  ignored: string[];
}

/** eslint 8-10 phrase every "given explicitly but ignored" warning this way. */
const IGNORED_FILE = /^File ignored\b/;

interface RawMessage {
  ruleId?: unknown;
  severity?: unknown;
  message?: unknown;
  line?: unknown;
  column?: unknown;
  fatal?: unknown;
}

/**
 * Parses eslint's JSON report. `cwd` is where eslint ran; `roots` are the repository root as given and as
 * resolved, so absolute `filePath`s become repository-relative. Throws on anything that is not that format.
 */
export function parseEslintReport(json: string, cwd: string, roots: readonly string[]): EslintReport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`eslint's JSON report does not parse: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error('eslint\'s JSON report is not an array of file results');

  const report: EslintReport = { diagnostics: [], linted: [], ignored: [] };
  for (const entry of data as unknown[]) {
    const result = entry as { filePath?: unknown; messages?: unknown };
    if (typeof result?.filePath !== 'string' || !Array.isArray(result.messages)) {
      throw new Error('eslint\'s JSON report has a file result without filePath or messages');
    }
    const file = toRepoPath(result.filePath, cwd, roots);
    const messages = result.messages as RawMessage[];
    if (messages.length === 1 && isIgnoredNotice(messages[0]!)) {
      report.ignored.push(file);
      continue;
    }
    report.linted.push(file);
    for (const message of messages) report.diagnostics.push(toDiagnostic(file, message));
  }
  return report;
}

function isIgnoredNotice(message: RawMessage): boolean {
  return message.ruleId == null && message.fatal !== true && typeof message.message === 'string' && IGNORED_FILE.test(message.message);
}

function toDiagnostic(file: string, raw: RawMessage): Diagnostic {
  if (typeof raw.message !== 'string' || (raw.severity !== 1 && raw.severity !== 2)) {
    throw new Error(`eslint's JSON report has a malformed message for ${file}`);
  }
  // Core problems without a rule: fatal parsing errors, and unused disable directives.
  const rule = typeof raw.ruleId === 'string' ? raw.ruleId : raw.fatal === true ? 'parse-error' : 'eslint';
  const diagnostic: Diagnostic = {
    tool: 'eslint',
    rule,
    severity: raw.severity === 2 || raw.fatal === true ? 'error' : 'warning',
    file,
    message: raw.message,
  };
  if (typeof raw.line === 'number' && raw.line > 0) diagnostic.line = raw.line;
  if (typeof raw.column === 'number' && raw.column > 0) diagnostic.column = raw.column;
  return diagnostic;
}
