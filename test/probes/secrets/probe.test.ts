// Scenario tests: real repositories in temp dirs, the real diff engine, the probe run directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import { secretsProbe } from '../../../src/probes/secrets/index.js';
import type { ProbeOutcome } from '../../../src/types.js';
import { makeContext } from '../../helpers/context.js';
import { cleanupTempDirs, TestRepo, type Files } from '../../helpers/repo.js';
import { filler, placeholders, samples, type Sample } from './samples.js';

afterAll(cleanupTempDirs);

/** A repository with a base commit on main and a `feature` branch checked out. */
function featureRepo(files: Files = { 'README.md': '# app\n' }): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', files);
  repo.checkout('feature', true);
  return repo;
}

async function run(repo: TestRepo, config: Config = {}, now = new Date('2026-03-01T12:00:00Z')): Promise<ProbeOutcome> {
  const ctx = await makeContext(secretsProbe, { root: repo.dir, config, now });
  const applies = await secretsProbe.applies(ctx);
  if (!applies.applies) throw new Error(`not applicable: ${applies.reason}`);
  return secretsProbe.run(ctx);
}

/** Everything the probe hands to the engine, as it would be serialised into evidence. */
const serialised = (outcome: ProbeOutcome): string => JSON.stringify(outcome);

const github = (): Sample => samples().find((s) => s.rule === 'github-pat')!;

