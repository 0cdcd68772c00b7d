// The configuration schema, assembled in code: run-wide sections plus one section per probe, built from
// the probe's own facts (default timeout, required) and settings schema. schemas/config.schema.json is
// generated from here (npm run schemas); a test fails when the committed file differs.
import { Type, type TObject, type TProperties } from 'typebox';
import type { Probe } from '../probes/probe.js';
import { DEFAULT_BLOCK_ON } from './defaults.js';
import { severity, withDefault } from './schema-parts.js';

/** The sections that are not a probe's. */
export const RUN_WIDE_SECTIONS = {
  policy: Type.Optional(
    Type.Object(
      {
        block_on: withDefault(
          Type.Array(severity(), {
            uniqueItems: true,
            description: 'Severities that may block. A finding blocks when its probe says so and its severity is listed.',
          }),
          [...DEFAULT_BLOCK_ON],
        ),
      },
      { additionalProperties: false },
    ),
  ),
  env: Type.Optional(
    Type.Object(
      {
        allow: Type.Optional(
          Type.Array(Type.String({ minLength: 1 }), {
            uniqueItems: true,
            description: 'Environment variables passed to probe processes even though their names look secret.',
          }),
        ),
      },
      { additionalProperties: false },
    ),
  ),
};

/** The keys every probe section has, with this probe's defaults. */
function commonKeys(probe: Pick<Probe, 'timeout' | 'required'>) {
  return {
    enabled: withDefault(Type.Boolean({ description: 'Run this probe.' }), true),
    timeout: withDefault(
      Type.Number({ exclusiveMinimum: 0, description: 'Seconds before the probe is stopped and marked inconclusive.' }),
      probe.timeout,
    ),
    required: withDefault(
      Type.Boolean({ description: 'A skipped required probe lowers the verdict to CONCERNS.' }),
      probe.required ?? false,
    ),
  };
}

/** A probe's config section: the common keys, then the probe's own. */
export function probeSectionSchema(probe: Probe): TObject {
  const own: TProperties = probe.settings?.properties ?? {};
  return Type.Object({ ...commonKeys(probe), ...own }, { additionalProperties: false, description: probe.title });
}

/** The schema a config is validated against, for this set of probes. */
export function configSchema(probes: readonly Probe[]): TObject {
  const sections = Object.fromEntries(probes.map((probe) => [probe.id, Type.Optional(probeSectionSchema(probe))]));
  return Type.Object({ ...RUN_WIDE_SECTIONS, ...sections }, { additionalProperties: false });
}

/** The published document (schemas/config.schema.json) for the built-in probes. */
export function configSchemaDocument(probes: readonly Probe[]): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://loki-verify.dev/schemas/config.schema.json',
    title: 'loki-verify configuration (.loki/verify.yml)',
    ...configSchema(probes),
  };
}
