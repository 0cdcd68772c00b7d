import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import type { TreeChange } from '../../src/types.js';
import { compareSnapshots, createTreeSnapshotter, parseStatus, trackedChanges } from '../../src/workspace/tree-snapshot.js';
import { cleanupTempDirs, TestRepo } from '../helpers/repo.js';

afterEach(cleanupTempDirs);

function repo(): TestRepo {
  const r = TestRepo.init();
  r.commit('init', { 'README.md': 'hello\n', '.gitignore': 'cache/\n*.log\n', 'src/a.txt': 'a\n', 'run.sh': 'echo\n' });
  return r;
}

async function changesDuring(r: TestRepo, act: () => void): Promise<{ changed: string[]; ignored: string[] }> {
  const snapshotter = createTreeSnapshotter(createGit(r.dir));
  const before = await snapshotter.snapshot({ untracked: true });
  act();
  return compareSnapshots(before, await snapshotter.snapshot({ untracked: true }));
}

describe('parseStatus', () => {
  it('splits NUL-separated porcelain records, keeping spaces and arrows in names', () => {
    expect(parseStatus(' M a b.txt\0?? x -> y\0!! cache/\0')).toEqual([
      { code: ' M', path: 'a b.txt' },
      { code: '??', path: 'x -> y' },
      { code: '!!', path: 'cache/' },
    ]);
  });
});

describe('tree snapshots', () => {
  it('see nothing when nothing changed, even in a dirty tree', async () => {
    const r = repo();
    r.write({ 'README.md': 'edited\n', 'untracked.txt': 'u\n' });
    expect(await changesDuring(r, () => undefined)).toEqual({ changed: [], ignored: [] });
  });

  it('see tracked edits, deletions, new untracked files and staged changes', async () => {
    const r = repo();
    const changes = await changesDuring(r, () => {
      r.write({ 'src/a.txt': 'changed\n', 'README.md': null, 'new dir/n.txt': 'n\n' });
      r.git('add', 'new dir/n.txt');
    });
    expect(changes.changed).toEqual(['README.md', 'new dir/n.txt', 'src/a.txt']);
  });

  it('see a second edit of a file that was already modified, and a mode change', async () => {
    const r = repo();
    r.write({ 'src/a.txt': 'first edit\n', 'untracked.txt': 'one\n' });
    const changes = await changesDuring(r, () => {
      r.write({ 'src/a.txt': 'second edit\n', 'untracked.txt': 'two\n' });
      chmodSync(join(r.dir, 'run.sh'), 0o755);
    });
    expect(changes.changed).toEqual(['run.sh', 'src/a.txt', 'untracked.txt']);
  });

  it('do not count rewriting a file with the same content', async () => {
    const r = repo();
    r.write({ 'untracked.txt': 'same\n' });
    expect((await changesDuring(r, () => writeFileSync(join(r.dir, 'untracked.txt'), 'same\n'))).changed).toEqual([]);
  });

  it('see HEAD move even when the tree is identical', async () => {
    const r = repo();
    const changes = await changesDuring(r, () => r.git('commit', '-q', '--allow-empty', '-m', 'sneaky'));
    expect(changes.changed).toEqual(['HEAD']);
  });

  it('report ignored entries apart from real changes', async () => {
    const r = repo();
    const changes = await changesDuring(r, () => r.write({ 'cache/x.bin': 'c', 'debug.log': 'l' }));
    expect(changes).toEqual({ changed: [], ignored: ['cache/', 'debug.log'] });
  });
});

describe('tracked changes', () => {
  async function trackedDuring(r: TestRepo, act: () => void): Promise<TreeChange[]> {
    const snapshotter = createTreeSnapshotter(createGit(r.dir));
    const before = await snapshotter.snapshot();
    act();
    return trackedChanges(before, await snapshotter.snapshot());
  }

  it('name each kind of change once, and leave untracked and ignored files out', async () => {
    const r = repo();
    r.write({ 'new.txt': 'n\n' });
    r.git('add', 'new.txt');
    r.commit('more', { 'gone.txt': 'g\n' });
    const changes = await trackedDuring(r, () => {
      r.write({ 'src/a.txt': 'edited\n', 'gone.txt': null, 'build/out.js': 'x', 'cache/c': 'c', 'added.txt': 'a\n' });
      chmodSync(join(r.dir, 'run.sh'), 0o755);
      r.git('rm', '-q', '--cached', 'new.txt');
      r.git('add', 'added.txt');
    });
    expect(changes).toEqual([
      { path: 'added.txt', change: 'added' },
      { path: 'gone.txt', change: 'deleted' },
      { path: 'new.txt', change: 'unstaged' },
      { path: 'run.sh', change: 'mode' },
      { path: 'src/a.txt', change: 'modified' },
    ]);
  });

  it('a moved HEAD is one change, not one per file that now differs from it', async () => {
    const r = repo();
    r.commit('second', { 'b.txt': 'b\n' });
    expect(await trackedDuring(r, () => r.git('update-ref', 'HEAD', 'HEAD~1'))).toEqual([{ path: 'HEAD', change: 'head-moved' }]);
  });

  it('an already dirty file edited again or chmodded is seen; left alone it is not', async () => {
    const r = repo();
    r.write({ 'src/a.txt': 'dirty\n', 'README.md': 'dirty too\n' });
    const changes = await trackedDuring(r, () => {
      r.write({ 'src/a.txt': 'dirtier\n' });
      chmodSync(join(r.dir, 'README.md'), 0o755);
    });
    expect(changes).toEqual([
      { path: 'README.md', change: 'mode' },
      { path: 'src/a.txt', change: 'modified' },
    ]);
  });
});

describe('tracked links', () => {
  it('a retargeted tracked link is modified; one left alone while HEAD moves is not', async () => {
    const r = repo();
    symlinkSync('README.md', join(r.dir, 'link'));
    r.commit('link', {});
    r.commit('second', { 'b.txt': 'b\n' });
    const snapshotter = createTreeSnapshotter(createGit(r.dir));
    const before = await snapshotter.snapshot();
    r.git('update-ref', 'HEAD', 'HEAD~2'); // the link is now a staged addition against HEAD
    expect(trackedChanges(before, await snapshotter.snapshot())).toEqual([{ path: 'HEAD', change: 'head-moved' }]);
    const moved = await snapshotter.snapshot();
    rmSync(join(r.dir, 'link'));
    symlinkSync('src/a.txt', join(r.dir, 'link'));
    expect(trackedChanges(moved, await snapshotter.snapshot())).toEqual([{ path: 'link', change: 'modified' }]);
  });
});
