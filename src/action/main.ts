// GitHub Action entry (bundled to dist/index.js). Everything that talks to GitHub lives in src/github/;
// the gate itself is the same as the CLI's.
//
// The runner hands the action its token (INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN) in the environment:
// re-execute without them before any PR code can look at /proc (see clean-start). Only this small module
// is loaded before that; the rest is imported afterwards, so the bundle is parsed once, not twice.
import { startClean } from '../process/clean-start.js';

const warning = startClean();
const { runAction } = await import('./run-action.js');
await runAction(warning);
