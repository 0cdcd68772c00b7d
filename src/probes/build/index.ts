import { fingerprint } from '../../core/fingerprint.js';
import { tailLines } from '../../core/text.js';
import { notRunOutcome } from '../command-failure.js';
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
    ctx.log(`running ${command} (${plan.source})`);
    const result = await ctx.exec(plan.command);
    const details = { command, source: plan.source, exit_code: result.exitCode, duration_ms: result.durationMs };
    const notRun = notRunOutcome('build', command, result);
    if (notRun) return { ...notRun, details: { ...details, output_tail: tailLines(result.output, OUTPUT_TAIL_LINES) } };
    if (result.exitCode === 0) return { status: 'pass', summary: `\`${command}\` succeeded`, details };
    const tail = tailLines(result.output, OUTPUT_TAIL_LINES);
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
  },
});
