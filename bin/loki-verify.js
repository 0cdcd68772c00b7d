#!/usr/bin/env node
// npm bin entry: runs the compiled CLI (npm run build produces lib/).
import { startClean } from '../lib/src/process/clean-start.js';

// Re-executes without credentials in the environment or arguments on the command line (see clean-start).
const warning = startClean();
if (warning) process.stderr.write(`loki-verify: warning: ${warning}\n`);
const { main } = await import('../lib/src/cli.js');

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});
process.exitCode = code;
