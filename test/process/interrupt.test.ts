// The interrupt cleanup runs to its end, whatever signals arrive meanwhile (a real child process).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('onInterrupt', () => {
  it('a second signal during the cleanup does not end it half way: every handler runs, the exit is 143', () => {
    const dir = tempDir('loki-interrupt-');
    const done = join(dir, 'done');
    // The newest handler runs first and sends the second SIGTERM; the older one must still run after it.
    const script = `
      import { writeFileSync } from 'node:fs';
      import { onInterrupt } from ${JSON.stringify(join(PROJECT_ROOT, 'lib/src/process/interrupt.js'))};
      onInterrupt(() => writeFileSync(${JSON.stringify(done)}, 'cleaned up'));
      onInterrupt(() => {
        process.kill(process.pid, 'SIGTERM');
        const until = Date.now() + 200; // a cleanup that takes a while (killing trees, writing evidence)
        while (Date.now() < until);
      });
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 10);
      setTimeout(() => {}, 10_000);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status, run.stderr).toBe(143);
    expect(existsSync(done) && readFileSync(done, 'utf8')).toBe('cleaned up');
  });
});
