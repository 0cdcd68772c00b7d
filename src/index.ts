// Library API: run the gate from code, or reuse its pure parts (verdict, evidence, rendering).
export { runGate, DEFAULT_OUT_DIR, type GateOptions, type GateResult } from './run.js';
export { decideVerdict, applyPolicy, exitCodeOf, type VerdictPolicy, type VerdictResult } from './verdict/verdict.js';
export { renderReport, type ReportOptions } from './render/report.js';
export { renderSarif } from './render/sarif.js';
export { evidenceViolations } from './evidence/validate.js';
export { canonicalJson, integrityHash } from './evidence/canonical.js';
export type { Evidence } from './evidence/types.js';
export type { Probe, ProbeContext, Applicability, RunOptions } from './probes/probe.js';
export { PROBES } from './probes/index.js';
export { VerifyError } from './errors.js';
export * from './types.js';
