// ajv set-up shared by every schema the gate validates against (config, evidence, held-out files).
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv);

export function compileSchema<T>(schema: object): ValidateFunction<T> {
  return ajv.compile<T>(schema);
}

/** A validator compiled on first use: loading a module does not pay for a schema it may never check. */
export function lazyValidator<T>(schema: () => object): () => ValidateFunction<T> {
  let validate: ValidateFunction<T> | undefined;
  return () => (validate ??= compileSchema<T>(schema()));
}

/** Dotted key path of an ajv error (`build.timeout`, `secrets.allow[0].reason`). */
function keyPath(error: ErrorObject): string {
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = '';
  for (const part of parts) path += /^\d+$/.test(part) ? `[${part}]` : path ? `.${part}` : part;
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return path ? `${path}.${extra}` : extra;
  }
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return path ? `${path}.${missing}` : missing;
  }
  return path || '(top level)';
}

function expectation(error: ErrorObject, schemaAllowed?: string[]): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return schemaAllowed?.length ? `unknown key (expected one of ${schemaAllowed.join(', ')})` : 'unknown key';
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

/** One line describing the first (most specific) schema errors, e.g. `build.timout: unknown key (expected one of ...)`. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'does not match the schema';
  // `if`/`anyOf` wrappers repeat what their branches already said; keep the concrete errors.
  const concrete = errors.filter((e) => !['if', 'anyOf', 'oneOf'].includes(e.keyword));
  const shown = (concrete.length ? concrete : errors).slice(0, 3).map((e) => {
    const allowed = e.keyword === 'additionalProperties' && e.parentSchema?.properties
      ? Object.keys(e.parentSchema.properties as object)
      : undefined;
    return `${keyPath(e)}: ${expectation(e, allowed)}`;
  });
  return shown.join('; ');
}
