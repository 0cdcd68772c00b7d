import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { VERSION } from '../../src/version.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

async function cli(args: string[], cwd = tempDir()) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, stderrIsTTY: false, cwd });
  return { code, stdout, stderr };
}

describe('cli arguments', () => {
  it('--help and --version print on stdout and exit 0', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes: 0 VERIFIED, 1 CONCERNS, 2 BLOCKED, 3 ERROR') });
    expect(await cli(['-v'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    // `help` is the command, not a base ref named help.
    expect(await cli(['help'])).toEqual(await cli(['--help']));
    expect((await cli(['--help'])).stdout).toContain('--sarif FILE');
  });

  it('bad arguments exit 3 with one line naming the problem and the fix', async () => {
    // In a repository: outside one, the gate creates no folder unless --out names it.
    const cwd = TestRepo.init().dir;
    const firstLine = async (args: string[]) => (await cli(args, cwd)).stderr.split('\n')[0];
    const unknown = await cli(['--frobnicate'], cwd);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr.split('\n')[0]).toBe('loki-verify: unknown option --frobnicate; see loki-verify --help');
    // Nothing was verified, and the ERROR evidence says so where the output folder is.
    expect(existsSync(join(cwd, '.loki/verify/evidence.json'))).toBe(true);
    expect(await firstLine(['--sarf', 'x.sarif'])).toBe('loki-verify: unknown option --sarf (did you mean --sarif?); see loki-verify --help');
    expect(await firstLine(['-x'])).toBe('loki-verify: unknown option -x; see loki-verify --help');
    expect(await firstLine(['main', '--out'])).toBe('loki-verify: option --out needs a value; see loki-verify --help');
    expect(await firstLine(['--json=yes'])).toBe('loki-verify: option --json takes no value; see loki-verify --help');
    expect(await cli(['--only', 'build,lint'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/--only: unknown probe id lint \(expected build, test, static, secrets, dependencies, heldout, perimeter, tamper\)/) });
    expect(await cli(['main', 'extra'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/expected at most one BASE/) });
    expect(await cli(['heldout', 'pick'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/unknown command 'heldout pick'/) });
  });
});
