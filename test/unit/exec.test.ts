import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputCapture } from '../../src/process/capture.js';
import { scrubEnv, secretEnvValues } from '../../src/process/env.js';
import { exec } from '../../src/process/exec.js';
import { stripAnsi } from '../../src/core/text.js';
import { isRunning } from '../helpers/process.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

describe('scrubEnv', () => {
  it('removes CI credentials, the Actions runtime, inputs and secret-looking names unless allowed', () => {
    const scrubbed = scrubEnv(
      { PATH: '/bin', HOME: '/h', GITHUB_TOKEN: 't', GH_TOKEN: 't', ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'u', 'INPUT_GITHUB-TOKEN': 't', INPUT_BASE: 'main', NPM_TOKEN: 't', AWS_SECRET_ACCESS_KEY: 't', DB_PASSWORD: 't', SENTRY_KEY: 'k', GITHUB_SHA: 'abc' },
      ['SENTRY_KEY', 'GITHUB_TOKEN'],
    );
    expect(scrubbed).toEqual({ PATH: '/bin', HOME: '/h', SENTRY_KEY: 'k', GITHUB_SHA: 'abc' });
  });

  it('collects values of credential variables for redaction, not plain settings', () => {
    expect(secretEnvValues({ NPM_TOKEN: 'npm_0123456789', INPUT_CONFIG: '.loki/verify.yml', SHORT_KEY: 'abc' })).toEqual(['npm_0123456789']);
  });
});

describe('OutputCapture', () => {
  it('keeps head and tail and says how much was dropped', () => {
    const capture = new OutputCapture(4);
    for (const part of ['abc', 'defgh', 'ijkl', 'mn']) capture.push(Buffer.from(part));
    expect(capture.text()).toBe('abcd\n… [6 bytes of output omitted] …\nklmn');
  });
});

describe('stripAnsi', () => {
  it('removes colour and cursor sequences', () => {
    expect(stripAnsi('\u001b[31mred\u001b[0m \u001b[2K\u001b]8;;http://x\u0007link\u001b]8;;\u0007')).toBe('red link');
  });
});

describe('exec', () => {
  it('captures interleaved output and the exit code, ANSI stripped', async () => {
    const result = await exec('printf "\\033[32mout\\033[0m\\n"; echo err >&2; exit 3', { cwd: '/', env });
    expect(result.exitCode).toBe(3);
    expect(result.output).toContain('out\n');
    expect(result.output).toContain('err');
    expect(result.stdout).toBe('out\n');
  });

  it('reports a missing command instead of throwing', async () => {
    const result = await exec(['definitely-not-a-command-xyz'], { cwd: '/', env });
    expect(result.spawnError).toMatch(/command not found/);
    expect(result.exitCode).toBeNull();
  });

  it('kills the whole process tree on abort, including grandchildren', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'pids');
    const controller = new AbortController();
    const running = exec(`sleep 300 & echo $! > ${pidFile}; sh -c 'sleep 300' & echo $! >> ${pidFile}; wait`, { cwd: dir, env, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 500));
    controller.abort();
    const result = await running;
    expect(result.aborted).toBe(true);
    for (const pid of readFileSync(pidFile, 'utf8').trim().split('\n').map(Number)) {
      expect(isRunning(pid)).toBe(false);
    }
  });

  it('kills background processes a finished command left behind', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'pid');
    const result = await exec(`sleep 300 & echo $! > ${pidFile}`, { cwd: dir, env });
    expect(result.exitCode).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    expect(isRunning(pid)).toBe(false);
  });

  it('stops at its own timeout', async () => {
    const result = await exec('sleep 30', { cwd: '/', env, timeoutMs: 200 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
  });

  it('passes only the environment it is given', async () => {
    const result = await exec('echo "${SECRET_THING:-unset}"', { cwd: '/', env });
    expect(result.stdout.trim()).toBe('unset');
  });
});
