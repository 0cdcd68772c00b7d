// End to end: a sharded run through node dist/index.js, as a workflow with a matrix of shard jobs and a
// merge job runs it: every shard uploads its evidence to the loopback artifact service, the merge job lists
// and downloads them all, merges, and publishes once.
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/types.js';
import { evidenceOf, payload, runAction, useFakeGitHub } from './run-action.js';
import { checkout, scenario } from './scenario.js';

// Assembled at run time so no secret-shaped literal sits in the source.
const SECRET = ['ghp', '_', 'T4nb8XcV2mQ7rLp1ZsWd', '6HyG9kJ3fEuA0oKiB5qx'].join('');
const TWIRP = 'POST /twirp/github.actions.results.api.v1.ArtifactService/';

const fake = await useFakeGitHub();

function pullRequest() {
  const s = scenario({ 'src/config.js': `export const token = '${SECRET}';\n` });
  const workspace = checkout(s.origin, 'feature');
  return { s, workspace, event: payload('pull_request.json', { BASE_SHA: s.baseSha, HEAD_SHA: s.headSha }) };
}

describe('sharded run: shard jobs and a merge job', () => {
  it('three shard uploads, one merge download, one summary with the verdict of the whole', async () => {
    const { s, workspace, event } = pullRequest();
    const name = 'sharded';

    const shards = [];
    for (const index of [1, 2, 3]) {
      const run = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { 'artifact-name': name, shard: `${index}/3`, comment: 'true' } });
      shards.push(run);
      // A shard does not fail by its verdict (the merge job is the check) and publishes one summary line.
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs['artifact-name']).toBe(`${name}-shard-${index}-of-3`);
      expect(run.summary.trim().split('\n')).toHaveLength(1);
      expect(run.summary).toContain(`loki-verify shard ${index}/3:`);
      expect(run.summary).toContain(`\`${name}-shard-${index}-of-3\``);
      // No annotations, no comment: those are the merge job's, once.
      expect(run.stdout).not.toMatch(/^::error title=loki-verify/m);
      expect(evidenceOf(run).shard).toEqual({ index, total: 3 });
    }
    // The secret is found on shard 1; the other shards skip every probe that is not sharded.
    expect(shards[0]!.outputs.verdict).toBe('BLOCKED');
    expect(evidenceOf(shards[1]!).probes.find((p) => p.id === 'secrets')).toMatchObject({ status: 'skipped', summary: 'runs on shard 1' });
    expect(fake.comments.get(42) ?? []).toHaveLength(0);
    const uploaded = fake.artifacts.filter((a) => a.name.startsWith(`${name}-shard-`));
    expect(uploaded.map((a) => [a.name, a.finalized])).toEqual([1, 2, 3].map((i) => [`${name}-shard-${i}-of-3`, true]));

    const before = fake.requests.length;
    const merge = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { 'artifact-name': name, merge: 'true', comment: 'true' } });
    const requests = fake.requests.slice(before);

    // The merge lists the run's artifacts and downloads each shard's zip through its signed URL.
    expect(requests.filter((r) => r.startsWith(`${TWIRP}ListArtifacts`)).length).toBeGreaterThanOrEqual(1);
    expect(requests.filter((r) => r.startsWith(`${TWIRP}GetSignedArtifactURL`))).toHaveLength(3);
    expect(requests.filter((r) => /^GET \/devstoreaccount1\/actions-results\/\d+\/sharded-shard-\d-of-3\.zip\?/.test(r))).toHaveLength(3);

    // One verdict for the run: BLOCKED fails the merge step by fail-on, with outputs, summary, annotation, comment.
    expect(merge.code, merge.stdout + merge.stderr).toBe(1);
    expect(merge.outputs.verdict).toBe('BLOCKED');
    expect(merge.outputs['exit-code']).toBe('2');
    const merged: Evidence = evidenceOf(merge);
    expect(merged.shard).toBeUndefined();
    expect(merged.merged?.total).toBe(3);
    expect(merged.merged?.integrity).toEqual(shards.map((r) => evidenceOf(r).integrity.sha256));
    expect(merged.diff.head_sha).toBe(s.headSha);
    expect(merged.probes.find((p) => p.id === 'secrets')?.status).toBe('fail');
    expect(merged.findings.filter((f) => f.probe === 'secrets')).toHaveLength(1);
    expect(merge.summary).toContain('# loki-verify: ⛔ BLOCKED');
    expect(merge.stdout).toMatch(/^::error title=loki-verify secrets[^:]*file=src\/config\.js,line=1/m);
    expect(fake.comments.get(42)).toHaveLength(1);
    // The merged evidence is the run's artifact, under the plain name.
    expect(merge.outputs['artifact-name']).toBe(name);
    const artifact = fake.artifacts.find((a) => a.name === name);
    expect(JSON.parse(fake.unzip(artifact!)['evidence.json'] ?? '{}').merged.total).toBe(3);
    // The secret is never published in clear.
    expect(merge.summary + merge.stdout + JSON.stringify(merged)).not.toContain(SECRET);
  });

  it('a missing shard is ERROR naming its artifact, and fails the merge step', async () => {
    const { workspace, event } = pullRequest();
    const name = 'gap';
    for (const index of [1, 3]) {
      await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { 'artifact-name': name, shard: `${index}/3` } });
    }
    const merge = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { 'artifact-name': name, merge: 'true' } });

    expect(merge.code).toBe(1);
    expect(merge.outputs.verdict).toBe('ERROR');
    expect(merge.outputs['exit-code']).toBe('3');
    expect(evidenceOf(merge).error).toContain('gap-shard-2-of-3 missing');
    expect(merge.stdout).toMatch(/^::error::loki-verify could not verify \(ERROR, exit 3\): merge: artifact gap-shard-2-of-3 missing/m);
  });

  it('no shard artifact at all is ERROR saying how to produce them; shard and merge together is a bad input', async () => {
    const { workspace, event } = pullRequest();
    const alone = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { 'artifact-name': 'nothing', merge: 'true' } });
    expect(alone.outputs.verdict).toBe('ERROR');
    expect(evidenceOf(alone).error).toContain('no artifact nothing-shard-I-of-N in this run');

    const both = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { shard: '1/2', merge: 'true' } });
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('input merge: true merges the shards');
    const bad = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { shard: '3/2' } });
    expect(bad.stdout).toContain("input shard: '3/2' is not a shard I/N with 1 <= I <= N");
  });
});