describe('secrets probe: every token family, one commit each', () => {
  const all = samples();
  let repo: TestRepo;
  let commits: string[];
  let outcome: ProbeOutcome;

  beforeAll(async () => {
    repo = featureRepo();
    commits = all.map((sample, i) => repo.commit(`add ${sample.family}`, { [`families/${i}/${sample.file}`]: `# ${sample.family}\n${sample.line}\n` }));
    outcome = await run(repo);
  });

  it('fails with one critical, blocking finding per family, naming its commit, file and line', () => {
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toHaveLength(all.length);
    all.forEach((sample, i) => {
      const finding = outcome.findings!.find((f) => f.file === `families/${i}/${sample.file}`);
      expect(finding, sample.family).toBeDefined();
      expect(finding).toMatchObject({ rule: sample.rule, severity: 'critical', blocking: true, commit: commits[i], line: 2 });
      expect(finding!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    });
    expect(outcome.details).toMatchObject({ commits_scanned: all.length, files_scanned: all.length, binary_files_scanned: 0 });
  });

  it('never writes a secret: not in findings, messages, details or summary', () => {
    const text = serialised(outcome);
    for (const sample of all) expect(text, sample.family).not.toContain(sample.secret);
  });

  it('gives the same fingerprints on a second run', async () => {
    const again = await run(repo);
    expect(again.findings!.map((f) => f.fingerprint)).toEqual(outcome.findings!.map((f) => f.fingerprint));
  });
});

describe('secrets probe: history', () => {
  it('finds a secret added in one commit and deleted in the next, naming the first commit', async () => {
    const repo = featureRepo();
    const sample = github();
    const added = repo.commit('add config', { 'src/config.ts': `export const token = "${sample.secret}";\n` });
    repo.commit('remove the token again', { 'src/config.ts': 'export const token = process.env.TOKEN;\n' });
    const outcome = await run(repo);
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings![0]).toMatchObject({ rule: 'github-pat', commit: added, file: 'src/config.ts', line: 1 });
    expect(outcome.findings![0]!.message).toContain(added.slice(0, 12));
    expect(serialised(outcome)).not.toContain(sample.secret);
  });

  it('scans commit messages', async () => {
    const repo = featureRepo();
    const sample = samples().find((s) => s.rule === 'slack-webhook-url')!;
    const sha = repo.commit(`Fix notifications\n\nused ${sample.secret} to test`, { 'a.txt': 'a\n' });
    const outcome = await run(repo);
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings![0]).toMatchObject({ rule: 'slack-webhook-url', commit: sha, details: { location: 'commit-message' } });
    expect(outcome.findings![0]!.file).toBeUndefined();
    expect(serialised(outcome)).not.toContain(sample.secret);
  });

  it('reports a secret added again in a later commit once, at its first commit', async () => {
    const repo = featureRepo();
    const sample = github();
    const first = repo.commit('add', { 'a.env': `TOKEN=${sample.secret}\n` });
    repo.commit('drop', { 'a.env': 'TOKEN=\n' });
    const third = repo.commit('again', { 'a.env': `TOKEN=${sample.secret}\n` });
    const outcome = await run(repo);
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings![0]).toMatchObject({ commit: first, details: { occurrences: 2, commits: [first, third] } });
  });

  it('only reports lines the PR added: a secret already on the base branch is not blamed on the PR', async () => {
    const sample = github();
    const repo = featureRepo({ 'settings.ini': `[old]\ntoken = ${sample.secret}\n` });
    repo.commit('edit another line', { 'settings.ini': `[old]\ntoken = ${sample.secret}\nname = app\n` });
    repo.commit('rename the file', { 'settings.ini': null, 'conf/settings.ini': `[old]\ntoken = ${sample.secret}\nname = app\n` });
    const outcome = await run(repo);
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toMatchObject({ commits_scanned: 2, added_lines_scanned: 1 });
  });

  it('finds what a merge commit itself adds (an evil merge), but not what it merges in', async () => {
    const repo = featureRepo({ 'app.txt': 'one\n' });
    repo.commit('feature work', { 'feature.txt': 'feature\n' });
    repo.checkout('main');
    // Already on the base branch when the PR merges it: not the PR's to answer for.
    repo.commit('main work', { 'main.txt': `token=${samples().find((s) => s.rule === 'npm-access-token')!.secret}\n` });
    repo.checkout('feature');
    repo.git('merge', '-q', '--no-commit', 'main');
    const sample = github();
    repo.write({ 'merged.txt': `token=${sample.secret}\n` });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'merge main');
    const merge = repo.head();
    const outcome = await run(repo);
    expect(outcome.findings!.map((f) => [f.rule, f.commit, f.file])).toEqual([['github-pat', merge, 'merged.txt']]);
  });

  it('finds what an octopus merge itself adds, by diffing it against each parent', async () => {
    const repo = featureRepo({ 'app.txt': 'one\n' });
    for (const branch of ['a', 'b']) {
      repo.checkout(branch, true);
      repo.commit(`work ${branch}`, { [`${branch}.txt`]: `${branch}\n` });
      repo.checkout('feature');
    }
    repo.commit('feature work', { 'feature.txt': 'f\n' });
    repo.git('merge', '-q', '--no-commit', 'a', 'b');
    const sample = github();
    repo.write({ 'octopus.txt': `token=${sample.secret}\n` });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'octopus merge');
    const merge = repo.head();
    expect(repo.git('log', '-1', '--format=%P').trim().split(' ')).toHaveLength(3);
    const outcome = await run(repo);
    expect(outcome.findings!.map((f) => [f.rule, f.commit, f.file])).toEqual([['github-pat', merge, 'octopus.txt']]);
    expect(outcome.details).toMatchObject({ merges_diffed_per_parent: 1 });
  });

  it('scans every commit of a long, branching range once, octopus merges included', async () => {
    const repo = featureRepo({ 'app.txt': 'one\n' });
    const tokens = samples().filter((s) => s.rule === 'github-pat' || s.rule === 'npm-access-token' || s.rule === 'stripe-access-token');
    const shas: string[] = [];
    for (let i = 0; i < 12; i++) shas.push(repo.commit(`work ${i}`, { [`f${i}.txt`]: i === 2 ? `token=${tokens[0]!.secret}\n` : `${i}\n` }));
    for (const branch of ['x', 'y']) {
      repo.checkout(branch, true);
      shas.push(repo.commit(`side ${branch}`, { [`${branch}.txt`]: branch === 'y' ? `key=${tokens[1]!.secret}\n` : 'x\n' }));
      repo.checkout('feature');
    }
    for (let i = 12; i < 16; i++) shas.push(repo.commit(`work ${i}`, { [`f${i}.txt`]: `${i}\n` }));
    repo.git('merge', '-q', '--no-commit', 'x', 'y');
    repo.write({ 'octopus.txt': `token=${tokens[2]!.secret}\n` });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'octopus merge');
    shas.push(repo.head());
    shas.push(repo.commit('last', { 'last.txt': 'last\n' }));
    const outcome = await run(repo);
    expect(outcome.details).toMatchObject({ commits_scanned: shas.length, merges_diffed_per_parent: 1 });
    expect(outcome.details).not.toHaveProperty('commits_not_scanned');
    expect(outcome.findings!.map((f) => [f.rule, f.commit]).sort()).toEqual(
      [[tokens[0]!.rule, shas[2]], [tokens[1]!.rule, shas[13]], [tokens[2]!.rule, shas[18]]].sort(),
    );
  });

  it('stops when the run is aborted (timeout or interrupt)', async () => {
    const repo = featureRepo();
    repo.commit('a', { 'a.txt': 'a\n' });
    const controller = new AbortController();
    const ctx = await makeContext(secretsProbe, { root: repo.dir, signal: controller.signal });
    controller.abort();
    await expect(secretsProbe.run(ctx)).rejects.toThrow(/abort/i);
  });

  it('is skipped when the range has no commits', async () => {
    const repo = featureRepo();
    const ctx = await makeContext(secretsProbe, { root: repo.dir });
    expect(await secretsProbe.applies(ctx)).toEqual({ applies: false, reason: 'no commits between the merge-base and HEAD' });
  });
});

