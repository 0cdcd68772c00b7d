// The history stream against real git: a long range cut into parts diffed by several git processes
// gives exactly the commits (and patches) one process gives, parents before children.
import { afterAll, describe, expect, it } from 'vitest';
import { createGit } from '../../../src/git/git.js';
import { forEachCommit, type HistoryOptions } from '../../../src/probes/secrets/history.js';
import type { CommitRecord } from '../../../src/probes/secrets/records.js';
import { cleanupTempDirs, TestRepo } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

/** 40 commits on `feature` with side branches merged in, an octopus merge among them. */
function branchingRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { 'README.md': '# app\n' });
  repo.checkout('feature', true);
  for (let i = 0; i < 30; i++) {
    repo.commit(`work ${i}`, { [`src/f${i % 7}.txt`]: `line ${i}\n`.repeat(i + 1) });
    if (i % 10 === 5) {
      const branches = i === 25 ? ['x', 'y'] : [`side${i}`];
      for (const branch of branches) {
        repo.checkout(branch, true);
        repo.commit(`side ${branch}`, { [`${branch}.txt`]: `${branch}\n` });
        repo.checkout('feature');
      }
      repo.git('merge', '-q', '--no-ff', '--no-edit', ...branches);
    }
  }
  return repo;
}

async function records(repo: TestRepo, parallel: boolean): Promise<CommitRecord[]> {
  const git = createGit(repo.dir);
  const options: HistoryOptions = {
    git,
    from: repo.git('rev-parse', 'main').trim(),
    to: repo.head(),
    commits: repo.git('rev-list', '--reverse', 'main..feature').trim().split('\n'),
    parallel,
    remergeDiff: true,
    signal: new AbortController().signal,
  };
  const seen: CommitRecord[] = [];
  await forEachCommit(options, async (record) => {
    seen.push(record);
  });
  return seen;
}

describe('history stream', () => {
  it('gives every commit once, parents first, whether one git process reads the range or several', async () => {
    const repo = branchingRepo();
    const range = repo.git('rev-list', 'main..feature').trim().split('\n');
    expect(range.length).toBeGreaterThanOrEqual(34);
    const serial = await records(repo, false);
    const parallel = await records(repo, true);
    for (const list of [serial, parallel]) {
      expect(list.map((r) => r.sha).sort()).toEqual([...range].sort());
      const position = new Map(list.map((r, i) => [r.sha, i]));
      for (const [i, record] of list.entries()) {
        for (const parent of record.parents) expect(position.get(parent) ?? -1).toBeLessThan(i);
      }
    }
    expect(parallel.some((r) => r.parents.length === 3)).toBe(true);
    const bySha = new Map(serial.map((r) => [r.sha, r]));
    for (const record of parallel) expect(record).toEqual(bySha.get(record.sha));
  });
});
