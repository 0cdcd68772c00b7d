import { fingerprint } from '../../core/fingerprint.js';
import { tailLines } from '../../core/text.js';
import { environmentOutcome, notRunOutcome } from '../command-failure.js';
import { prepareLaunch } from '../../workspace/launcher.js';
import { readPackageJson } from '../../workspace/files.js';
import { Type } from 'typebox';
import { command, oneOf, withDefault } from '../../config/schema-parts.js';
import { baseBudgetMs, onBaseWorktree, PREEXISTING_MODES, type PreexistingMode } from '../on-base.js';
import type { ProbeFinding } from '../../types.js';
import { APPLIES, defineProbe, notApplicable, oncePerRun, type ProbeContext, type SettingsOf } from '../probe.js';
import { describeCommand, detectBuild } from './detect.js';

const OUTPUT_TAIL_LINES = 30;

const settings = Type.Object({
  run: Type.Optional(command()),
  preexisting: withDefault(
    oneOf(PREEXISTING_MODES, { description: 'A build failing at head that fails on the merge-base too: concern (preexisting-failure, not blocking) or block (build-failed).' }),
    'concern',
  ),
});
export type BuildSettings = SettingsOf<typeof settings.properties>;

const buildPlan = oncePerRun((ctx: ProbeContext<BuildSettings>) => detectBuild(ctx.root, ctx.settings));

export const buildProbe = defineProbe({
  id: 'build',
  title: 'Build',
  timeout: 600,
  runsPrCode: true,
  settings,
  applies(ctx) {
    return buildPlan(ctx)
      ? APPLIES
      : notApplicable('nothing to build: no build.run in config, package.json build script, go.mod, Cargo.toml or Makefile build target');
  },
  async run(ctx) {
    const plan = buildPlan(ctx)!;
    const command = describeCommand(plan.command);
    const launch = plan.packageManager ? prepareLaunch(ctx.root, plan.packageManager, readPackageJson(ctx.root, ctx.root), ctx.env.PATH) : undefined;
    try {
      ctx.log(`running ${command} (${plan.source}${launch?.note ? `; ${launch.note}` : ''})`);
      const result = await ctx.exec(plan.command, launch ? { env: launch.env } : {});
      const details = { command, source: plan.source, exit_code: result.exitCode, duration_ms: result.durationMs };
      const tail = tailLines(result.output, OUTPUT_TAIL_LINES);
      const unjudged = notRunOutcome('build', result) ?? environmentOutcome('build', command, ctx.root, result);
      if (unjudged) return { ...unjudged, details: { ...details, ...unjudged.details, output_tail: tail } };
      if (result.exitCode === 0) return { status: 'pass', summary: `\`${command}\` succeeded`, details };
      const base = await buildOnBase(ctx, plan.command, launch?.env);
      const exit = result.exitCode ?? result.signal;
      return {
        status: 'fail',
        summary: `\`${command}\` failed (exit ${exit})${base.failed ? '; it also fails on the base' : ''}`,
        details: { ...details, output_tail: tail, base: base.details },
        findings: [buildFailed(command, `exited with ${exit}`, tail, base.failed ? ctx.settings.preexisting : undefined)],
      };
    } finally {
      launch?.dispose();
    }
  },
});

/** `build-failed`, or with `preexisting` (the base fails too) an advisory `preexisting-failure` unless it is `block`. */
function buildFailed(command: string, why: string, tail: string, preexisting: PreexistingMode | undefined): ProbeFinding {
  const also = preexisting ? ' (also fails on the base)' : '';
  const message = `build failed${also}: \`${command}\` ${why}. Last lines:\n${tail}`;
  if (preexisting === 'concern') {
    return { rule: 'preexisting-failure', severity: 'medium', blocking: false, message, fingerprint: fingerprint('build', 'preexisting-failure', command) };
  }
  return { rule: 'build-failed', severity: 'high', blocking: true, message, fingerprint: fingerprint('build', 'build-failed', command) };
}

/** Runs the same build on the merge-base: whether it fails there too (a real failure, not a crash or timeout). */
async function buildOnBase(ctx: ProbeContext<BuildSettings>, argv: string | string[], env: Record<string, string> | undefined): Promise<{ failed: boolean; details: Record<string, unknown> }> {
  const started = Date.now();
  try {
    return await onBaseWorktree(ctx, async (worktree) => {
      const result = await ctx.exec(argv, { cwd: worktree.dir, timeoutMs: Math.max(1, baseBudgetMs(ctx)), ...(env ? { env } : {}) });
      // The machine, not the code, failing on the base (a missing tool, the network) says nothing about the PR.
      const unjudged = notRunOutcome('build', result) ?? environmentOutcome('build', describeCommand(argv), worktree.dir, result);
      const details = { merge_base: ctx.diff.mergeBase, dependencies: worktree.dependencies, duration_ms: Date.now() - started };
      if (unjudged) return { failed: false, details: { ...details, problem: unjudged.summary } };
      return { failed: result.exitCode !== 0, details: { ...details, exit_code: result.exitCode } };
    });
  } catch (error) {
    return { failed: false, details: { error: error instanceof Error ? error.message.split('\n')[0] : String(error), duration_ms: Date.now() - started } };
  }
}