describe('secrets probe: files', () => {
  it('handles paths with spaces, non-ASCII characters, quotes, tabs and newlines', async () => {
    const repo = featureRepo();
    const paths = ['dir with space/file name.txt', 'ünï/cödé.txt', 'quo"te.txt', 'tab\there.txt', 'new\nline.txt'];
    const tokens = paths.map((_, i) => `gh${'p_'}${filler(200 + i, 36)}`);
    repo.commit('odd names', Object.fromEntries(paths.map((p, i) => [p, `token: ${tokens[i]}\n`])));
    const outcome = await run(repo);
    expect(outcome.findings!.map((f) => f.file).sort()).toEqual([...paths].sort());
    for (const token of tokens) expect(serialised(outcome)).not.toContain(token);
  });

  it('scans binary files through their text: a file with NUL bytes, a UTF-16 file, strings in a binary', async () => {
    const repo = featureRepo();
    const tokens = [0, 1, 2].map((i) => `gh${'p_'}${filler(300 + i, 36)}`);
    repo.commit('assets', {
      'img/logo.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`token=${tokens[0]}\0\0`)]),
      'win/setup.ps1': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`$token = "${tokens[1]}"\r\n`, 'utf16le')]),
      'bin/tool': Buffer.concat([Buffer.alloc(64, 7), Buffer.from(tokens[2]!), Buffer.alloc(64, 0)]),
    });
    const outcome = await run(repo);
    expect(outcome.findings!.map((f) => f.file).sort()).toEqual(['bin/tool', 'img/logo.bin', 'win/setup.ps1']);
    expect(outcome.details).toMatchObject({ binary_files_scanned: 3 });
    for (const token of tokens) expect(serialised(outcome)).not.toContain(token);
  });

  it('does not blame a binary file for a token its previous version already had', async () => {
    const token = `gh${'p_'}${filler(310, 36)}`;
    const repo = featureRepo({ 'data.bin': Buffer.concat([Buffer.from([0, 0]), Buffer.from(`\ntoken=${token}\n`)]) });
    repo.commit('grow', { 'data.bin': Buffer.concat([Buffer.from([0, 0]), Buffer.from(`\ntoken=${token}\nmore\n`)]) });
    expect((await run(repo)).status).toBe('pass');
  });

  it('reports key stores and key files by their name, even when binary', async () => {
    const repo = featureRepo();
    repo.commit('keys', { 'android/release.jks': Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]), 'certs/client.p12': Buffer.from([0x30, 0x82, 0, 1]) });
    const outcome = await run(repo);
    expect(outcome.findings!.map((f) => [f.rule, f.file]).sort()).toEqual([
      ['credential-file', 'android/release.jks'],
      ['credential-file', 'certs/client.p12'],
    ]);
  });

  it('scans large files up to secrets.max_file_size (50 MiB by default), and is inconclusive about larger ones, naming them', async () => {
    const repo = featureRepo();
    const sample = github();
    const big = `${'// filler line of a generated bundle\n'.repeat(60_000)}const t = "${sample.secret}";\n`;
    repo.commit('bundle', { 'dist/bundle.js': big, 'test/fixtures/leak.txt': `token=${sample.secret}\n` });
    const found = await run(repo, { secrets: { paths_ignore: ['test/fixtures/**'] } });
    expect(found.findings!.map((f) => f.file)).toEqual(['dist/bundle.js']);
    expect(found.details).toMatchObject({ skipped_ignored: 1, max_file_size: 50 * 1024 * 1024 });

    const clean = featureRepo();
    clean.commit('bundle', { 'dist/bundle.js': '// nothing\n'.repeat(200), 'src/ok.txt': 'ok\n' });
    const outcome = await run(clean, { secrets: { max_file_size: 1000 } });
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toContain('dist/bundle.js');
    expect(outcome.details).toMatchObject({ skipped_oversize: 1, skipped_files: [expect.objectContaining({ path: 'dist/bundle.js', reason: 'oversize' })] });
  });

  it('scans a small change to a file larger than secrets.max_file_size, but not a binary file over it', async () => {
    const sample = github();
    const repo = featureRepo({ 'dist/bundle.js': '// generated\n'.repeat(500), 'README.md': '# app\n' });
    repo.commit('one line', { 'dist/bundle.js': `${'// generated\n'.repeat(250)}const t = "${sample.secret}";\n${'// generated\n'.repeat(250)}` });
    const found = await run(repo, { secrets: { max_file_size: 1000 } });
    expect(found.findings!.map((f) => [f.rule, f.file])).toEqual([['github-pat', 'dist/bundle.js']]);
    expect(found.details).toMatchObject({ skipped_oversize: 0 });

    const binary = featureRepo();
    binary.commit('blob', { 'assets/data.bin': Buffer.concat([Buffer.alloc(2000), Buffer.from(`token=${sample.secret}\n`)]) });
    const outcome = await run(binary, { secrets: { max_file_size: 1000 } });
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.details).toMatchObject({ skipped_oversize: 1, skipped_files: [expect.objectContaining({ path: 'assets/data.bin', reason: 'oversize' })] });
    expect((await run(binary)).findings!.map((f) => f.file)).toEqual(['assets/data.bin']);
  });

  it('is not inconclusive about files secrets.paths_ignore covers', async () => {
    const repo = featureRepo();
    repo.commit('bundle', { 'dist/bundle.js': '// nothing\n'.repeat(200) });
    const outcome = await run(repo, { secrets: { max_file_size: 1000, paths_ignore: ['dist/**'] } });
    expect(outcome.status).toBe('pass');
  });

  it('passes on placeholders', async () => {
    const repo = featureRepo();
    repo.commit('docs', { 'docs/setup.md': placeholders().join('\n') + '\n' });
    const outcome = await run(repo);
    expect(outcome.status).toBe('pass');
    expect(outcome.findings ?? []).toEqual([]);
  });

  it('honours secretlint-disable-line comments', async () => {
    const repo = featureRepo();
    repo.commit('test data', { 'spec.ts': `const fake = "${github().secret}"; // secretlint-disable-line\n` });
    expect((await run(repo)).status).toBe('pass');
  });
});

