import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materialise } from '../../../src/probes/heldout/materialise.js';
import { cleanupTempDirs, tempDir } from '../../helpers/repo.js';

afterEach(cleanupTempDirs);

/** Every path under `dir`, relative, sorted: the whole state of a small tree. */
function listing(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? [`${rel}/`, ...listing(dir, rel)] : [rel];
    })
    .sort();
}

describe('materialise', () => {
  it('writes files into new and existing directories and removes exactly what it created', () => {
    const root = tempDir();
    mkdirSync(join(root, 'test'));
    writeFileSync(join(root, 'test/visible.test.js'), 'visible');
    const before = listing(root);

    const placed = materialise(root, { 'test/hidden.test.js': 'H1', 'test/deep/er/x.js': 'H2', 'top.txt': 'H3' });
    if (!placed.ok) throw new Error(placed.reason);
    expect(readFileSync(join(root, 'test/hidden.test.js'), 'utf8')).toBe('H1');
    expect(readFileSync(join(root, 'test/deep/er/x.js'), 'utf8')).toBe('H2');
    // Whatever a run adds inside a directory we created goes with it (e.g. caches next to a hidden test).
    writeFileSync(join(root, 'test/deep/er/cache.pyc'), 'derived');

    expect(placed.materialised.remove()).toEqual([]);
    expect(listing(root)).toEqual(before);
    expect(placed.materialised.remove()).toEqual([]); // idempotent
  });

  it('never overwrites an existing file and writes nothing for the item when one path conflicts', () => {
    const root = tempDir();
    mkdirSync(join(root, 'test'));
    writeFileSync(join(root, 'test/a.js'), 'original');
    const placed = materialise(root, { 'test/a.js': 'hidden', 'test/new/b.js': 'hidden' });
    expect(placed).toEqual({ ok: false, reason: 'file conflict (1 hidden file): a hidden file would overwrite an existing path' });
    expect(readFileSync(join(root, 'test/a.js'), 'utf8')).toBe('original');
    expect(existsSync(join(root, 'test/new'))).toBe(false);
  });

  it('does not follow symlinks the working tree plants (directory or dangling file link)', () => {
    const root = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(root, 'linked'));
    symlinkSync(join(elsewhere, 'target.js'), join(root, 'dangling.js'));
    const viaDir = materialise(root, { 'linked/x.js': 'hidden' });
    expect(viaDir).toMatchObject({ ok: false, reason: expect.stringContaining('is a file or symlink') });
    const viaLink = materialise(root, { 'dangling.js': 'hidden' });
    expect(viaLink).toMatchObject({ ok: false, reason: expect.stringContaining('would overwrite an existing path') });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('treats a file where a directory is needed as a conflict', () => {
    const root = tempDir();
    writeFileSync(join(root, 'test'), 'a file');
    expect(materialise(root, { 'test/x.js': '' })).toMatchObject({ ok: false });
    expect(readFileSync(join(root, 'test'), 'utf8')).toBe('a file');
  });

  it('removes a hidden file even when the run replaced it with a directory tree', () => {
    const root = tempDir();
    const placed = materialise(root, { 'h.txt': 'hidden' });
    if (!placed.ok) throw new Error(placed.reason);
    rmSync(join(root, 'h.txt'));
    mkdirSync(join(root, 'h.txt/sub'), { recursive: true });
    writeFileSync(join(root, 'h.txt/sub/copy'), 'hidden');
    expect(placed.materialised.remove()).toEqual([]);
    expect(existsSync(join(root, 'h.txt'))).toBe(false);
  });
});
