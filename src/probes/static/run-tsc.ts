// Runs the repository's own TypeScript compiler for each planned project (I/O: processes, tsconfig reads).
import { parse as parseJsonc } from 'jsonc-parser';
import { tailLines } from '../../core/text.js';
import { readTreeFile } from '../../workspace/safe-read.js';
import type { ProbeContext } from '../probe.js';
import type { ToolInput, ToolReport } from './diagnostic.js';
import { findInstalledTool, notInstalledMessage } from './installed-tool.js';
import { repoDirname } from './paths.js';
import { planTsc } from './tsc-plan.js';
import { parseTscOutput } from './tsc-report.js';

/** Diagnostics and `--listFiles` of a large program fit; the default cap would cut them. */
const KEEP_BYTES = 32 * 1024 * 1024;
const OUTPUT_TAIL_LINES = 15;
/** "No inputs were found in config file": the project covers none of the changed files. */
const NO_INPUTS = 'TS18003';

interface ProjectRun {
  tsconfig: string;
  mode: 'project' | 'build';
  typescript?: string;
  exit_code?: number | null;
  no_inputs?: true;
}

export async function runTsc(ctx: ProbeContext, { files, scope, lookup, roots }: ToolInput): Promise<ToolReport> {
  const plan = planTsc(files, scope, lookup);
  const report: ToolReport = { tool: 'tsc', checked: 0, diagnostics: [], incomplete: [], details: {} };
  const runs: ProjectRun[] = [];
  const listed = new Set<string>();
  const succeeded = new Set<string>();

  for (const tsconfig of plan.projects) {
    const run: ProjectRun = { tsconfig, mode: usesProjectReferences(ctx.root, tsconfig) ? 'build' : 'project' };
    runs.push(run);
    const tool = findInstalledTool(ctx.root, repoDirname(tsconfig), 'typescript', 'tsc');
    if (!tool) {
      report.incomplete.push(notInstalledMessage(ctx.root, `${tsconfig} configures TypeScript but typescript is not installed in the repository`));
      continue;
    }
    run.typescript = tool.version;
    ctx.log(`tsc ${tool.version} ${run.mode === 'build' ? '--build' : '--project'} ${tsconfig}`);
    // Solution setups need --build: each referenced project is checked against the others' declarations,
    // which --build emits (as the repository's own `tsc -b` would); --force makes reruns check everything.
    const mode = run.mode === 'build' ? ['--build', tsconfig, '--force'] : ['--noEmit', '--project', tsconfig];
    const result = await ctx.exec([process.execPath, tool.bin, ...mode, '--pretty', 'false', '--listFiles'], { keepBytes: KEEP_BYTES });
    run.exit_code = result.exitCode;
    if (result.spawnError || result.aborted || result.timedOut) {
      report.incomplete.push(`tsc for ${tsconfig} ${result.spawnError ? `could not start: ${result.spawnError}` : 'was stopped before it finished'}`);
      continue;
    }
    const parsed = parseTscOutput(result.stdout, ctx.root, roots);
    const located = parsed.diagnostics.filter((d) => d.file !== undefined);
    const global = parsed.diagnostics.filter((d) => d.file === undefined);
    if (global.some((d) => d.rule === NO_INPUTS)) run.no_inputs = true;
    const blockers = global.filter((d) => d.rule !== NO_INPUTS);
    if (blockers.length) {
      // Project-wide errors (missing type packages, bad options) make every other result doubtful.
      report.incomplete.push(`tsc for ${tsconfig} reported project errors: ${blockers.map((d) => `${d.rule} ${d.message}`).join('; ')}`);
      continue;
    }
    if (result.exitCode !== 0 && !parsed.diagnostics.length) {
      const status = result.exitCode === null ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
      report.incomplete.push(`tsc for ${tsconfig} ${status} without diagnostics: ${tailLines(result.output, OUTPUT_TAIL_LINES).trim()}`);
      continue;
    }
    report.checked += 1;
    succeeded.add(tsconfig);
    report.diagnostics.push(...located);
    parsed.listedFiles.forEach((file) => listed.add(file));
  }

  // Changed TypeScript files no program included are not type-checked: say so in the evidence.
  const uncovered = plan.tsFiles.filter((file) => {
    const project = lookup.tsconfig(repoDirname(file));
    return !project || (succeeded.has(project) && !listed.has(file));
  });
  report.details = { runs, ...(uncovered.length ? { uncovered } : {}) };
  if (!plan.projects.length) {
    report.idle = plan.tsFiles.length ? 'no tsconfig.json covers the changed TypeScript files' : 'no TypeScript changes';
  }
  return report;
}

/** Whether a tsconfig is a solution (has `references`); unreadable ones go to tsc, which reports why. */
function usesProjectReferences(root: string, tsconfig: string): boolean {
  try {
    const config = parseJsonc(readTreeFile(root, tsconfig) ?? '', [], { allowTrailingComma: true }) as { references?: unknown };
    return Array.isArray(config?.references) && config.references.length > 0;
  } catch {
    return false;
  }
}
