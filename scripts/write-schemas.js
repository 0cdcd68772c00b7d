#!/usr/bin/env node
// Writes schemas/*.json from the schemas in code (run `npm run build` first; `npm run schemas` does both).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const { generatedSchemas } = await import(join(root, 'lib/src/schemas.js'));
for (const [path, text] of Object.entries(generatedSchemas())) {
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
