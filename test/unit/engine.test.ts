import { describe, expect, it } from 'vitest';
import { runProbes } from '../../src/engine/engine.js';
import { treeModifiedFindings } from '../../src/engine/tree-guard.js';
import { VerifyError } from '../../src/core/errors.js';
import { oncePerRun, type Probe, type ProbeContext } from '../../src/probes/probe.js';
import type { ProbeId, ProbeResult } from '../../src/types.js';
import type { TreeSnapshot } from '../../src/workspace/tree-snapshot.js';

function probe(id: ProbeId, run: Probe['run'], extra: Partial<Omit<Probe, 'timeout'>> = {}): Probe {
  return { id, title: id, timeout: 60, applies: () => ({ applies: true }), run, ...extra };
}

function engine(probes: Probe[], timeoutMs = 5000, finished: string[] = []) {
  return runProbes({
    probes,
    select: (p) => (p.id === 'heldout' ? { run: false, reason: 'not selected' } : { run: true }),
    timeoutMs: () => timeoutMs,
    context: (_p, signal, result) => ({ signal, result }) as unknown as ProbeContext,
    onResult: (r: ProbeResult) => finished.push(r.id),
  });
}

describe('runProbes', () => {
  it('runs independent probes concurrently and waits for `after` dependencies', async () => {
    const order: string[] = [];
    const slow = probe('build', async () => {
      await new Promise((r) => setTimeout(r, 150));
      order.push('build');
      return { status: 'pass', summary: 'built' };
    });
    const test = probe('test', async (ctx) => {
      order.push(`test saw build=${ctx.result('build')?.status}`);
      return { status: 'pass', summary: 'ok' };
    }, { after: ['build'] });
    const fast = probe('secrets', async () => {
      order.push('secrets');
      return { status: 'pass', summary: 'none' };
    });
    const results = await engine([slow, test, fast]);
    expect(order).toEqual(['secrets', 'build', 'test saw build=pass']);
    expect(results.map((r) => r.id)).toEqual(['build', 'test', 'secrets']);
  });

  it('a timeout makes the probe inconclusive and aborts its signal', async () => {
    let aborted = false;
    const hang = probe('test', (ctx) => new Promise((resolve) => {
      ctx.signal.addEventListener('abort', () => {
        aborted = true;
        resolve({ status: 'pass', summary: 'should not count' });
      });
    }));
    const [result] = await engine([hang], 100);
    expect(result).toMatchObject({ status: 'inconclusive', summary: expect.stringMatching(/timed out after 0.1 s/) });
    expect(aborted).toBe(true);
  });

  it('a throwing probe is an error and does not affect the others', async () => {
    const crash = probe('static', async () => {
      throw new TypeError('boom');
    });
    const known = probe('heldout', async () => ({ status: 'pass', summary: '' }));
    const input = probe('dependencies', async () => {
      throw new VerifyError('lockfile x is unreadable: fix it');
    });
    const ok = probe('secrets', async () => ({ status: 'pass', summary: 'fine', findings: [{ rule: 'r', severity: 'low', blocking: false, message: 'm', fingerprint: 'abcdefgh' }] }));
    const results = await engine([crash, known, input, ok]);
    expect(results[0]).toMatchObject({ status: 'error', summary: 'probe crashed: boom' });
    expect(results[1]).toMatchObject({ status: 'skipped', summary: 'not selected' });
    expect(results[2]).toMatchObject({ status: 'error', summary: 'lockfile x is unreadable: fix it' });
    expect(results[3]?.findings[0]?.probe).toBe('secrets');
  });

  it('summaries are kept to one line', async () => {
    const [result] = await engine([probe('dependencies', async () => ({ status: 'inconclusive', summary: 'lock.json does not parse (Unexpected token, "[1,\n  2,\nfoo]" is not valid JSON)\n' }))]);
    expect(result?.summary).toBe('lock.json does not parse (Unexpected token, "[1, 2, foo]" is not valid JSON)');
  });

  it('a probe that does not apply is skipped with its reason', async () => {
    const [result] = await engine([probe('build', async () => ({ status: 'pass', summary: '' }), { applies: () => ({ applies: false, reason: 'nothing to build' }) })]);
    expect(result).toMatchObject({ status: 'skipped', summary: 'nothing to build' });
  });

  it('oncePerRun computes once per probe context, so applies and run share detection', () => {
    let calls = 0;
    const plan = oncePerRun(() => ++calls);
    const first = {} as ProbeContext;
    expect([plan(first), plan(first)]).toEqual([1, 1]);
    expect(plan({} as ProbeContext)).toBe(2);
  });
});

