// The Action's work once the process runs with a clean environment: inputs -> gate -> publish ->
// outputs and step status. Loaded by main.ts after the re-execution, so the heavy bundle is parsed once.
import { conclude, failUnverified, mergeRun, prepareRun, publish, warning } from '../github/action.js';
import { runGate } from '../run.js';

export async function runAction(startWarning: string | undefined): Promise<void> {
  if (startWarning) await warning(startWarning);
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
