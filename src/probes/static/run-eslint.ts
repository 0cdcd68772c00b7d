// Runs the repository's own eslint over the planned units (I/O: processes and the JSON report file).
import { dirname, join } from 'node:path';
import { tailLines } from '../../core/text.js';
import { makeTempDir } from '../../process/temp-dir.js';
import { readFileSafely, REPORT_MAX_BYTES } from '../../workspace/safe-read.js';
import type { ProbeContext } from '../probe.js';
import { isJsFile, type Diagnostic, type ToolInput, type ToolReport } from './diagnostic.js';
import { planEslint, type EslintUnit } from './eslint-plan.js';
import { parseEslintReport } from './eslint-report.js';
import { findInstalledTool, notInstalledMessage, type InstalledTool } from './installed-tool.js';

/** Files per eslint invocation, well under any command-line length limit. */
const CHUNK = 400;
const OUTPUT_TAIL_LINES = 15;

interface UnitRun {
  dir: string;
  config: string;
  kind: 'flat' | 'legacy';
  eslint?: string;
  targets: number;
}

export async function runEslint(ctx: ProbeContext, { files, scope, lookup, roots }: ToolInput): Promise<ToolReport> {
  const plan = planEslint(files, scope, lookup);
  const report: ToolReport = { tool: 'eslint', checked: 0, diagnostics: [], incomplete: [], details: {} };
  const seen: Seen = { linted: new Set(), ignored: [], unparsed: [] };
  const runs: UnitRun[] = [];
  const temp = makeTempDir('loki-verify-eslint-');
  const outDir = temp.path;
  try {
    for (const unit of plan.units) {
      const run: UnitRun = { dir: unit.config.dir || '.', config: unit.config.file, kind: unit.config.kind, targets: unit.targets.length };
      runs.push(run);
      const tool = findInstalledTool(ctx.root, unit.config.dir, 'eslint', 'eslint');
      if (!tool) {
        report.incomplete.push(notInstalledMessage(ctx.root, `${unit.config.file} configures eslint but eslint is not installed in the repository`));
        continue;
      }
      run.eslint = tool.version;
      const refusal = unsupported(unit, tool);
      if (refusal) {
        report.incomplete.push(refusal);
        continue;
      }
      const what = unit.targets.join(' ') === '.' ? 'the whole directory' : `${unit.targets.length} file(s)`;
      ctx.log(`eslint ${tool.version} (${unit.config.kind} config ${unit.config.file}) on ${what} in ${run.dir}`);
      const failure = await lintUnit(ctx, unit, tool, join(outDir, `unit-${runs.length}`), roots, report, seen);
      if (failure) report.incomplete.push(failure);
    }
  } finally {
    temp.remove();
  }

  report.checked = seen.linted.size;
  report.details = {
    runs,
    ...(seen.ignored.length ? { ignored: seen.ignored } : {}),
    ...(plan.unconfigured.length ? { unconfigured: plan.unconfigured } : {}),
    ...(seen.unparsed.length ? { unparsed: seen.unparsed } : {}),
  };
  if (!plan.units.length) {
    report.idle = plan.unconfigured.length ? 'no eslint configuration covers the changed files' : 'no eslint configuration';
  } else if (!seen.linted.size) {
    report.idle = 'eslint lints none of the changed files';
  }
  return report;
}

/** Files eslint reported on, across units. */
interface Seen {
  linted: Set<string>;
  ignored: string[];
  unparsed: string[];
}

/** Lints one unit in chunks, adding to `report` and `seen`; returns why it stopped early, if it did. */
async function lintUnit(
  ctx: ProbeContext,
  unit: EslintUnit,
  tool: InstalledTool,
  outPrefix: string,
  roots: readonly string[],
  report: ToolReport,
  seen: Seen,
): Promise<string | undefined> {
  const where = unit.config.dir || '.';
  for (let start = 0; start < unit.targets.length; start += CHUNK) {
    const outFile = `${outPrefix}-${start}.json`;
    const failure = await lintChunk(ctx, unit, tool, unit.targets.slice(start, start + CHUNK), outFile);
    if (failure) return failure;
    let parsed;
    try {
      parsed = parseEslintReport(readFileSafely(outFile, { within: dirname(outFile), maxBytes: REPORT_MAX_BYTES }) ?? '', join(ctx.root, unit.config.dir), roots);
    } catch (error) {
      return `eslint in ${where}: ${(error as Error).message}`;
    }
    seen.ignored.push(...parsed.ignored);
    parsed.linted.forEach((file) => seen.linted.add(file));
    for (const d of parsed.diagnostics) {
      if (unparsable(unit, d)) seen.unparsed.push(d.file!);
      else report.diagnostics.push(d);
    }
  }
  return undefined;
}

/** Runs one eslint invocation; returns why it failed, or undefined when its JSON report is ready. */
async function lintChunk(ctx: ProbeContext, unit: EslintUnit, tool: InstalledTool, targets: string[], outFile: string): Promise<string | undefined> {
  const where = unit.config.dir || '.';
  const result = await ctx.exec(
    [process.execPath, tool.bin, '--format', 'json', '--output-file', outFile, '--no-error-on-unmatched-pattern', '--', ...targets],
    {
      cwd: join(ctx.root, unit.config.dir),
      // eslint 8 and 9 pick the config format from this variable; 10 only reads flat configs.
      env: { ESLINT_USE_FLAT_CONFIG: unit.config.kind === 'flat' ? 'true' : 'false' },
    },
  );
  if (result.spawnError) return `eslint in ${where} could not start: ${result.spawnError}`;
  if (result.aborted || result.timedOut) return `eslint in ${where} was stopped before it finished`;
  // 0: no errors, 1: lint errors; anything else is eslint failing (bad config, missing plugin, crash).
  if (result.exitCode === 0 || result.exitCode === 1) return undefined;
  const status = result.exitCode === null ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
  return `eslint in ${where} ${status} (configuration or plugin error): ${tailLines(result.output, OUTPUT_TAIL_LINES).trim()}`;
}

/** Combinations eslint itself cannot run; say so plainly instead of relaying its crash. */
function unsupported(unit: EslintUnit, tool: InstalledTool): string | undefined {
  if (unit.config.kind === 'legacy' && tool.major >= 10) {
    return `${unit.config.file} is a legacy eslintrc configuration, which eslint ${tool.version} no longer reads: ` +
      'migrate it to eslint.config.js (https://eslint.org/docs/latest/use/configure/migration-guide) or pin eslint 9';
  }
  if (unit.config.kind === 'flat' && tool.major < 8) {
    return `${unit.config.file} is a flat configuration, which eslint ${tool.version} does not support: upgrade eslint to 8.57 or later`;
  }
  return undefined;
}

/**
 * Legacy eslint parses every file it is given with the configured parser; a TypeScript file failing to
 * parse there usually means no TypeScript parser is configured, not that the PR broke the syntax
 * (tsc checks that). Such files count as unparsed instead of producing findings.
 */
function unparsable(unit: EslintUnit, d: Diagnostic): boolean {
  return unit.config.kind === 'legacy' && d.rule === 'parse-error' && d.file !== undefined && !isJsFile(d.file);
}
