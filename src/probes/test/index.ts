import { Type } from 'typebox';
import { command, oneOf, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, notApplicable, oncePerRun, type ProbeContext, type SettingsOf } from '../probe.js';
import { detectTests } from './detect.js';
import { ANTI_PLACEBO_MODES } from './base/judge.js';
import { PREEXISTING_MODES } from '../on-base.js';

const settings = Type.Object({
  run: Type.Optional(command()),
  needs_build: Type.Optional(
    Type.Boolean({ description: 'Skip the tests when the build fails. By default they run anyway, so a failed build does not hide their evidence.', default: false }),
  ),
  preexisting: withDefault(
    oneOf(PREEXISTING_MODES, { description: 'A test failing at head that fails on the merge-base too, or a test command failing without naming a test that fails there the same way: concern (preexisting-failure, not blocking) or block (test-failed, test-run-failed).' }),
    'concern',
  ),
  anti_placebo: withDefault(
    oneOf(ANTI_PLACEBO_MODES, { description: 'When none of the tests a PR adds or changes fails on the merge-base although it changes code: off, concern (placebo-tests, not blocking) or block.' }),
    'concern',
  ),
});
export type TestSettings = SettingsOf<typeof settings.properties>;

const testPlan = oncePerRun((ctx: ProbeContext<TestSettings>) => detectTests(ctx.root, ctx.settings));

export const testProbe = defineProbe({
  id: 'test',
  title: 'Tests',
  timeout: 900,
  // A PR whose tests were not run is not verified.
  required: true,
  // The build runs first (it may generate what the tests import); a failed build stops the tests only with test.needs_build.
  after: ['build'],
  runsPrCode: true,
  // On every shard of a sharded run, each runs its slice of the tests (shard-run.ts).
  sharded: true,
  settings,
  applies(ctx) {
    return testPlan(ctx)
      ? APPLIES
      : notApplicable('no tests found: no test.run in config, package.json test script, test files, go.mod or Cargo.toml');
  },
  async run(ctx) {
    // The run's modules (report parsers, the base judgement) load only when tests run.
    const { runTests } = await import('./run.js');
    return runTests(ctx, testPlan(ctx)!);
  },
});
