// The published JSON Schemas (schemas/*.json), generated from the schemas in code. `npm run schemas`
// writes them; test/schemas.test.ts fails when a committed file differs from what the code says.
import { configSchemaDocument } from './config/schema.js';
import { evidenceSchema } from './evidence/schema.js';
import { PROBE_IDS, PROBES } from './probes/index.js';

/** Repository path -> the document's text, for every generated schema. */
export function generatedSchemas(): Record<string, string> {
  const evidence = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://loki-verify.dev/schemas/evidence.schema.json',
    title: 'loki-verify evidence document',
    ...evidenceSchema(PROBE_IDS),
  };
  return {
    'schemas/config.schema.json': toText(configSchemaDocument(PROBES)),
    'schemas/evidence.schema.json': toText(evidence),
  };
}

function toText(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
