// Scenario tests: the held-out probe against throw-away git repositories, with real processes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import { VerifyError } from '../../../src/core/errors.js';
import { heldoutProbe } from '../../../src/probes/heldout/index.js';
import type { HeldoutItem } from '../../../src/heldout/file.js';
import type { ProbeOutcome } from '../../../src/types.js';
import { makeContext } from '../../helpers/context.js';
import { isRunning } from '../../helpers/process.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../../helpers/repo.js';
import { heldoutFile } from './heldout-file.js';

afterEach(cleanupTempDirs);

/** A small shell project on a feature branch: lib/add.sh adds its two arguments. */
function project(): TestRepo {
  const r = TestRepo.init();
  r.commit('init', {
    'README.md': '# demo\n',
    '.gitignore': 'cache/\n',
    'lib/add.sh': 'echo $(( $1 + $2 ))\n',
    'tests/visible.sh': '[ "$(sh lib/add.sh 1 1)" = 2 ]\n',
  });
  r.checkout('feature', true);
  r.commit('feature', { 'lib/mul.sh': 'echo $(( $1 * $2 ))\n' });
  return r;
}

async function runProbe(
  r: TestRepo,
  heldout: string | undefined,
  config: Config = {},
): Promise<{ outcome: ProbeOutcome; logs: string[] }> {
  const logs: string[] = [];
  const ctx = await makeContext(heldoutProbe, { root: r.dir, base: 'main', config, logs, options: heldout === undefined ? {} : { heldout } });
  const applies = await heldoutProbe.applies(ctx);
  if (!applies.applies) return { outcome: { status: 'skipped', summary: applies.reason }, logs };
  return { outcome: await heldoutProbe.run(ctx), logs };
}

/** The whole observable state of the working tree, ignored files included. */
function treeState(r: TestRepo): string {
  return r.git('status', '--porcelain=v1', '--untracked-files=all', '--ignored');
}

const details = (outcome: ProbeOutcome): Array<Record<string, unknown>> => (outcome.details?.items ?? []) as Array<Record<string, unknown>>;

