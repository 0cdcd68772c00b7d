import { describe, expect, it } from 'vitest';
import { artifactNameFor, pickShardArtifacts, shardArtifactName } from '../../src/github/artifact-name.js';

const listed = (...names: string[]) => names.map((name, i) => ({ id: 100 + i, name }));

describe('artifact names', () => {
  it('keeps the plain name on the first attempt, adds -attempt-N on re-runs', () => {
    expect(artifactNameFor('ev', '1')).toBe('ev');
    expect(artifactNameFor('ev', undefined)).toBe('ev');
    expect(artifactNameFor('ev', '3')).toBe('ev-attempt-3');
  });

  it('names a shard -shard-I-of-N, before the attempt suffix', () => {
    expect(shardArtifactName('ev', { index: 2, total: 4 })).toBe('ev-shard-2-of-4');
    expect(shardArtifactName('ev', { index: 2, total: 4 }, '2')).toBe('ev-shard-2-of-4-attempt-2');
  });
});

describe('pickShardArtifacts', () => {
  it('takes shards 1..N of this artifact name in shard order, ignoring other artifacts', () => {
    const picked = pickShardArtifacts(listed('ev-shard-3-of-3', 'ev', 'ev-shard-1-of-3', 'other-shard-2-of-3', 'ev-shard-2-of-3', 'ev.x-shard-2-of-3', 'coverage'), 'ev');
    expect(picked.map((a) => [a.index, a.total, a.name])).toEqual([
      [1, 3, 'ev-shard-1-of-3'],
      [2, 3, 'ev-shard-2-of-3'],
      [3, 3, 'ev-shard-3-of-3'],
    ]);
    expect(picked[1]!.id).toBe(104);
  });

  it('takes the latest attempt of each shard (a re-run of one failed shard replaces only that shard)', () => {
    const picked = pickShardArtifacts(listed('ev-shard-1-of-2', 'ev-shard-2-of-2', 'ev-shard-2-of-2-attempt-3', 'ev-shard-2-of-2-attempt-2'), 'ev');
    expect(picked.map((a) => a.name)).toEqual(['ev-shard-1-of-2', 'ev-shard-2-of-2-attempt-3']);
  });

  it('treats a name with regular-expression characters literally', () => {
    expect(pickShardArtifacts(listed('ev+1-shard-1-of-1', 'evv1-shard-1-of-1'), 'ev+1').map((a) => a.name)).toEqual(['ev+1-shard-1-of-1']);
    expect(() => pickShardArtifacts(listed('evv1-shard-1-of-1'), 'ev.1')).toThrow('no artifact ev.1-shard-I-of-N in this run');
  });

  it('names the missing shard artifacts', () => {
    expect(() => pickShardArtifacts(listed('ev-shard-1-of-4', 'ev-shard-3-of-4'), 'ev')).toThrow(
      'artifacts ev-shard-2-of-4, ev-shard-4-of-4 missing: shards 2/4, 4/4 did not upload (did it run, and finish?)',
    );
    expect(() => pickShardArtifacts(listed('ev-shard-1-of-2'), 'ev')).toThrow('artifact ev-shard-2-of-2 missing: shard 2/2 did not upload');
  });

  it('refuses shards of different totals, and says how to produce shards when there are none', () => {
    expect(() => pickShardArtifacts(listed('ev-shard-1-of-2', 'ev-shard-2-of-2', 'ev-shard-1-of-3'), 'ev')).toThrow(
      'shard artifacts of different totals in this run (ev-shard-1-of-2, ev-shard-1-of-3): every shard must use the same N',
    );
    expect(() => pickShardArtifacts(listed('ev', 'ev-shard-0-of-2'), 'ev')).toThrow(
      'no artifact ev-shard-I-of-N in this run: run the shards first (input shard: I/N, artifact-name: ev) in a job this one needs',
    );
  });
});
