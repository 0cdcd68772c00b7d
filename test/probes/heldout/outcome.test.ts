import { describe, expect, it } from 'vitest';
import { buildOutcome, type ItemReport } from '../../../src/probes/heldout/outcome.js';

function item(id: string, status: ItemReport['status'], reason: string, extra: Partial<ItemReport> = {}): ItemReport {
  return { id, title: `Title of ${id}`, status, reason, durationMs: 1200, leftovers: 0, treeChanges: [], ignoredChanges: [], ...extra };
}

describe('buildOutcome', () => {
  it('passes when every item passed, with ids, titles, statuses and durations in the details', () => {
    const outcome = buildOutcome({ source: 'file', reveal: 'titles', items: [item('A', 'pass', 'passed'), item('B', 'pass', 'passed')] });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('all 2 held-out checks passed');
    expect(outcome.findings).toEqual([]);
    expect(outcome.details).toMatchObject({
      source: 'file',
      counts: { total: 2, passed: 2, failed: 0, inconclusive: 0 },
      items: [
        { id: 'A', title: 'Title of A', status: 'pass', duration_ms: 1200 },
        { id: 'B', title: 'Title of B', status: 'pass', duration_ms: 1200 },
      ],
    });
  });

  it('fails with one blocking high finding per failed item, naming it', () => {
    const outcome = buildOutcome({
      source: 'inline',
      reveal: 'titles',
      items: [item('A', 'pass', 'passed'), item('B', 'fail', 'exit code 1'), item('C', 'inconclusive', 'timed out after 5 s')],
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('3 held-out checks: 1 passed, 1 failed (B), 1 could not run (C)');
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: 'heldout/item-failed',
        severity: 'high',
        blocking: true,
        message: 'held-out check B ("Title of B") failed: exit code 1',
      }),
      expect.objectContaining({
        rule: 'heldout/item-inconclusive',
        severity: 'medium',
        blocking: false,
        message: 'held-out check C ("Title of C") could not run: timed out after 5 s',
      }),
    ]);
  });

  it('is inconclusive (never pass) when an item could not run', () => {
    const outcome = buildOutcome({ source: 'file', reveal: 'titles', items: [item('A', 'pass', 'passed'), item('C', 'inconclusive', 'file conflict')] });
    expect(outcome.status).toBe('inconclusive');
  });

  it('hides titles everywhere with reveal: ids', () => {
    const outcome = buildOutcome({ source: 'file', reveal: 'ids', items: [item('B', 'fail', 'exit code 2'), item('C', 'inconclusive', 'x')] });
    expect(JSON.stringify(outcome)).not.toContain('Title of');
    expect(outcome.findings?.[0]?.message).toBe('held-out check B failed: exit code 2');
  });

  it('blocks when a run changed the working tree, naming the paths (capped) and counting hidden leftovers', () => {
    const paths = Array.from({ length: 12 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
    const outcome = buildOutcome({
      source: 'file',
      reveal: 'ids',
      items: [item('A', 'pass', 'passed', { treeChanges: paths, leftovers: 1 })],
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 held-out check passed; the held-out run changed the working tree');
    const finding = outcome.findings?.[0];
    expect(finding).toMatchObject({ rule: 'heldout/tree-changed', blocking: true, severity: 'high' });
    expect(finding?.message).toBe(
      'held-out run changed the working tree (check A): f00.txt, f01.txt, f02.txt, f03.txt, f04.txt, f05.txt, f06.txt, f07.txt, f08.txt, f09.txt, and 2 more, 1 hidden file(s) that could not be removed',
    );
  });

  it('adds a non-blocking concern for a held-out file inside the working tree', () => {
    const outcome = buildOutcome({ source: 'file', reveal: 'titles', items: [item('A', 'pass', 'passed')], insideTree: 'ci/heldout.yml' });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      expect.objectContaining({ rule: 'heldout/file-in-working-tree', severity: 'medium', blocking: false, file: 'ci/heldout.yml' }),
    ]);
  });

  it('gives findings fingerprints that depend on the item, not on timings', () => {
    const a = buildOutcome({ source: 'file', reveal: 'titles', items: [item('B', 'fail', 'exit code 1', { durationMs: 5 })] });
    const b = buildOutcome({ source: 'file', reveal: 'ids', items: [item('B', 'fail', 'exit code 1', { durationMs: 9000 })] });
    expect(a.findings?.[0]?.fingerprint).toBe(b.findings?.[0]?.fingerprint);
  });
});
