import { fingerprint } from '../../core/fingerprint.js';
import { tailLines } from '../../core/text.js';
import { environmentOutcome, notRunOutcome } from '../command-failure.js';
import { prepareLaunch } from '../../workspace/launcher.js';
import { readPackageJson } from '../../workspace/files.js';
import { Type } from 'typebox';
import { command } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, notApplicable, oncePerRun, type ProbeContext, type SettingsOf } from '../probe.js';
import { describeCommand, detectBuild } from './detect.js';

const OUTPUT_TAIL_LINES = 30;

const settings = Type.Object({ run: Type.Optional(command()) });
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
      return {
        status: 'fail',
        summary: `\`${command}\` failed (exit ${result.exitCode ?? result.signal})`,
        details: { ...details, output_tail: tail },
        findings: [
          {
            rule: 'build-failed',
            severity: 'high',
            blocking: true,
            message: `build failed: \`${command}\` exited with ${result.exitCode ?? result.signal}. Last lines:\n${tail}`,
            fingerprint: fingerprint('build', 'build-failed', command),
          },
        ],
      };
    } finally {
      launch?.dispose();
    }
  },
});
