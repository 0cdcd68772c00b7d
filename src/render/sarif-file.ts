// Writes the SARIF log where the user asked (CLI --sarif, the Action's `sarif` input).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Evidence } from '../evidence/types.js';
import { renderSarif } from './sarif.js';

/** The folder of an explicitly named file is created; the caller reports a failure (it never changes the verdict). */
export function writeSarifFile(path: string, evidence: Evidence): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(renderSarif(evidence), null, 2)}\n`);
}
