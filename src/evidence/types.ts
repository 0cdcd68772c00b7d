// The evidence document's types, derived from its schema (src/evidence/schema.ts).
export { SCHEMA_VERSION, type Evidence, type EvidenceFile, type EvidenceProbe } from './schema.js';
