// Typed view of schemas/config.schema.json. Defaults live in defaults.ts, validation in load.ts.
import type { ProbeId, Severity } from '../types.js';

export interface CommonProbeConfig {
  enabled?: boolean;
  timeout?: number;
  required?: boolean;
}

export interface Allowance {
  fingerprint: string;
  reason: string;
  until?: string;
}

export interface Waiver {
  id: string;
  reason: string;
  until?: string;
}

export interface Config {
  policy?: { block_on?: Severity[] };
  env?: { allow?: string[] };
  build?: CommonProbeConfig & { run?: string };
  test?: CommonProbeConfig & { run?: string };
  static?: CommonProbeConfig & { scope?: 'added-lines' | 'changed-files' | 'all'; paths_ignore?: string[] };
  secrets?: CommonProbeConfig & { max_file_size?: number; paths_ignore?: string[]; allow?: Allowance[] };
  dependencies?: CommonProbeConfig & {
    osv_url?: string;
    osv_db?: string;
    block_on?: Severity;
    ignore?: Waiver[];
  };
  heldout?: CommonProbeConfig & { reveal?: 'ids' | 'titles'; log_output?: boolean };
  tamper?: CommonProbeConfig & {
    paths_ignore?: string[];
    rules?: Partial<Record<TamperRuleId, { severity?: Severity; blocking?: boolean }>>;
    allow?: Allowance[];
  };
}

export type TamperRuleId =
  | 'test-removed'
  | 'test-skipped'
  | 'test-focused'
  | 'suppression-added'
  | 'threshold-lowered'
  | 'check-disabled'
  | 'tree-modified';

export type ProbeSection<Id extends ProbeId> = NonNullable<Config[Id]>;