describe('heldout probe', () => {
  it('is skipped when no held-out checks are supplied', async () => {
    const { outcome } = await runProbe(project(), undefined);
    expect(outcome).toEqual({ status: 'skipped', summary: 'no held-out checks supplied' });
    expect((await runProbe(project(), '  ')).outcome.status).toBe('skipped');
  });

  it('fails with a blocking finding naming the failing item when one passes and one fails', async () => {
    const r = project();
    const file = heldoutFile([
      { id: 'HO-1', title: 'Adds small numbers', run: '[ "$(sh lib/add.sh 2 3)" = 5 ]' },
      { id: 'HO-2', title: 'Multiplies', run: '[ "$(sh lib/mul.sh 2 3)" = 7 ]' },
    ]);
    const { outcome, logs } = await runProbe(r, file);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('2 held-out checks: 1 passed, 1 failed (HO-2)');
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: 'heldout/item-failed',
        severity: 'high',
        blocking: true,
        message: 'held-out check HO-2 ("Multiplies") failed: exit code 1',
      }),
    ]);
    expect(details(outcome).map((i) => [i.id, i.status])).toEqual([['HO-1', 'pass'], ['HO-2', 'fail']]);
    expect(logs).toEqual([
      expect.stringMatching(/^HO-1 \("Adds small numbers"\): pass \(passed\) in \d+\.\d s$/),
      expect.stringMatching(/^HO-2 \("Multiplies"\): fail \(exit code 1\) in \d+\.\d s$/),
    ]);
  });

  it('passes when every item passes', async () => {
    const r = project();
    const file = heldoutFile([
      { id: 'a', title: 'A', run: 'sh tests/visible.sh' },
      { id: 'b', title: 'B', run: '[ "$(sh lib/mul.sh 4 5)" = 20 ]', timeout: 30 },
    ]);
    const { outcome } = await runProbe(r, file);
    expect(outcome).toMatchObject({ status: 'pass', summary: 'all 2 held-out checks passed', findings: [] });
  });

  it('materialises a hidden test file for its item only and leaves the tree exactly as before', async () => {
    const r = project();
    r.write({ 'README.md': '# locally edited\n' }); // a dirty tree stays dirty in the same way
    const before = treeState(r);
    const file = heldoutFile([
      {
        id: 'hidden-add',
        title: 'Adds with a hidden test',
        run: 'sh tests/hidden/add_check.sh',
        files: { 'tests/hidden/add_check.sh': '[ "$(sh lib/add.sh 20 22)" = 42 ] || exit 1\n', 'tests/extra.txt': 'x\n' },
      },
      // The next item must not see the previous item's hidden files.
      { id: 'isolated', title: 'Hidden files are per item', run: '! test -e tests/hidden/add_check.sh && ! test -e tests/extra.txt' },
    ]);
    const { outcome } = await runProbe(r, file);
    expect(outcome.status).toBe('pass');
    expect(existsSync(join(r.dir, 'tests/hidden'))).toBe(false);
    expect(existsSync(join(r.dir, 'tests/extra.txt'))).toBe(false);
    expect(existsSync(join(r.dir, 'tests/visible.sh'))).toBe(true);
    expect(treeState(r)).toBe(before);
  });

  it('stops an item at its timeout: inconclusive, hidden files removed, no process left', async () => {
    const r = project();
    const pids = tempDir();
    const file = heldoutFile([
      {
        id: 'slow',
        title: 'Never finishes',
        run: `sleep 30 & echo $! > ${pids}/child.pid; echo $$ > ${pids}/shell.pid; wait`,
        timeout: 1,
        files: { 'tests/hidden/slow.sh': 'sleep 30\n' },
      },
    ]);
    const { outcome } = await runProbe(r, file);
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toBe('1 held-out check: 0 passed, 1 could not run (slow)');
    expect(details(outcome)[0]).toMatchObject({ id: 'slow', status: 'inconclusive', reason: 'timed out after 1 s' });
    expect(outcome.findings).toEqual([expect.objectContaining({ rule: 'heldout/item-inconclusive', blocking: false })]);
    expect(existsSync(join(r.dir, 'tests/hidden'))).toBe(false);
    for (const name of ['shell.pid', 'child.pid']) {
      const pid = Number(readFileSync(join(pids, name), 'utf8'));
      expect(pid).toBeGreaterThan(0);
      expect(isRunning(pid)).toBe(false);
    }
  });

  it('reports results gathered before the probe budget ran out', async () => {
    const r = project();
    const file = heldoutFile([
      { id: 'broken', title: 'Fails fast', run: 'exit 3' },
      { id: 'endless', title: 'Sleeps', run: 'sleep 20' },
    ]);
    const { outcome } = await runProbe(r, file, { heldout: { timeout: 2 } });
    expect(outcome.status).toBe('fail');
    expect(details(outcome).map((i) => i.status)).toEqual(['fail', 'inconclusive']);
    expect(details(outcome)[1]?.reason).toMatch(/^timed out: the held-out probe's time budget ran out after 1\.\d s$/);
  });

  it('counts an item whose hidden file would overwrite a file as inconclusive, without running it', async () => {
    const r = project();
    const marker = join(tempDir(), 'ran');
    const file = heldoutFile([
      { id: 'clash', title: 'Conflicts', run: `touch ${marker}`, files: { 'tests/visible.sh': 'exit 0\n', 'tests/new.sh': 'exit 0\n' } },
    ]);
    const { outcome } = await runProbe(r, file);
    expect(outcome.status).toBe('inconclusive');
    expect(details(outcome)[0]).toMatchObject({
      status: 'inconclusive',
      reason: 'file conflict (1 hidden file): a hidden file would overwrite an existing path',
    });
    expect(readFileSync(join(r.dir, 'tests/visible.sh'), 'utf8')).toBe('[ "$(sh lib/add.sh 1 1)" = 2 ]\n');
    expect(existsSync(join(r.dir, 'tests/new.sh'))).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  it('counts a missing command (exit 127) as inconclusive, not failed', async () => {
    const { outcome } = await runProbe(project(), heldoutFile([{ id: 'nf', title: 'Tool missing', run: 'no-such-tool-9f2c --check' }]));
    expect(outcome.status).toBe('inconclusive');
    expect(details(outcome)[0]?.reason).toBe('command not found (exit code 127)');
  });

  it('raises a concern when the held-out file lies inside the working tree', async () => {
    const r = project();
    mkdirSync(join(r.dir, 'ci'));
    const file = heldoutFile([{ id: 'a', title: 'A', run: 'true' }], join(r.dir, 'ci'));
    const { outcome } = await runProbe(r, file);
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      expect.objectContaining({ rule: 'heldout/file-in-working-tree', severity: 'medium', blocking: false, file: 'ci/heldout.yml' }),
    ]);
  });

  it('blocks when a run changes the working tree, naming the item and paths; ignored caches are only reported', async () => {
    const r = project();
    const file = heldoutFile([
      { id: 'edits', title: 'Edits a tracked file', run: 'echo tampered >> README.md' },
      { id: 'leaks', title: 'Copies its hidden test', run: 'cp tests/h.sh tests/copy.sh', files: { 'tests/h.sh': 'secret test\n' } },
      { id: 'caches', title: 'Writes a cache', run: 'mkdir -p cache && echo c > cache/result' },
    ]);
    const { outcome } = await runProbe(r, file);
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      expect.objectContaining({ rule: 'heldout/tree-changed', blocking: true, message: 'held-out run changed the working tree (check edits ("Edits a tracked file")): README.md' }),
      expect.objectContaining({ rule: 'heldout/tree-changed', blocking: true, message: expect.stringContaining('(check leaks ("Copies its hidden test")): tests/copy.sh') }),
    ]);
    expect(details(outcome)[2]).toMatchObject({ id: 'caches', status: 'pass', ignored_changes: ['cache/'] });
  });

  it('reads inline YAML and JSON content (the Action input)', async () => {
    const r = project();
    const yaml = await runProbe(r, 'items:\n  - id: inline\n    title: Inline\n    run: "true"\n');
    expect(yaml.outcome).toMatchObject({ status: 'pass', details: { source: 'inline' } });
    const json = await runProbe(r, '{"items":[{"id":"j","title":"J","run":"false"}]}');
    expect(json.outcome.status).toBe('fail');
  });

  it('is skipped when the held-out file lists no items (fewer than 4 in the checklist)', async () => {
    const { outcome } = await runProbe(project(), heldoutFile([]));
    expect(outcome).toEqual({ status: 'skipped', summary: 'the held-out checks list no items' });
  });

  it('throws a one-line VerifyError for an invalid held-out file, without its commands', async () => {
    const r = project();
    const path = join(tempDir(), 'bad.yml');
    writeFileSync(path, 'items:\n  - id: a\n    run: SECRET-RUN-7\n');
    const ctx = await makeContext(heldoutProbe, { root: r.dir, base: 'main', options: { heldout: path } });
    const error = await heldoutProbe.run(ctx).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyError);
    expect((error as Error).message).toMatch(/^held-out file .*bad\.yml is invalid: items\[0\]\.title: is required; fix the held-out file/);
    expect((error as Error).message).not.toContain('SECRET-RUN-7');
  });

  describe('secrecy', () => {
    const items = (): HeldoutItem[] => [
      {
        id: 'S-1',
        title: 'Visible title one',
        run: 'echo OUTPUT-MARKER-1; sh tests/hidden/check.sh # CMD-MARKER-1',
        files: { 'tests/hidden/check.sh': 'echo HIDDEN-CONTENT-MARKER >/dev/null; exit 0\n' },
      },
      { id: 'S-2', title: 'Visible title two', run: 'echo OUTPUT-MARKER-2 >&2; exit 1 # CMD-MARKER-2' },
      { id: 'S-3', title: 'Visible title three', run: 'sleep 5 # CMD-MARKER-3', timeout: 0.5 },
    ];
    const secret = /CMD-MARKER|HIDDEN-CONTENT-MARKER|OUTPUT-MARKER|tests\/hidden|echo |sleep /;

    it('shows ids, statuses, durations and titles, never commands, hidden files or output', async () => {
      const { outcome, logs } = await runProbe(project(), heldoutFile(items()));
      expect(outcome.status).toBe('fail');
      const everything = JSON.stringify(outcome) + logs.join('\n');
      expect(everything).not.toMatch(secret);
      expect(details(outcome).map((i) => [i.id, i.title, i.status, typeof i.duration_ms])).toEqual([
        ['S-1', 'Visible title one', 'pass', 'number'],
        ['S-2', 'Visible title two', 'fail', 'number'],
        ['S-3', 'Visible title three', 'inconclusive', 'number'],
      ]);
    });

    it('hides titles with reveal: ids', async () => {
      const { outcome, logs } = await runProbe(project(), heldoutFile(items()), { heldout: { reveal: 'ids' } });
      const everything = JSON.stringify(outcome) + logs.join('\n');
      expect(everything).not.toMatch(/Visible title/);
      expect(everything).not.toMatch(secret);
      expect(everything).toContain('S-2');
    });

    it('sends output to the step log only with log_output: true, still never to the outcome', async () => {
      const { outcome, logs } = await runProbe(project(), heldoutFile(items()), { heldout: { log_output: true } });
      expect(logs).toContain('S-1 ("Visible title one") | OUTPUT-MARKER-1');
      expect(logs).toContain('S-2 ("Visible title two") | OUTPUT-MARKER-2');
      expect(JSON.stringify(outcome)).not.toMatch(secret);
    });
  });
});
