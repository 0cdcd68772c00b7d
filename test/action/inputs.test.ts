import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/github/inputs.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

function workspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'packages/app/.loki'), { recursive: true });
  writeFileSync(join(dir, 'packages/app/.loki/verify.yml'), 'test:\n  run: "true"\n');
  writeFileSync(join(dir, 'checks.yml'), 'items: []\n');
  return dir;
}

/** Reads inputs like the runner passes them: only those given (plus action.yml defaults, here omitted). */
function settings(inputs: Record<string, string>, dir = workspace()) {
  return readSettings((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: dir });
}

describe('readSettings', () => {
  it('defaults: the workspace, fail-on blocked, the default artifact name, no comment, no untrusted code', () => {
    const dir = workspace();
    expect(settings({}, dir)).toEqual({
      workingDirectory: dir,
      failOn: 'blocked',
      artifactName: 'loki-verify-evidence',
      comment: false,
      githubToken: '',
      allowUntrustedCode: false,
      merge: false,
    });
  });

  it('resolves paths against working-directory, which resolves against the workspace', () => {
    const dir = workspace();
    const s = settings({ 'working-directory': 'packages/app', config: '.loki/verify.yml', 'sarif-path': 'out/x.sarif', heldout: '../../checks.yml' }, dir);
    expect(s.workingDirectory).toBe(join(dir, 'packages/app'));
    expect(s.config).toBe(join(dir, 'packages/app/.loki/verify.yml'));
    expect(s.sarifPath).toBe(join(dir, 'packages/app/out/x.sarif'));
    expect(s.heldout).toBe(join(dir, 'checks.yml'));
  });

  it('keeps inline held-out content (a secret) as it is', () => {
    const inline = 'items:\n  - id: a\n    run: "true"\n';
    expect(settings({ heldout: inline }).heldout).toBe(inline);
  });

  it('accepts fail-on in any case and YAML 1.2 booleans', () => {
    const s = settings({ 'fail-on': 'CONCERNS', comment: 'True', 'github-token': 't0ken', 'allow-untrusted-code': 'FALSE' });
    expect(s).toMatchObject({ failOn: 'concerns', comment: true, allowUntrustedCode: false, githubToken: 't0ken' });
  });

  it.each([
    [{ 'fail-on': 'sometimes' }, "input fail-on: 'sometimes' is not one of blocked, concerns"],
    [{ comment: 'yes' }, "input comment: 'yes' is not a boolean (use true or false)"],
    [{ 'allow-untrusted-code': '1' }, "input allow-untrusted-code: '1' is not a boolean"],
    [{ comment: 'true' }, 'input github-token: required when comment is true'],
    [{ 'working-directory': 'nope' }, 'input working-directory: '],
    [{ heldout: 'missing-checks.yml' }, 'input heldout: file missing-checks.yml does not exist'],
    [{ heldout: '/nonexistent/checks.yml' }, 'input heldout: file /nonexistent/checks.yml does not exist'],
    [{ 'artifact-name': 'a/b' }, "input artifact-name: 'a/b' contains a character artifacts refuse"],
    [{ base: '--upload-pack=evil' }, "input base: '--upload-pack=evil' is not a git ref"],
  ])('rejects %j naming the input', (inputs, message) => {
    expect(() => settings(inputs)).toThrow(message);
  });

  it('shard: I/N as on the CLI; merge: a boolean; the two together are refused', () => {
    expect(settings({ shard: '2/4' })).toMatchObject({ shard: { index: 2, total: 4 }, merge: false });
    expect(settings({ merge: 'true' })).toMatchObject({ merge: true });
    expect(settings({ merge: 'true' }).shard).toBeUndefined();
    expect(() => settings({ shard: '0/4' })).toThrow("input shard: '0/4' is not a shard I/N with 1 <= I <= N (e.g. 2/4)");
    expect(() => settings({ shard: 'two' })).toThrow("input shard: 'two' is not a shard I/N");
    expect(() => settings({ merge: 'yes' })).toThrow("input merge: 'yes' is not a boolean (use true or false)");
    expect(() => settings({ shard: '1/2', merge: 'true' })).toThrow('input merge: true merges the shards\' artifacts; it cannot be one of them (shard: 1/2)');
  });
});
