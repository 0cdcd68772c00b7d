// The pure slicing of a sharded test run, and node's own test-file discovery mirrored for the file split.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goPackages, hashSlice, nodeTestShardOption, pytestFiles, runnerShardArgs } from '../../../src/probes/test/slice.js';
import { nodeTestFiles } from '../../../src/probes/test/test-files.js';
import { cleanupTempDirs, tempDir } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

const FILES = Array.from({ length: 23 }, (_, i) => `test/unit/case-${i}.test.js`);

describe('hashSlice', () => {
  it('cuts the paths into N disjoint slices that together are all of them, sizes within one', () => {
    for (const total of [1, 2, 3, 5, 23, 30]) {
      const slices = Array.from({ length: total }, (_, i) => hashSlice(FILES, { index: i + 1, total }));
      expect(slices.flat().sort()).toEqual([...FILES].sort());
      const sizes = slices.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('depends on the set of paths only: not their order, not duplicates', () => {
    const shuffled = [...FILES].reverse();
    for (const index of [1, 2, 3]) {
      expect(hashSlice(shuffled, { index, total: 3 })).toEqual(hashSlice([...FILES, ...FILES], { index, total: 3 }));
    }
  });

  it('is the same split on every machine (sha256 of the path text)', () => {
    expect(hashSlice(['a.test.js', 'b.test.js', 'c.test.js', 'd.test.js'], { index: 1, total: 2 })).toEqual(['b.test.js', 'c.test.js']);
    expect(hashSlice(['a.test.js', 'b.test.js', 'c.test.js', 'd.test.js'], { index: 2, total: 2 })).toEqual(['a.test.js', 'd.test.js']);
  });

  it('gives empty slices when there are more shards than paths', () => {
    const slices = [1, 2, 3].map((index) => hashSlice(['only.test.js'], { index, total: 3 }));
    expect(slices.filter((s) => s.length === 0)).toHaveLength(2);
  });
});

describe('runner shard arguments', () => {
  it('uses the runner’s own --shard where it has one, with its no-tests flag', () => {
    expect(runnerShardArgs('vitest', { index: 2, total: 3 })).toEqual(['--shard=2/3', '--passWithNoTests']);
    expect(runnerShardArgs('jest', { index: 1, total: 4 })).toEqual(['--shard=1/4', '--passWithNoTests']);
    expect(runnerShardArgs('playwright', { index: 3, total: 3 })).toEqual(['--shard=3/3', '--pass-with-no-tests']);
    expect(runnerShardArgs('mocha', { index: 1, total: 2 })).toBeUndefined();
    expect(nodeTestShardOption({ index: 2, total: 5 })).toBe('--test-shard=2/5');
  });
});

describe('listed units', () => {
  it('reads the test files from pytest --collect-only -q, once each, parametrised ids included', () => {
    const output = 'tests/test_a.py::test_one\ntests/test_a.py::TestX::test_two[1-2]\ntests/sub/test_b.py::test_three\n\n3 tests collected in 0.01s\n';
    expect(pytestFiles(output)).toEqual(['tests/test_a.py', 'tests/sub/test_b.py']);
    expect(pytestFiles('no tests collected in 0.00s\n')).toEqual([]);
  });

  it('reads go list output, one package a line', () => {
    expect(goPackages('example.com/app\nexample.com/app/internal/x\n\n')).toEqual(['example.com/app', 'example.com/app/internal/x']);
  });
});

describe('nodeTestFiles', () => {
  it('finds exactly the files `node --test` runs by itself', () => {
    const root = tempDir('loki-node-test-files-');
    const files = [
      'test.js', 'a.test.js', 'b-test.mjs', 'c_test.cjs', 'test-d.js', 'e.test.ts', 'src/f.test.js', 'test/g.js', 'test/deep/h.mjs',
      'src/test/i.js', 'tests/j.js', 'k.spec.js', 'l.test.jsx', 'node_modules/m/test.js', '.hidden/n.test.js', 'src/o.js', 'test/p.json',
    ];
    for (const file of files) {
      mkdirSync(join(root, dirname(file)), { recursive: true });
      // Each file's test is named by its path, so node's report says which files it ran.
      const body = file.endsWith('.mjs') ? `import test from 'node:test';\ntest(${JSON.stringify(file)}, () => {});\n` : `require('node:test')(${JSON.stringify(file)}, () => {});\n`;
      writeFileSync(join(root, file), file.endsWith('.json') ? '{}' : body);
    }
    writeFileSync(join(root, 'package.json'), '{"type":"commonjs"}');
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } });
    const ran = [...run.stdout.matchAll(/^ok \d+ - (\S+)$/gm)].map((m) => m[1]!).sort();
    expect(ran.length).toBeGreaterThan(5);
    expect(nodeTestFiles(root)).toEqual(ran);
  });
});
