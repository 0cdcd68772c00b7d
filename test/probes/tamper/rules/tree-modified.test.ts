import { describe, expect, it } from 'vitest';
import { treeModified } from '../../../../src/probes/tamper/rules/tree-modified.js';

describe('treeModified', () => {
  it('names the probe and each path, with what happened to it', () => {
    const hits = treeModified([{ probe: 'test', changes: [{ path: 'src/b.ts', change: 'modified' }, { path: 'src/a.ts', change: 'deleted' }] }]);
    expect(hits.map((h) => [h.rule, h.file, h.details])).toEqual([
      ['tree-modified', 'src/a.ts', { probe: 'test', change: 'deleted' }],
      ['tree-modified', 'src/b.ts', { probe: 'test', change: 'modified' }],
    ]);
    expect(hits[0]!.message).toContain('The test probe deleted src/a.ts');
  });

  it('lists 50 paths per probe one by one and counts the rest in one more finding', () => {
    const changes = Array.from({ length: 60 }, (_, i) => ({ path: `gen/${String(i).padStart(2, '0')}.ts`, change: 'added' as const }));
    const hits = treeModified([{ probe: 'build', changes }]);
    expect(hits).toHaveLength(51);
    expect(hits[50]!.details).toMatchObject({ probe: 'build', count: 10 });
  });

  it('is empty when no probe changed the tree', () => {
    expect(treeModified([])).toEqual([]);
  });
});
