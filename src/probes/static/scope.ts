// Pure: which diagnostics the PR answers for. Old debt outside the scope is counted, never blamed.
import { isAddedLine } from '../../diff/parse.js';
import type { ChangedFile } from '../../types.js';
import type { Diagnostic, StaticScope } from './diagnostic.js';

export interface ScopedDiagnostics {
  inScope: Diagnostic[];
  /** Held back: on lines (or files) the PR did not touch. */
  outOfScope: Diagnostic[];
}

/**
 * `added-lines`: only diagnostics on lines the PR added; `changed-files`: anywhere in a file the PR
 * changed (and did not delete); `all`: every diagnostic.
 */
export function scopeDiagnostics(
  diagnostics: readonly Diagnostic[],
  files: readonly ChangedFile[],
  scope: StaticScope,
): ScopedDiagnostics {
  const changed = new Map(files.filter((f) => f.status !== 'deleted').map((f) => [f.path, f]));
  const inScope = (d: Diagnostic): boolean => {
    if (scope === 'all') return true;
    const file = d.file === undefined ? undefined : changed.get(d.file);
    if (!file) return false;
    if (scope === 'changed-files') return true;
    return d.line !== undefined && isAddedLine(file, d.line);
  };
  const result: ScopedDiagnostics = { inScope: [], outOfScope: [] };
  for (const d of diagnostics) (inScope(d) ? result.inScope : result.outOfScope).push(d);
  return result;
}
