// Typed view of the configuration, derived from the schema's parts: run-wide sections plus one section
// per built-in probe, typed from that probe's settings schema. Defaults live in the schema (`default`).
import type { Static, TObject, TProperties } from 'typebox';
import type { PROBES } from '../probes/index.js';
import type { Probe } from '../probes/probe.js';
import type { CommonProbeConfig } from './defaults.js';
import type { RUN_WIDE_SECTIONS } from './schema.js';

export type { CommonProbeConfig } from './defaults.js';
export type { Allowance, Waiver } from './schema-parts.js';

/** The section a probe reads from the config file, as written (before defaults). */
export type SectionOf<P> = P extends Probe<string, infer Props extends TProperties> ? CommonProbeConfig & Static<TObject<Props>> : never;

type BuiltinProbe = (typeof PROBES)[number];
export type BuiltinProbeId = BuiltinProbe['id'];

export type Config = Static<TObject<typeof RUN_WIDE_SECTIONS>> & { [P in BuiltinProbe as P['id']]?: SectionOf<P> };

export type ProbeSection<Id extends BuiltinProbeId> = NonNullable<Config[Id]>;
