// End to end: node dist/index.js on pull_request and pull_request_target events, against a loopback
// artifact service and REST API, as the runner would run it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/types.js';
import { PROBES } from '../../src/probes/index.js';
import { evidenceOf, GITHUB_TOKEN, payload, runAction, useFakeGitHub } from './run-action.js';
import { checkout, installTypescript, scenario } from './scenario.js';

// Assembled at run time so no secret-shaped literal sits in the source.
const SECRET = ['ghp', '_', 'R8kq2ZpX7vLm4NcT9wYb', '3HdF6sJ1gQeA5uKoW2xz'].join('');

const fake = await useFakeGitHub();

describe('pull_request', () => {
  it('BLOCKED: fails the step, uploads the evidence artifact, writes outputs, summary, annotations, SARIF and one sticky comment', async () => {
    const s = scenario({
      broken: 'the test command fails while this exists\n',
      'src/config.ts': `export const region: string = 'eu';\nexport const retries: number = 'three';\nexport const token = '${SECRET}';\n`,
    }, { typescript: true });
    const workspace = checkout(s.origin, 'feature');
    installTypescript(workspace);
    const event = payload('pull_request.json', { BASE_SHA: s.baseSha, HEAD_SHA: s.headSha });
    const sarifPath = 'out/loki.sarif';

    const first = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { comment: 'true', 'sarif-path': sarifPath } });

    // fail-on: blocked (default) and verdict BLOCKED: the step fails.
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs.verdict).toBe('BLOCKED');
    expect(first.outputs['exit-code']).toBe('2');
    expect(first.stdout).toMatch(/^::error::loki-verify verdict BLOCKED \(exit 2\) fails the step \(fail-on: blocked\)/m);
    // The failure names the most severe finding first (the leaked key), not the first probe's reason.
    expect(first.stdout).toMatch(/^::error::loki-verify verdict BLOCKED .*\): critical secrets\/[\w-]+ at src\/config\.ts:3@[0-9a-f]{12}; high /m);

    // The artifact was created, uploaded as blob blocks, finalised, and holds both files.
    const artifact = fake.artifacts.find((a) => a.name === 'loki-verify-evidence');
    expect(artifact?.finalized).toBe(true);
    expect(first.outputs['artifact-id']).toBe(String(artifact?.id));
    expect(first.outputs['artifact-name']).toBe('loki-verify-evidence');
    expect(first.outputs['artifact-url']).toBe(`https://github.com/loki/verify-demo/actions/runs/9876543210/artifacts/${artifact?.id}`);
    expect(fake.requests.some((r) => r.startsWith('POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact'))).toBe(true);
    expect(fake.requests.some((r) => r.startsWith('POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact'))).toBe(true);
    expect(fake.requests.some((r) => /^PUT \/devstoreaccount1\/.*comp=block(&|$)/.test(r))).toBe(true);
    const zip = fake.unzip(artifact!);
    expect(Object.keys(zip).sort()).toEqual(['evidence.json', 'report.md']);
    const evidence = JSON.parse(zip['evidence.json'] ?? '{}') as Evidence;
    expect(evidence.verdict).toBe('BLOCKED');
    expect(evidence.diff.base_sha).toBe(s.baseSha);
    expect(evidence.diff.head_sha).toBe(s.headSha);
    expect(evidence.environment?.github?.event).toBe('pull_request');
    expect(zip['report.md']).toContain('BLOCKED');

    // Outputs point at the files on the runner, outside the checkout.
    expect(first.outputs['evidence-path']).toContain(first.runnerTemp);
    expect(JSON.parse(readFileSync(first.outputs['evidence-path'] ?? '', 'utf8')).integrity).toEqual(evidence.integrity);
    expect(readFileSync(first.outputs['report-path'] ?? '', 'utf8')).toBe(zip['report.md']);

    // Job summary: the report plus where the full evidence is; findings first, linked to the file on GitHub.
    expect(first.summary).toContain('# loki-verify: ⛔ BLOCKED');
    expect(first.summary).toContain('artifact `loki-verify-evidence`');
    expect(first.summary).toContain(`[\`src/config.ts:2\`](https://github.com/loki/verify-demo/blob/${s.headSha}/src/config.ts#L2)`);
    expect(first.summary.indexOf('## Findings')).toBeLessThan(first.summary.indexOf('<details>'));
    expect(first.summary).toMatch(/## Findings\n\n\| Severity .*\n.*\n\| 🔴 \*\*critical\*\*, blocking \|.*`secrets\/[\w-]+`/);

    // Annotations: workflow commands, blocking findings as errors, with file and line where known.
    const annotations = first.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    expect(annotations.some((l) => l.startsWith('::error title=loki-verify test'))).toBe(true);
    // tsc's type error on the added line 2, from the static probe.
    const located = annotations.filter((l) => /^::error [^:]*file=src\/config\.ts,line=2[,:]/.test(l));
    expect(located, annotations.join('\n')).toHaveLength(1);

    // SARIF 2.1.0 next to the workspace input path, with the located finding.
    const sarif = JSON.parse(readFileSync(`${workspace}/${sarifPath}`, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(first.outputs['sarif-path']).toBe(`${workspace}/${sarifPath}`);
    expect(sarif.runs[0].results.some((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      r.locations[0]?.physicalLocation.artifactLocation.uri === 'src/config.ts')).toBe(true);

    // The sticky comment was created once.
    expect(fake.comments.get(42)).toHaveLength(1);
    expect(fake.comments.get(42)?.[0]?.body).toMatch(/^<!-- loki-verify -->\n# loki-verify: ⛔ BLOCKED/);

    // Tokens never reach the PR's commands; the secret never appears in clear anywhere we publish.
    const seen = readFileSync(s.envDump, 'utf8');
    expect(seen).toMatch(/^PATH=/m);
    for (const name of ['GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
      expect(seen).not.toMatch(new RegExp(`^${name}=`, 'm'));
    }
    expect(seen).not.toContain(GITHUB_TOKEN);
    expect(seen).not.toContain(fake.runtimeToken);
    for (const published of [first.stdout, first.summary, zip['evidence.json'], zip['report.md'], fake.comments.get(42)?.[0]?.body, JSON.stringify(sarif)]) {
      expect(published).not.toContain(SECRET);
    }

    // A re-run (attempt 2) does not collide with the first artifact and updates the comment in place.
    const second = await runAction({ workspace, eventName: 'pull_request', payload: event, fake, inputs: { comment: 'true' }, runAttempt: 2 });
    expect(second.code).toBe(1);
    expect(second.outputs['artifact-name']).toBe('loki-verify-evidence-attempt-2');
    expect(fake.artifacts.find((a) => a.name === 'loki-verify-evidence-attempt-2')?.finalized).toBe(true);
    expect(fake.comments.get(42)).toHaveLength(1);
    expect(second.stdout).toMatch(/comment \d+ updated on #42/);
  });
});

describe('pull_request_target from a fork', () => {
  it('a fork that adds a token and switches the secrets probe off in the policy: the base policy applies, the step fails', async () => {
    const s = scenario({
      'src/app.js': `export const token = '${SECRET}';\n`,
      '.loki/verify.yml': 'secrets:\n  enabled: false\n',
    });
    const workspace = checkout(s.origin, 'feature');
    const event = payload('pull_request_target-fork.json', { BASE_SHA: s.baseSha, HEAD_SHA: s.headSha });

    const run = await runAction({ workspace, eventName: 'pull_request_target', payload: event, fake, inputs: { 'artifact-name': 'fork-policy' } });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('BLOCKED');
    const evidence = evidenceOf(run);
    expect(evidence.config).toMatchObject({ source: 'merge-base', path: '.loki/verify.yml', pr_changes_policy: true });
    expect(evidence.probes.find((p) => p.id === 'secrets')?.status).toBe('fail');
    expect(evidence.findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ probe: 'secrets', blocking: true }),
      expect.objectContaining({ probe: 'perimeter', rule: 'policy-changed', file: '.loki/verify.yml', blocking: true }),
    ]));
    expect(run.summary).toContain("This PR changes the gate's policy; the base's policy was applied.");
    expect(run.stdout).not.toContain(SECRET);
  });

  it('refuses every probe that runs PR code (build, test, held-out, ...), saying why, unless allow-untrusted-code', async () => {
    const s = scenario({ 'src/app.js': 'export const app = 1;\n' });
    const workspace = checkout(s.origin, 'feature');
    const event = payload('pull_request_target-fork.json', { BASE_SHA: s.baseSha, HEAD_SHA: s.headSha });
    const heldout = 'items:\n  - id: greets\n    run: "true"\n';

    const run = await runAction({ workspace, eventName: 'pull_request_target', payload: event, fake, inputs: { heldout, 'artifact-name': 'fork-evidence' } });

    const refused = PROBES.filter((p) => p.runsPrCode).map((p) => p.id);
    expect(refused).toEqual(expect.arrayContaining(['build', 'test', 'heldout']));
    expect(run.stdout).toContain(`probes that execute the PR's code (${refused.join(', ')}) are not run: refused: pull_request_target from mallory/verify-demo`);
    const evidence = evidenceOf(run);
    for (const id of refused) {
      const probe = evidence.probes.find((p) => p.id === id);
      expect(probe?.status, id).toBe('skipped');
      expect(probe?.summary, id).toContain('pull_request_target from mallory/verify-demo');
    }
    expect(existsSync(s.envDump)).toBe(false); // the fork's test command never ran
    // test is required by default, so refusing it leaves CONCERNS: the step passes under fail-on: blocked.
    expect(run.outputs.verdict).toBe('CONCERNS');
    expect(run.code).toBe(0);
    expect(fake.artifacts.find((a) => a.name === 'fork-evidence')?.finalized).toBe(true);

    const allowed = await runAction({
      workspace, eventName: 'pull_request_target', payload: event, fake,
      inputs: { 'allow-untrusted-code': 'true', 'artifact-name': 'fork-evidence-allowed' },
    });
    const ran = evidenceOf(allowed);
    expect(ran.probes.find((p) => p.id === 'test')?.status).toBe('pass');
    expect(existsSync(s.envDump)).toBe(true);
  });
});