describe('runProbes tree guard', () => {
  /** A guard over a fake tree: each probe that runs PR code may move `head` or edit `files`. */
  function fakeTree(report: boolean) {
    const state = { head: 'h1', files: new Map([['a.txt', '100644 blob-a 0']]) };
    const guard = {
      report,
      snapshot: async (): Promise<TreeSnapshot> => ({ head: state.head, index: new Map(state.files), entries: new Map(), ignored: new Set() }),
    };
    return { state, guard };
  }

  const tamperer = (state: { head: string }) =>
    probe('build', async () => {
      state.head = 'h2';
      return { status: 'pass', summary: 'built' };
    }, { runsPrCode: true });

  it('records what a PR-code probe changed and, with no tamper probe selected, blocks naming it', async () => {
    const { state, guard } = fakeTree(true);
    const quiet = probe('test', async () => ({ status: 'pass', summary: 'ok' }), { runsPrCode: true, after: ['build'] });
    const other = probe('secrets', async () => ({ status: 'pass', summary: 'none' }));
    const [build, test, secrets] = await runProbes({
      probes: [tamperer(state), quiet, other],
      select: () => ({ run: true }),
      timeoutMs: () => 5000,
      context: (_p, signal, result) => ({ signal, result }) as unknown as ProbeContext,
      tree: guard,
    });
    expect(build?.tree_changes).toEqual([{ path: 'HEAD', change: 'head-moved' }]);
    expect(build?.findings).toEqual([expect.objectContaining({ probe: 'build', rule: 'tree-modified', severity: 'high', blocking: true })]);
    // Changes are pinned on the probe that made them; a probe that runs no PR code is not watched.
    expect(test?.tree_changes).toEqual([]);
    expect(secrets?.tree_changes).toBeUndefined();
  });

  it('leaves the findings to the tamper probe when it is selected, and watches a probe that crashed', async () => {
    const { state, guard } = fakeTree(false);
    const crash = probe('test', async () => {
      state.files.delete('a.txt'); // git rm --cached
      throw new Error('boom');
    }, { runsPrCode: true, after: ['build'] });
    const [build, test] = await runProbes({
      probes: [tamperer(state), crash],
      select: () => ({ run: true }),
      timeoutMs: () => 5000,
      context: (_p, signal, result) => ({ signal, result }) as unknown as ProbeContext,
      tree: guard,
    });
    expect(build).toMatchObject({ findings: [], tree_changes: [{ path: 'HEAD', change: 'head-moved' }] });
    expect(test).toMatchObject({ status: 'error', findings: [], tree_changes: [{ path: 'a.txt', change: 'unstaged' }] });
  });

  it('snapshots only around a PR-code probe that applies: one that does not, or whose check crashes, runs no PR code', async () => {
    const { guard } = fakeTree(false);
    let snapshots = 0;
    const counted = { ...guard, snapshot: () => (snapshots++, guard.snapshot()) };
    const idle = probe('build', async () => ({ status: 'pass', summary: 'built' }), { runsPrCode: true, applies: () => ({ applies: false, reason: 'nothing to build' }) });
    const broken = probe('static', async () => ({ status: 'pass', summary: 'clean' }), {
      runsPrCode: true,
      applies: () => {
        throw new Error('unreadable config');
      },
    });
    const [build, lint] = await runProbes({
      probes: [idle, broken],
      select: () => ({ run: true }),
      timeoutMs: () => 5000,
      context: (_p, signal, result) => ({ signal, result }) as unknown as ProbeContext,
      tree: counted,
    });
    expect(build).toMatchObject({ status: 'skipped', summary: 'nothing to build' });
    expect(build?.tree_changes).toBeUndefined();
    expect(lint).toMatchObject({ status: 'error', summary: 'probe crashed: unreadable config' });
    expect(snapshots).toBe(0);
  });
});

describe('treeModifiedFindings', () => {
  it('names each change once, leaving out paths the probe\'s own blocking findings already name', () => {
    const own = [{ rule: 'heldout/tree-changed', severity: 'high' as const, blocking: true, message: 'x', fingerprint: 'f'.repeat(32), details: { paths: ['README.md'] } }];
    const findings = treeModifiedFindings('heldout', [{ path: 'HEAD', change: 'head-moved' }, { path: 'README.md', change: 'modified' }, { path: 'a.sh', change: 'mode' }], own);
    expect(findings.map((f) => [f.file, f.message])).toEqual([
      [undefined, "heldout changed what is being judged while running the PR's code: HEAD moved to another commit"],
      ['a.sh', "heldout changed what is being judged while running the PR's code: a.sh mode changed"],
    ]);
  });
});
