// Every place that lists probes agrees with the registry (like eslint's check that each rule has docs and
// tests): a probe folder is registered, and each probe has its doc, its tests, its config schema section
// and its README row. Adding a probe and forgetting one of them fails here, naming what is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeSectionSchema } from '../../src/config/schema.js';
import { PROBE_IDS, PROBES } from '../../src/probes/index.js';
import { PROJECT_ROOT } from '../helpers/cli.js';

const read = (path: string): string => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const json = (path: string): Record<string, unknown> => JSON.parse(read(path)) as Record<string, unknown>;
const TEMPLATE = '_template';

/** The README's probe table (under `| probe | what it checks |`): id -> the rest of the row. */
function readmeRows(): Map<string, string> {
  const lines = read('README.md').split('\n');
  const header = lines.findIndex((line) => /^\| probe \| what it checks \|$/.test(line));
  expect(header, 'README.md has no probe table (| probe | what it checks |)').toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const match = /^\| `([^`]+)` \|(.*)\|$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

describe('probe registry consistency', () => {
  it('registers every probe folder, and every registered probe has a folder', () => {
    const folders = readdirSync(join(PROJECT_ROOT, 'src/probes'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== TEMPLATE)
      .map((entry) => entry.name);
    expect([...folders].sort(), 'src/probes/<id>/ folders vs PROBES in src/probes/index.ts').toEqual([...PROBE_IDS].sort());
  });

  describe.each(PROBES.map((probe) => [probe.id, probe] as const))('%s', (id, probe) => {
    it(`has its doc docs/${id}.md`, () => {
      expect(existsSync(join(PROJECT_ROOT, `docs/${id}.md`)), `docs/${id}.md is missing (start from docs/${TEMPLATE}.md)`).toBe(true);
    });

    it(`has tests in test/probes/${id}/`, () => {
      const dir = join(PROJECT_ROOT, 'test/probes', id);
      const tests = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.test.ts')) : [];
      expect(tests.length, `test/probes/${id}/ has no *.test.ts`).toBeGreaterThan(0);
    });

    it('has its section in schemas/config.schema.json', () => {
      const sections = json('schemas/config.schema.json').properties as Record<string, unknown>;
      expect(sections[id], `schemas/config.schema.json lacks or has a stale '${id}' section: run npm run schemas`).toEqual(
        JSON.parse(JSON.stringify(probeSectionSchema(probe))),
      );
    });

    it('has its row in the README probe table, linking its doc', () => {
      const row = readmeRows().get(id);
      expect(row, `README.md has no row | \`${id}\` | ... | in the probe table`).toBeDefined();
      expect(row, `README.md's row for ${id} does not link docs/${id}.md`).toContain(`(docs/${id}.md)`);
    });
  });

  it('lists no probe in the README table that is not registered', () => {
    expect([...readmeRows().keys()]).toEqual([...PROBE_IDS]);
  });

  it('names the built-in ids in the evidence schema, which stays open to embedders\' probes', () => {
    const finding = ((json('schemas/evidence.schema.json').properties as Record<string, { items: { properties: Record<string, unknown> } }>)
      .findings!.items.properties.probe) as { pattern: string; examples: string[] };
    expect(finding.examples, 'schemas/evidence.schema.json probe ids: run npm run schemas').toEqual([...PROBE_IDS]);
    expect(new RegExp(finding.pattern).test('a-new-probe')).toBe(true);
  });

  it('keeps the template complete: its code, doc and tests', () => {
    for (const path of [`src/probes/${TEMPLATE}/index.ts`, `docs/${TEMPLATE}.md`, `test/probes/${TEMPLATE}`, 'docs/adding-a-probe.md']) {
      expect(existsSync(join(PROJECT_ROOT, path)), `${path} is missing`).toBe(true);
    }
  });
});
