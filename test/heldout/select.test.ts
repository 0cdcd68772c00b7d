import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runHeldoutSelect } from '../../src/heldout/select-command.js';
import { formatOfPath, reservedCount, reservedIds, selectHeldout, validateChecklist } from '../../src/heldout/select.js';
import { runCli } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/heldout');

afterAll(cleanupTempDirs);

/** Independent of the code under test: the contract's rule written out directly. */
function expectedReserved(ids: string[]): string[] {
  const hex = (id: string): string => createHash('sha256').update(id, 'utf8').digest('hex');
  const n = ids.length;
  const count = n < 4 ? 0 : Math.min(5, Math.max(1, Math.floor(0.25 * n + 0.5)));
  return [...ids].sort((a, b) => (hex(a) < hex(b) ? -1 : 1)).slice(0, count);
}

function checklist(n: number): { items: Array<{ id: string; title: string; run: string }> } {
  return {
    items: Array.from({ length: n }, (_, i) => ({ id: `item-${i + 1}`, title: `Item ${i + 1}`, run: `exit 0 # ${i + 1}` })),
  };
}

async function select(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runHeldoutSelect(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('the selection rule', () => {
  it.each([
    [3, 0],
    [4, 1],
    [10, 3],
    [21, 5],
    [40, 5],
  ])('reserves, of %i items, %i', (n, count) => {
    const ids = checklist(n).items.map((item) => item.id);
    expect(reservedCount(n)).toBe(count);
    const reserved = reservedIds(ids);
    expect(reserved).toHaveLength(count);
    expect(reserved).toEqual(expectedReserved(ids));
  });

  it('counts round half up at every size from 0 to 60', () => {
    const counts = Array.from({ length: 61 }, (_, n) => reservedCount(n));
    expect(counts.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(counts.slice(4, 6)).toEqual([1, 1]); // floor(4/4 + .5) = 1, floor(5/4 + .5) = 1
    expect(counts[6]).toBe(2); // 1.5 + .5 = 2
    expect(counts[10]).toBe(3);
    expect(counts[17]).toBe(4);
    expect(counts[18]).toBe(5);
    expect(Math.max(...counts)).toBe(5);
  });

  it('lists reserved items smallest hash first and keeps the visible order and other keys', () => {
    const data = { name: 'demo', items: checklist(10).items, owner: 'qa' };
    const selection = selectHeldout(validateChecklist(data, 'checklist'));
    const reserved = expectedReserved(data.items.map((i) => i.id));
    expect(selection.reserved).toEqual(reserved);
    expect((selection.heldout.items as Array<{ id: string }>).map((i) => i.id)).toEqual(reserved);
    expect((selection.visible.items as Array<{ id: string }>).map((i) => i.id)).toEqual(
      data.items.map((i) => i.id).filter((id) => !reserved.includes(id)),
    );
    expect(Object.keys(selection.visible)).toEqual(['name', 'items', 'owner']);
    expect(Object.keys(selection.heldout)).toEqual(['name', 'items', 'owner']);
  });

  it('rejects duplicate ids, naming them, and non-string ids', () => {
    const dup = { items: [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'c' }, { id: 'c' }] };
    expect(() => validateChecklist(dup, 'checklist x.yml')).toThrow('duplicate item ids: a, c');
    expect(() => validateChecklist({ items: [{ id: 7 }] }, 'c')).toThrow('items[0].id must be a non-empty string');
    expect(() => validateChecklist({ items: 'no' }, 'c')).toThrow('must be a mapping with an "items" list');
    expect(() => validateChecklist([], 'c')).toThrow('must be a mapping with an "items" list');
    expect(() => validateChecklist({ items: ['x'] }, 'c')).toThrow('items[0] must be a mapping');
  });

  it('knows the formats by extension', () => {
    expect(formatOfPath('a/b.yml')).toEqual({ format: 'yaml', ext: 'yml' });
    expect(formatOfPath('b.yaml')).toEqual({ format: 'yaml', ext: 'yaml' });
    expect(formatOfPath('b.json')).toEqual({ format: 'json', ext: 'json' });
    expect(formatOfPath('b.txt')).toBeUndefined();
  });
});

describe('loki-verify heldout select', () => {
  it.each(['yml', 'json'])('writes the expected visible.%s and heldout.%s next to the checklist', async (ext) => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, `checklist.${ext}`), join(dir, `checklist.${ext}`));
    const result = await select([`checklist.${ext}`], dir);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('3 held-out item(s): AC-05, AC-06, AC-08');
    for (const name of [`visible.${ext}`, `heldout.${ext}`]) {
      expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(FIXTURES, 'expected', name), 'utf8'));
    }
  });

  it('is byte-identical on re-run and when run from a copy elsewhere', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'checklist.yml'), join(dir, 'checklist.yml'));
    await select(['checklist.yml', '--out', 'out'], dir);
    const first = ['visible.yml', 'heldout.yml'].map((f) => readFileSync(join(dir, 'out', f)));
    expect(await select([join(dir, 'checklist.yml'), '--out', join(dir, 'out')], '/')).toMatchObject({ code: 0 });
    const second = ['visible.yml', 'heldout.yml'].map((f) => readFileSync(join(dir, 'out', f)));
    expect(Buffer.compare(first[0]!, second[0]!)).toBe(0);
    expect(Buffer.compare(first[1]!, second[1]!)).toBe(0);
  });

  it('keeps other top-level keys and item fields, and drops comments', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'checklist.yml'), join(dir, 'checklist.yml'));
    await select(['checklist.yml'], dir);
    const visible = YAML.parse(readFileSync(join(dir, 'visible.yml'), 'utf8'));
    const heldout = YAML.parse(readFileSync(join(dir, 'heldout.yml'), 'utf8'));
    expect(visible).toMatchObject({ name: 'invoice-service acceptance', version: 2 });
    expect(heldout).toMatchObject({ name: 'invoice-service acceptance', version: 2 });
    expect(heldout.items.find((i: { id: string }) => i.id === 'AC-06')).toEqual({
      id: 'AC-06',
      title: 'Idempotent on retried requests',
      run: 'npm test -- invoices/idempotency',
      tags: ['api', 'retries'],
    });
    expect(readFileSync(join(dir, 'visible.yml'), 'utf8')).not.toContain('#');
  });

  it.each([
    [3, 0],
    [4, 1],
    [10, 3],
    [21, 5],
    [40, 5],
  ])('writes, for %i items, %i held-out items in hash order', async (n, count) => {
    const dir = tempDir();
    const data = checklist(n);
    writeFileSync(join(dir, 'list.json'), JSON.stringify(data));
    expect((await select(['list.json'], dir)).code).toBe(0);
    const heldout = JSON.parse(readFileSync(join(dir, 'heldout.json'), 'utf8'));
    const visible = JSON.parse(readFileSync(join(dir, 'visible.json'), 'utf8'));
    expect(heldout.items).toHaveLength(count);
    expect(heldout.items.map((i: { id: string }) => i.id)).toEqual(expectedReserved(data.items.map((i) => i.id)));
    expect(visible.items).toHaveLength(n - count);
  });

  it('exits 3 naming duplicate ids, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'list.yml'), 'items:\n  - id: a\n  - id: b\n  - id: a\n  - id: d\n');
    const result = await select(['list.yml'], dir);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('duplicate item ids: a');
    expect(existsSync(join(dir, 'visible.yml'))).toBe(false);
  });

  it.each([
    [['missing.yml'], 'does not exist'],
    [['list.txt'], 'must end in .yaml, .yml or .json'],
    [['bad.yml'], 'is not valid YAML or JSON'],
    [['scalar.json'], 'must be a mapping with an "items" list'],
    [[], 'expected exactly one CHECKLIST'],
    [['a.yml', 'b.yml'], 'expected exactly one CHECKLIST'],
    [['bad.yml', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 3 with one line for %j', async (args, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'list.txt'), 'items: []\n');
    writeFileSync(join(dir, 'bad.yml'), 'items:\n  - id: a\n   run: [\n');
    writeFileSync(join(dir, 'scalar.json'), '42\n');
    const result = await select(args, dir);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to overwrite the checklist itself', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'heldout.yml'), YAML.stringify(checklist(8)));
    const result = await select(['heldout.yml'], dir);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('would be overwritten');
  });

  it('warns when the held-out output lacks what the gate needs, or sits in a git working tree', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'list.yml'), YAML.stringify({ items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })) }));
    const result = await select(['list.yml'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: held-out file .* is invalid: items\[0\]\.title: is required/);
    expect(result.stderr).toMatch(/warning: .*heldout\.yml is inside the git working tree/);
  });

  it('is reachable through the real CLI: loki-verify heldout select', () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'checklist.json'), join(dir, 'checklist.json'));
    writeFileSync(join(dir, 'dup.json'), JSON.stringify({ items: [{ id: 'x' }, { id: 'x' }] }));
    const ok = runCli(['heldout', 'select', 'checklist.json', '--out', 'sel'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'sel/heldout.json'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'expected/heldout.json'), 'utf8'));
    const dup = runCli(['heldout', 'select', 'dup.json'], { cwd: dir });
    expect(dup.code).toBe(3);
    expect(dup.stderr).toContain('duplicate item ids: x');
  });
});
