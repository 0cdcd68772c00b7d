// What the PR's code can reach while the gate runs it: no credential and no held-out check through
// /proc/<pid>/environ or /proc/<pid>/cmdline of any process it can read, and no held-out content in
// the evidence even when a test prints it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';
import { heldoutFile } from '../probes/heldout/heldout-file.js';
import { gate, project } from './scenario.js';

afterAll(cleanupTempDirs);

const CREDENTIALS = {
  GITHUB_TOKEN: 'ghs_leakcheckGITHUBTOKEN0123456789abcdefgh',
  'INPUT_GITHUB-TOKEN': 'ghs_leakcheckINPUTTOKEN0123456789abcdefgh',
  ACTIONS_RUNTIME_TOKEN: 'leakcheck-actions-runtime-token-value',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'leakcheck-id-token-request-value',
  NPM_TOKEN: 'npm_leakcheckNPMTOKEN0123456789abcdefghij',
  AWS_SECRET_ACCESS_KEY: 'leakcheckAwsSecretAccessKey0123456789abcd',
};

const HELDOUT_COMMAND = 'test "$(echo heldout-command-marker)" = heldout-command-marker';

/** A PR test that reads every environ and cmdline it can, dumps them to `dump`, and prints them. */
function snoopingTest(dump: string): string {
  return `
const fs = require('node:fs');
const test = require('node:test');
test('snoops', () => {
  let found = '';
  for (const pid of fs.readdirSync('/proc').filter((n) => /^\\d+$/.test(n))) {
    for (const file of ['environ', 'cmdline']) {
      try { found += pid + ' ' + file + ': ' + fs.readFileSync('/proc/' + pid + '/' + file, 'latin1').split('\\0').join(' ') + '\\n'; } catch {}
    }
  }
  // Any path named on a command line that is a readable file: its content too.
  for (const word of new Set(found.split(/\\s+/))) {
    try { if (word.startsWith('/') && fs.statSync(word).isFile() && fs.statSync(word).size < 65536) found += word + ' => ' + fs.readFileSync(word, 'utf8') + '\\n'; } catch {}
  }
  fs.writeFileSync(${JSON.stringify(dump)}, found);
  console.log(found);
});
`;
}

describe('PR code cannot reach credentials or held-out checks', () => {
  it('no credential or held-out check in any /proc/*/environ or cmdline a PR test can read, nor in the evidence', () => {
    const dump = join(tempDir('loki-dump-'), 'proc.txt');
    const repo = project({ test: 'node --test' }, { 'snoop.test.js': snoopingTest(dump) });
    const heldout = heldoutFile([{ id: 'HO-1', title: 'hidden acceptance check title', run: HELDOUT_COMMAND }]);

    const run = gate(repo.dir, ['main', '--only', 'test,heldout', '--heldout', heldout], cleanEnv(CREDENTIALS));

    expect(run.code).toBe(0);
    expect(existsSync(dump)).toBe(true);
    const seen = readFileSync(dump, 'utf8');
    // The dump saw the gate itself (its node process) and the marker every probe child carries.
    expect(seen).toContain('loki-verify.js');
    expect(seen).toContain('LOKI_VERIFY_PROCESS=');
    const evidence = readFileSync(join(run.out, 'evidence.json'), 'utf8') + readFileSync(join(run.out, 'report.md'), 'utf8');
    for (const value of Object.values(CREDENTIALS)) {
      expect(seen).not.toContain(value);
      expect(evidence).not.toContain(value);
      expect(run.stderr).not.toContain(value);
    }
    for (const secret of [heldout, 'heldout-command-marker']) {
      expect(seen).not.toContain(secret);
      expect(evidence).not.toContain(secret);
    }
  });

  it('held-out content a PR test prints (it found the file) never reaches the evidence', () => {
    const heldout = heldoutFile([{ id: 'HO-2', title: 'hidden title', run: HELDOUT_COMMAND, files: { 'hidden/spec.txt': 'hidden-file-content-marker line\n' } }]);
    const printer = `const test = require('node:test');\ntest('prints', () => { console.log(require('fs').readFileSync(${JSON.stringify(heldout)}, 'utf8')); throw new Error('fail to get the output tail'); });\n`;
    const repo = project({ test: 'node --test' }, { 'print.test.js': printer });

    const run = gate(repo.dir, ['main', '--only', 'test', '--heldout', heldout]);

    expect(run.code).toBe(2); // the failing test
    const evidence = readFileSync(join(run.out, 'evidence.json'), 'utf8') + readFileSync(join(run.out, 'report.md'), 'utf8');
    expect(evidence).toContain('fail to get the output tail'); // the tail is there ...
    for (const secret of [heldout, 'heldout-command-marker', 'hidden-file-content-marker', 'hidden/spec.txt']) {
      expect(evidence).not.toContain(secret); // ... without the held-out content
      expect(run.stderr).not.toContain(secret);
    }
  });
});
