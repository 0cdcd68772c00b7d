// End to end through dist/index.js: the runner hands the Action its token (INPUT_GITHUB-TOKEN,
// ACTIONS_RUNTIME_TOKEN, often GITHUB_TOKEN) in the environment; a PR test that reads every
// /proc/*/environ and /proc/*/cmdline it can finds none of them, and the Action still uploads its
// artifact and comments with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, TestRepo } from '../helpers/repo.js';
import { GITHUB_TOKEN, payload, runAction, useFakeGitHub } from './run-action.js';
import { checkout } from './scenario.js';

const fake = await useFakeGitHub();

function snoop(dump: string): string {
  return `const fs = require('node:fs');
let found = '';
for (const pid of fs.readdirSync('/proc').filter((n) => /^\\d+$/.test(n))) {
  for (const file of ['environ', 'cmdline']) {
    try { found += pid + ' ' + file + ': ' + fs.readFileSync('/proc/' + pid + '/' + file, 'latin1').split('\\0').join(' ') + '\\n'; } catch {}
  }
}
fs.writeFileSync(${JSON.stringify(dump)}, found);
`;
}

describe('the Action keeps its credentials from the PR\'s code', () => {
  it('no token in any /proc/*/environ or cmdline a PR test can read; artifact and comment still work', async () => {
    const dump = join(tempDir('loki-dump-'), 'proc.txt');
    const origin = TestRepo.init();
    const baseSha = origin.commit('initial', { 'README.md': '# demo\n', '.loki/verify.yml': 'test:\n  run: node snoop.js\n', 'snoop.js': snoop(dump) });
    origin.checkout('feature', true);
    const headSha = origin.commit('feature work', { 'notes.md': 'notes\n' });
    origin.checkout('main');
    const workspace = checkout(origin, 'feature');

    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload: payload('pull_request.json', { BASE_SHA: baseSha, HEAD_SHA: headSha }),
      fake,
      inputs: { comment: 'true' },
      env: { NPM_TOKEN: 'npm_leakcheckNPMTOKEN0123456789abcdefghij' },
    });

    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('VERIFIED');
    const seen = readFileSync(dump, 'utf8');
    expect(seen).toContain('LOKI_VERIFY_PROCESS='); // the dump did read the probe's own environment
    expect(seen).toContain('dist/index.js'); // and the Action's command line
    for (const secret of [GITHUB_TOKEN, fake.runtimeToken, 'npm_leakcheckNPMTOKEN0123456789abcdefghij']) expect(seen).not.toContain(secret);
    // The credentials were still there for the Action itself.
    expect(fake.artifacts.find((a) => a.name === 'loki-verify-evidence')?.finalized).toBe(true);
    expect(fake.requests.some((r) => /^POST \/repos\/loki\/verify-demo\/issues\/\d+\/comments/.test(r))).toBe(true);
  });
});
