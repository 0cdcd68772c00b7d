import type { ProbeId, Severity } from '../types.js';
import type { Config } from './types.js';

/** Seconds each probe may run before it is stopped and marked inconclusive. */
export const DEFAULT_TIMEOUTS: Record<ProbeId, number> = {
  build: 600,
  test: 900,
  static: 300,
  secrets: 300,
  dependencies: 120,
  heldout: 600,
  tamper: 120,
};

/** Probes whose absence (skipped) lowers the verdict unless the config says otherwise. */
export const DEFAULT_REQUIRED: ReadonlySet<ProbeId> = new Set<ProbeId>(['test']);

export const DEFAULT_BLOCK_ON: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export const DEFAULT_CONFIG_PATHS = ['.loki/verify.yml', '.loki/verify.yaml', '.loki/verify.json'];

export function probeTimeoutMs(config: Config, id: ProbeId): number {
  return (config[id]?.timeout ?? DEFAULT_TIMEOUTS[id]) * 1000;
}

export function probeEnabled(config: Config, id: ProbeId): boolean {
  return config[id]?.enabled ?? true;
}

export function probeRequired(config: Config, id: ProbeId): boolean {
  return config[id]?.required ?? DEFAULT_REQUIRED.has(id);
}
