import { describeSchemaErrors, lazyValidator } from '../core/schema.js';
import { evidenceSchema } from './schema.js';
import type { Evidence } from './types.js';

const validator = lazyValidator<Evidence>(evidenceSchema);

/** Undefined when `document` is valid evidence, else a one-line description of the first violations. */
export function evidenceViolations(document: unknown): string | undefined {
  const validate = validator();
  return validate(document) ? undefined : describeSchemaErrors(validate.errors);
}
