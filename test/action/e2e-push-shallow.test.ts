// End to end: node dist/index.js on push events, in shallow checkouts (the actions/checkout default),
// with fail-on, a bad input and an unresolvable base.
import { describe, expect, it } from 'vitest';
import { evidenceOf, payload, runAction, useFakeGitHub } from './run-action.js';
import { checkout, checkoutPullRequestMerge, scenario } from './scenario.js';

const fake = await useFakeGitHub();

describe('shallow checkouts (fetch-depth: 1)', () => {
  it('pull_request: fetches the base commit and deepens until the merge-base appears', async () => {
    const s = scenario({ 'src/app.js': 'export const app = 1;\n' }, { mainCommitsAfterBranch: 3 });
    const workspace = checkout(s.origin, 'feature', { depth: 1 });
    const event = payload('pull_request.json', { BASE_SHA: s.baseSha, HEAD_SHA: s.headSha });

    const run = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { 'artifact-name': 'shallow-pr' } });

    expect(run.stdout).toContain('shallow clone: merge-base not found, deepening history');
    const evidence = evidenceOf(run);
    expect(evidence.error).toBeUndefined();
    expect(evidence.diff).toMatchObject({ base_sha: s.baseSha, merge_base: s.forkPoint, head_sha: s.headSha, files_changed: 1, shallow: true });
    expect(evidence.diff.files.map((f) => f.path)).toEqual(['src/app.js']);
    expect(run.outputs.verdict).toBe('VERIFIED');
    expect(run.code).toBe(0);
  });

  it('pull_request on the test merge commit, fetched alone at depth 1 exactly as actions/checkout does', async () => {
    const s = scenario({ 'src/app.js': 'export const app = 1;\n' }, { mainCommitsAfterBranch: 2 });
    const { workspace, mergeSha } = checkoutPullRequestMerge(s, 42);
    const event = payload('pull_request.json', { BASE_SHA: s.baseSha, HEAD_SHA: s.headSha });

    const run = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { 'artifact-name': 'merge-ref' }, env: { GITHUB_SHA: mergeSha, GITHUB_REF: 'refs/pull/42/merge' } });

    const evidence = evidenceOf(run);
    expect(evidence.error).toBeUndefined();
    // The merge commit's first parent is the base tip, so the merge-base is the base itself.
    expect(evidence.diff).toMatchObject({ base_sha: s.baseSha, merge_base: s.baseSha, head_sha: mergeSha, files_changed: 1, shallow: true });
    expect(evidence.diff.files.map((f) => f.path)).toEqual(['src/app.js']);
    expect(evidence.diff.commits).toEqual([s.headSha, mergeSha]);
    expect(run.outputs.verdict).toBe('VERIFIED');
  });

  it('push of a new branch: compares with origin/<default branch>, fetched into a single-branch shallow clone', async () => {
    const s = scenario({ 'src/app.js': 'export const app = 1;\n' });
    const workspace = checkout(s.origin, 'feature', { depth: 1 });
    const event = payload('push-new-branch.json', { AFTER: s.headSha });

    const run = await runAction({ workspace, eventName: 'push', payload: event, fake, inputs: { 'artifact-name': 'new-branch' } });

    expect(run.stdout).toContain('base: origin/main (from the default branch (new branch pushed))');
    const evidence = evidenceOf(run);
    expect(evidence.diff).toMatchObject({ base_ref: 'origin/main', base_sha: s.baseSha, merge_base: s.forkPoint, files_changed: 1 });
    expect(run.outputs.verdict).toBe('VERIFIED');
  });
});