describe('secrets probe: allow-list', () => {
  async function repoWithSecret(): Promise<{ repo: TestRepo; fingerprint: string }> {
    const repo = featureRepo();
    repo.commit('add', { 'ci/deploy.sh': `export NPM_TOKEN=${samples().find((s) => s.rule === 'npm-access-token')!.secret}\n` });
    const outcome = await run(repo);
    return { repo, fingerprint: outcome.findings![0]!.fingerprint };
  }

  it('does not block an allowed fingerprint, and lists it in the details', async () => {
    const { repo, fingerprint } = await repoWithSecret();
    const outcome = await run(repo, { secrets: { allow: [{ fingerprint, reason: 'revoked test token', until: '2026-03-01' }] } });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings ?? []).toEqual([]);
    expect(outcome.details).toMatchObject({ allowed_findings: 1, allowed: [{ fingerprint, rule: 'npm-access-token', file: 'ci/deploy.sh', reason: 'revoked test token' }] });
  });

  it('blocks again once the allowance has expired, saying so', async () => {
    const { repo, fingerprint } = await repoWithSecret();
    const outcome = await run(repo, { secrets: { allow: [{ fingerprint, reason: 'revoked test token', until: '2026-02-28' }] } });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings![0]).toMatchObject({ fingerprint, blocking: true, details: { allowance_expired: '2026-02-28' } });
    expect(outcome.findings![0]!.message).toContain('expired on 2026-02-28');
  });

  it('reports allowances that matched nothing', async () => {
    const { repo, fingerprint } = await repoWithSecret();
    const stale = 'f'.repeat(32);
    const outcome = await run(repo, { secrets: { allow: [{ fingerprint, reason: 'ok' }, { fingerprint: stale, reason: 'old' }] } });
    expect(outcome.details).toMatchObject({ unused_allowances: [stale] });
  });
});
