// What a person sees in the terminal: the real CLI on real repositories (in-process for the transcripts,
// as a child process for the interrupt), compared with stored transcripts where the text is the point.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { VERSION } from '../../src/version.js';
import { BIN, cleanEnv } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const FAILING_TEST = `const test = require('node:test');\nconst assert = require('node:assert');\ntest('subtracts numbers', () => assert.equal(2 - 1, 3));\n`;
// A token of GitHub's format that no one issued (its checksum is not checked by the gate).
const TOKEN = 'ghp_Zr4Qm8Xv2Lk7Tn5Wb9Hc3Jd6Fs1Gy0Pe4Ua8';

function project(scripts: Record<string, string>, files: Record<string, string>): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', { 'package.json': JSON.stringify({ name: 'fixture', version: '1.0.0', scripts }, null, 2), 'README.md': '# fixture\n' });
  repo.checkout('feature', true).commit('feature', files);
  return repo;
}

async function cli(args: string[], cwd: string, io: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: cleanEnv(), stderrIsTTY: false, cwd, ...io });
  return { code, stdout, stderr };
}

/**
 * The transcript without what changes between runs: durations, the output folder, the version, the
 * temporary folder of the base's reports. Probes run
 * concurrently, so their lines (and their log lines) arrive in any order: that block is sorted.
 */
function normalise(stderr: string, out: string): string {
  const lines = stderr
    .replaceAll(out, '<out>')
    .replaceAll(VERSION, '<version>')
    .replace(/\((\d+ ms|\d+\.\d s|\d+ min \d+ s)\)/g, '(<duration>)')
    .replace(/\/\S*\/loki-verify-base-reports-\w+\//g, '<reports>/')
    .split('\n');
  const end = lines.indexOf('', 1);
  return [lines[0], ...lines.slice(1, end).sort(), ...lines.slice(end)].join('\n');
}

function golden(name: string, actual: string): void {
  const file = join(import.meta.dirname, '../../fixtures/terminal', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('the terminal transcript', () => {
  const repo = project({ test: 'node --test' }, { 'test/math.test.js': FAILING_TEST, 'src/config.js': `export const token = '${TOKEN}';\n` });

  it('plain: probe lines, the blocking findings by file, the verdict and the files written', async () => {
    const out = tempDir('loki-out-');
    const run = await cli(['main', '--skip', 'dependencies', '--out', out], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('\u001b[');
    expect(run.stderr).not.toContain(TOKEN);
    golden('blocked-plain.txt', normalise(run.stderr, out));
  });

  it('on a TTY: the same, coloured; FORCE_COLOR=0 turns colour off there, FORCE_COLOR=1 on in a pipe', async () => {
    const out = tempDir('loki-out-');
    const env = { ...cleanEnv(), NO_COLOR: '' };
    const tty = await cli(['main', '--skip', 'dependencies', '--out', out], repo.dir, { stderrIsTTY: true, env });
    golden('blocked-tty.txt', normalise(tty.stderr, out));
    const forcedOff = await cli(['main', '--only', 'secrets', '--out', out], repo.dir, { stderrIsTTY: true, env: { ...env, FORCE_COLOR: '0' } });
    expect(forcedOff.stderr).not.toContain('\u001b[');
    const forcedOn = await cli(['main', '--only', 'secrets', '--out', out], repo.dir, { env: { ...cleanEnv(), FORCE_COLOR: '1' } });
    expect(forcedOn.stderr).toContain('\u001b[31mBLOCKED\u001b[0m');
  });

  it('writes SARIF with --sarif, and refuses a folder as the SARIF file', async () => {
    const out = tempDir('loki-out-');
    const sarif = join(out, 'nested', 'loki.sarif');
    const run = await cli(['main', '--only', 'secrets', '--out', out, '--sarif', sarif], repo.dir);
    expect(run.stderr).toContain(`sarif:    ${sarif}`);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0]?.results.map((r) => r.ruleId)).toEqual(['secrets/github-pat']);
    const folder = await cli(['main', '--sarif', out], repo.dir);
    expect(folder).toMatchObject({ code: 3, stderr: `loki-verify: --sarif ${out} is a folder; name the file to write, e.g. ${join(out, 'loki-verify.sarif')}\n` });
  });

  it('prints an error once, not again as a reason', async () => {
    const run = await cli(['main', '--out', join(tempDir(), 'out')], tempDir('not-a-repo-'));
    expect(run.code).toBe(3);
    const error = /loki-verify: error: (.+)/.exec(run.stderr)?.[1];
    expect(error).toBeTruthy();
    expect(run.stderr.split(error!).length - 1).toBe(1);
  });
});

describe('a sign of life', () => {
  it('shows each running probe with its elapsed time and last output line, redacted', async () => {
    const script = `console.log('compiling'); console.log('uploading with ${TOKEN}'); setTimeout(() => {}, 1500);`;
    const repo = project({ test: `node -e "${script}"` }, { 'src/a.js': 'export const a = 1;\n' });
    const run = await cli(['main', '--only', 'test', '--out', tempDir('loki-out-')], repo.dir, { heartbeatMs: 100 });
    const beats = run.stderr.split('\n').filter((line) => /^ {2}test {9}running {6}/.test(line));
    expect(beats.length).toBeGreaterThan(2);
    expect(beats.at(-1)).toMatch(/^ {2}test {9}running {6}\d+(\.\d)? s · uploading with ghp_\[REDACTED\]$/);
    expect(run.stderr).not.toContain(TOKEN);
    // The probe's own line still comes last.
    expect(run.stderr.indexOf(beats.at(-1)!)).toBeLessThan(run.stderr.search(/^ {2}test {9}(pass|fail|inconclusive)/m));
  });
});

describe('an interrupt', () => {
  it('ends with a line saying what was written, and the evidence and SARIF are there', async () => {
    const repo = project({ test: 'node -e "setTimeout(() => {}, 60000)"' }, { 'src/a.js': 'export const a = 1;\n' });
    const out = tempDir('loki-out-');
    const sarif = join(out, 'loki.sarif');
    const child = spawn(process.execPath, [BIN, 'main', '--only', 'test', '--out', out, '--sarif', sarif], { cwd: repo.dir, env: cleanEnv() });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('[test] running')) resolve();
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      `loki-verify: interrupted by SIGINT; wrote what the finished probes had found (verdict ERROR) to ${join(out, 'evidence.json')}, ${join(out, 'report.md')}, ${sarif}`,
    );
    expect(JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8'))).toMatchObject({ verdict: 'ERROR', exit_code: 3 });
    expect(existsSync(sarif)).toBe(true);
  });
});
