// Run-wide defaults and the per-probe settings a run applies: a probe's defaults are facts on the probe
// (timeout, required, its settings schema's `default`s), so this file only reads them.
import type { Probe } from '../probes/probe.js';
import type { Severity } from '../types.js';

export const DEFAULT_BLOCK_ON: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export const DEFAULT_CONFIG_PATHS = ['.loki/verify.yml', '.loki/verify.yaml', '.loki/verify.json'];

/** The keys every probe's config section has, whatever the probe. */
export interface CommonProbeConfig {
  enabled?: boolean;
  timeout?: number;
  required?: boolean;
}

/** A probe's section of a validated config (any probe, built-in or an embedder's). */
export function probeSection(config: object, probe: Pick<Probe, 'id'>): CommonProbeConfig & Record<string, unknown> {
  const section = (config as Record<string, unknown>)[probe.id];
  return typeof section === 'object' && section !== null ? (section as CommonProbeConfig & Record<string, unknown>) : {};
}

export function probeTimeoutMs(config: object, probe: Pick<Probe, 'id' | 'timeout'>): number {
  return (probeSection(config, probe).timeout ?? probe.timeout) * 1000;
}

export function probeEnabled(config: object, probe: Pick<Probe, 'id'>): boolean {
  return probeSection(config, probe).enabled ?? true;
}

export function probeRequired(config: object, probe: Pick<Probe, 'id' | 'required'>): boolean {
  return probeSection(config, probe).required ?? probe.required ?? false;
}

/** The probe's own keys of its section, each absent one set to its schema `default`. */
export function probeSettings(config: object, probe: Pick<Probe, 'id' | 'settings'>): Record<string, unknown> {
  const { enabled: _enabled, timeout: _timeout, required: _required, ...own } = probeSection(config, probe);
  const settings: Record<string, unknown> = { ...own };
  for (const [key, schema] of Object.entries(probe.settings?.properties ?? {})) {
    if (settings[key] === undefined && 'default' in schema) settings[key] = structuredClone(schema.default);
  }
  return settings;
}
