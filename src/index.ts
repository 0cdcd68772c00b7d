// Library API: run the gate from code, or reuse its pure parts (verdict, evidence, rendering).
export { runGate, DEFAULT_OUT_DIR, type GateOptions, type GateResult } from './run.js';
export { decideVerdict, applyPolicy, exitCodeOf, type VerdictPolicy, type VerdictResult } from './verdict/verdict.js';
export { renderReport, type ReportOptions } from './render/report.js';
export { renderSarif } from './render/sarif.js';
export { evidenceViolations } from './evidence/validate.js';
export { mergeEvidence, mergedDocument, type MergedEvidence, type ShardDocument } from './merge/merge.js';
export { canonicalJson, integrityHash } from './evidence/canonical.js';
export type { Evidence } from './evidence/types.js';
export type { Probe, ProbeContext, Applicability, RunOptions, SettingsOf } from './probes/probe.js';
export { APPLIES, defineProbe, notApplicable } from './probes/probe.js';
export { PROBES, PROBE_IDS } from './probes/index.js';
export { PROBE_ID_PATTERN } from './evidence/schema.js';
export { configSchema } from './config/schema.js';
export { oneOf, withDefault } from './config/schema-parts.js';
export type { Config } from './config/types.js';
export { VerifyError } from './core/errors.js';
export * from './types.js';
