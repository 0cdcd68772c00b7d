// Building blocks of the configuration schema, shared by the probes' config sections. The schemas are
// written in code (TypeBox) so the TypeScript types come from them; schemas/*.json is generated from here.
import { Type, type Static, type TOptional, type TSchema, type TUnsafe } from 'typebox';
import { SEVERITIES, type Severity } from '../types.js';

/** A schema node carrying its `default`: the one place a default value is written down. */
export type Defaulted<T extends TSchema> = TOptional<T> & { default: Static<T> };

/** An optional key whose value, when absent, is `value` (written into the schema's `default`). */
export function withDefault<T extends TSchema>(schema: T, value: Static<T>): Defaulted<T> {
  return Type.Optional({ ...schema, default: value } as T) as Defaulted<T>;
}

/** One of a fixed list of strings, as a plain JSON Schema `enum` (error messages list the allowed values). */
export function oneOf<const T extends readonly string[]>(values: T, options: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ enum: [...values], ...options });
}

export const severity = (options: { description?: string } = {}): TUnsafe<Severity> => oneOf(SEVERITIES, options);

/** A calendar day (YYYY-MM-DD) through which an exception holds. */
export const date = () => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const command = () =>
  Type.String({ minLength: 1, description: 'Shell command run at the repository root, overriding detection.' });

/** At most 1000 globs a list: each is compiled and tried on every path (250k took minutes and gigabytes). */
export const MAX_GLOBS = 1000;

export const pathGlobs = (description: string) =>
  Type.Array(Type.String({ minLength: 1 }), { description: `${description} At most ${MAX_GLOBS}.`, maxItems: MAX_GLOBS });

/** An accepted finding, by fingerprint (secrets.allow). */
export const allowance = () =>
  Type.Object(
    { fingerprint: Type.String({ minLength: 1 }), reason: Type.String({ minLength: 1 }), until: Type.Optional(date()) },
    { additionalProperties: false },
  );
export type Allowance = Static<ReturnType<typeof allowance>>;

/** An accepted advisory, by id or alias (dependencies.ignore). */
export const waiver = () =>
  Type.Object(
    { id: Type.String({ minLength: 1 }), reason: Type.String({ minLength: 1 }), until: Type.Optional(date()) },
    { additionalProperties: false },
  );
export type Waiver = Static<ReturnType<typeof waiver>>;
