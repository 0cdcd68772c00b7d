// GitHub Action entry (bundled to dist/index.js): inputs -> gate -> publish -> outputs and step status.
// Everything that talks to GitHub lives in src/github/; the gate itself is the same as the CLI's.
import { conclude, failBeforeRun, prepareRun, publish, type ActionRun } from '../github/action.js';
import { runGate } from '../run.js';

async function main(): Promise<void> {
  let run: ActionRun;
  try {
    run = prepareRun();
  } catch (error) {
    // A bad input: nothing was verified, the step fails naming the input.
    failBeforeRun(error);
    return;
  }
  // runGate turns every failure into an ERROR result, so evidence, outputs and artifact exist in every case.
  const result = await runGate(run.gate);
  const published = await publish(result, run);
  conclude(result, published, run);
}

await main();