describe('push', () => {
  it('diffs against `before`; the step status follows fail-on', async () => {
    const s = scenario({ 'src/app.js': 'export const app = 1;\n' });
    s.origin.checkout('feature');
    const after = s.origin.commit('second push', { 'src/util.js': 'export const util = 2;\n' });
    s.origin.checkout('main');
    const workspace = checkout(s.origin, 'feature', { depth: 1 });

    const pushed = await runAction({ workspace, eventName: 'push', payload: payload('push.json', { BEFORE: s.headSha, AFTER: after }), fake, inputs: { 'artifact-name': 'push', 'fail-on': 'concerns' } });
    const evidence = evidenceOf(pushed);
    expect(evidence.diff).toMatchObject({ base_sha: s.headSha, merge_base: s.headSha, files_changed: 1 });
    expect(evidence.diff.files.map((f) => f.path)).toEqual(['src/util.js']);
    expect(pushed.outputs.verdict).toBe('VERIFIED');
    expect(pushed.code).toBe(0);

    // An explicit base wins over the event; HEAD itself gives an empty diff, which is CONCERNS.
    const emptyInputs = { base: after, 'artifact-name': 'empty' };
    const lenient = await runAction({ workspace, eventName: 'push', payload: payload('push.json', { BEFORE: s.headSha, AFTER: after }), fake, inputs: emptyInputs });
    expect(lenient.outputs.verdict).toBe('CONCERNS');
    expect(lenient.outputs['exit-code']).toBe('1');
    expect(lenient.code).toBe(0); // fail-on: blocked (default)

    const strict = await runAction({
      workspace, eventName: 'push', payload: payload('push.json', { BEFORE: s.headSha, AFTER: after }), fake,
      inputs: { ...emptyInputs, 'fail-on': 'concerns', 'artifact-name': 'empty-strict' },
    });
    expect(strict.outputs.verdict).toBe('CONCERNS');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error::loki-verify verdict CONCERNS \(exit 1\) fails the step \(fail-on: concerns\)/m);
  });
});

describe('errors', () => {
  it('a bad fail-on fails the step naming the input, with ERROR outputs', async () => {
    const s = scenario({ 'a.txt': 'a\n' });
    const workspace = checkout(s.origin, 'feature');
    const run = await runAction({ workspace, eventName: 'push', payload: payload('push.json', { BEFORE: s.baseSha, AFTER: s.headSha }), fake, inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::loki-verify could not verify (ERROR, exit 3): input fail-on: 'sometimes' is not one of blocked, concerns");
    expect(run.outputs).toMatchObject({ verdict: 'ERROR', 'exit-code': '3' });
    // Nothing was verified, but the evidence still says why: on disk, in the artifact and in the job summary.
    expect(evidenceOf(run)).toMatchObject({ verdict: 'ERROR', exit_code: 3, error: "input fail-on: 'sometimes' is not one of blocked, concerns" });
    expect(run.summary).toContain('# loki-verify: 💥 ERROR');
    expect(run.summary).toContain("> **Error:** input fail-on: 'sometimes' is not one of blocked, concerns");
    const artifact = fake.artifacts.filter((a) => a.name === 'loki-verify-evidence' && a.finalized).at(-1);
    expect(run.outputs['artifact-id']).toBe(String(artifact?.id));
  });

  it('an unknown base is ERROR: the step fails whatever fail-on says, and evidence, outputs, summary and artifact still exist', async () => {
    const s = scenario({ 'a.txt': 'a\n' });
    const workspace = checkout(s.origin, 'feature');
    const run = await runAction({
      workspace, eventName: 'workflow_dispatch', payload: payload('workflow_dispatch.json', {}), fake,
      inputs: { base: 'no-such-branch', 'artifact-name': 'error-evidence' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'ERROR', 'exit-code': '3' });
    expect(run.stdout).toMatch(/^::error::loki-verify could not verify \(ERROR, exit 3\): unknown base ref 'no-such-branch'/m);
    expect(evidenceOf(run).error).toContain('no-such-branch');
    expect(run.summary).toContain('💥 ERROR');
    const artifact = fake.artifacts.find((a) => a.name === 'error-evidence');
    expect(artifact?.finalized).toBe(true);
    expect(Object.keys(fake.unzip(artifact!)).sort()).toEqual(['evidence.json', 'report.md']);
  });
});
