// schemas/*.json are generated from the schemas in code; a committed file that differs is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSchemas } from '../src/schemas.js';
import { PROJECT_ROOT } from './helpers/cli.js';

describe('published schemas', () => {
  it.each(Object.entries(generatedSchemas()))('%s matches the schema in code', (path, text) => {
    expect(readFileSync(join(PROJECT_ROOT, path), 'utf8'), `${path} is stale: run npm run schemas and commit it`).toBe(text);
  });
});
