// GitHub Action entry (bundled to dist/index.js): inputs -> gate -> publish -> outputs and step status.
// Everything that talks to GitHub lives in src/github/; the gate itself is the same as the CLI's.
import * as core from '@actions/core';
import { conclude, failUnverified, mergeRun, prepareRun, publish } from '../github/action.js';
import { startClean } from '../process/clean-start.js';
import { runGate } from '../run.js';

async function main(): Promise<void> {
  try {
    // A bad input throws here, naming the input: nothing is verified and the step fails.
    const run = await prepareRun();
    // runGate (and the merge of a sharded run's artifacts) turns every known failure into an ERROR result,
    // so evidence, outputs and the artifact exist in every case; the catch below is only the net for a bug of ours.
    const gate = run.settings.merge ? mergeRun(run) : runGate(run.gate);
    const result = await gate.finally(() => run.heartbeat.stop());
    const location = await publish(result, run);
    await conclude(result, location, run);
  } catch (error) {
    await failUnverified(error);
  }
}

// The runner hands the action its token (INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN) in the environment:
// re-execute without them before any PR code can look at /proc (see clean-start).
const warning = startClean();
if (warning) core.warning(warning);
await main();
