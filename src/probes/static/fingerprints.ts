// Pure: stable ids for diagnostics that survive unrelated lines moving.
import { fingerprint } from '../../core/fingerprint.js';
import type { Diagnostic } from './diagnostic.js';

/** Text of a line of a file in the checked-out tree, or undefined when unknown. */
export type LineText = (file: string, line: number) => string | undefined;

/**
 * One fingerprint per diagnostic (same order): hash of tool, rule, file, the trimmed text of the
 * offending line (the message where there is no line) and the occurrence index among diagnostics with
 * the same key in top-to-bottom order. Never the line number, so edits elsewhere in the file keep it.
 */
export function fingerprintDiagnostics(diagnostics: readonly Diagnostic[], lineText: LineText): string[] {
  const order = diagnostics.map((_, index) => index).sort((a, b) => comparePosition(diagnostics[a]!, diagnostics[b]!));
  const seen = new Map<string, number>();
  const result: string[] = new Array<string>(diagnostics.length);
  for (const index of order) {
    const d = diagnostics[index]!;
    const text = d.file !== undefined && d.line !== undefined ? lineText(d.file, d.line)?.trim() : undefined;
    const anchor = text ?? d.message;
    const key = [d.tool, d.rule, d.file ?? '', anchor].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    result[index] = fingerprint('static', d.tool, d.rule, d.file, anchor, occurrence);
  }
  return result;
}

/** Top-to-bottom, left-to-right order within a file; deterministic across files. */
export function comparePosition(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
