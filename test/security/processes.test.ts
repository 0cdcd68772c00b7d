// Nothing the gate starts outlives it: a PR test that daemonises (new session, double fork), and the
// gate's own git stopped with SIGSTOP while it runs.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';
import { isRunning } from '../helpers/process.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';
import { gate, project } from './scenario.js';

const leftovers: number[] = [];
afterAll(() => {
  for (const pid of leftovers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
  cleanupTempDirs();
});

function readPid(file: string): number {
  const pid = Number(readFileSync(file, 'utf8').trim());
  leftovers.push(pid);
  return pid;
}

describe('processes the gate starts', () => {
  it('a test that daemonises (setsid and a double fork) is killed at the end of the probe', () => {
    const pidFile = join(tempDir('loki-daemon-'), 'daemon.pid');
    // setsid via detached: a new session and process group; the shell forks sleep and exits at once,
    // so sleep is neither in the probe's group nor a descendant of the gate.
    const daemonising = `const { spawn } = require('node:child_process');\nconst test = require('node:test');\ntest('starts a daemon', () => {\n  spawn('/bin/sh', ['-c', 'sleep 300 > /dev/null 2>&1 < /dev/null & echo $! > ${pidFile}'], { detached: true, stdio: 'ignore' }).unref();\n  const until = Date.now() + 5000;\n  while (!require('node:fs').existsSync(${JSON.stringify(pidFile)}) && Date.now() < until);\n});\n`;
    const repo = project({ test: 'node --test' }, { 'daemon.test.js': daemonising });

    const run = gate(repo.dir, ['main', '--only', 'test']);

    expect(run.code).toBe(0);
    expect(existsSync(pidFile)).toBe(true);
    expect(isRunning(readPid(pidFile))).toBe(false);
  });

  it('a stopped git (SIGSTOP) is killed when its probe times out, and the gate exits with evidence', () => {
    const dir = tempDir('loki-stop-');
    const pidFile = join(dir, 'git.pid');
    // A git on PATH that stops itself when the secrets probe reads the PR's history (`git log -p`), as
    // PR code that finds the gate's git in /proc could do with kill -STOP.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const wrapper = join(bin, 'git');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(wrapper, `#!/bin/sh\ncase " $* " in *" log "*" -p "*) echo $$ > '${pidFile}'; kill -STOP $$;; esac\nexec ${realGit} "$@"\n`);
    chmodSync(wrapper, 0o755);
    const config = join(dir, 'verify.yml');
    writeFileSync(config, 'secrets:\n  timeout: 3\n');
    const repo = project({ test: 'node --test' }, { 'notes.txt': 'hello\n' });

    const started = Date.now();
    const run = gate(repo.dir, ['main', '--only', 'secrets', '--config', config], cleanEnv({ PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }));

    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.evidence).toBeDefined();
    expect(existsSync(pidFile)).toBe(true);
    expect(run.code).not.toBe(0);
    expect(run.evidence?.probes.find((p) => p.id === 'secrets')?.status).not.toBe('pass');
    expect(isRunning(readPid(pidFile))).toBe(false);
  });
});
