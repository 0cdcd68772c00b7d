#!/usr/bin/env node
// Runs every benchmark in bench/ one after the other and prints their figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'run.js').sort()) {
  if (only.length && !only.some((name) => file.startsWith(name))) continue;
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, [join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
