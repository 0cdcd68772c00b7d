// The gate's own git calls never run a program the repository names: fsmonitor, hooks, filters,
// textconv and diff drivers, ssh, askpass, credential helpers, pagers, editors, gpg, upload-pack.
// Planted before the run in .git/config, .git/hooks and .git/info/attributes, and again by the PR's build
// while the run is under way.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';
import { heldoutFile } from '../probes/heldout/heldout-file.js';
import { gate, project } from './scenario.js';

afterAll(cleanupTempDirs);

const PROGRAMS = ['fsmonitor', 'filter-clean', 'filter-smudge', 'filter-process', 'textconv', 'diff-command', 'diff-external', 'ssh', 'askpass', 'credential', 'pager', 'editor', 'sequence-editor', 'gpg', 'uploadpack', 'alternate-refs', 'merge-driver'];
const HOOKS = ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'post-merge', 'pre-push', 'post-rewrite', 'fsmonitor-watchman', 'pre-auto-gc', 'push-to-checkout'];

/** Executables in `dir` that append their name to `log` (and, for filters, pass content through). */
function plantPrograms(dir: string, log: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const name of [...PROGRAMS, ...HOOKS]) {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\necho ${name} >> '${log}'\ncat 2>/dev/null\nexit 0\n`);
    chmodSync(path, 0o755);
    paths[name] = path;
  }
  return paths;
}

/** The repository's own configuration naming every program (the same lines a PR's code could write). */
function configLines(p: Record<string, string>, driver: string): string {
  return [
    '[core]',
    `\tfsmonitor = ${p.fsmonitor}`,
    `\thooksPath = ${join(p.fsmonitor!, '..')}`,
    `\tsshCommand = ${p.ssh}`,
    `\taskPass = ${p.askpass}`,
    `\tpager = ${p.pager}`,
    `\teditor = ${p.editor}`,
    `\talternateRefsCommand = ${p['alternate-refs']}`,
    `[filter "${driver}"]`,
    `\tclean = ${p['filter-clean']}`,
    `\tsmudge = ${p['filter-smudge']}`,
    `\tprocess = ${p['filter-process']}`,
    `\trequired = true`,
    `[diff "${driver}"]`,
    `\ttextconv = ${p.textconv}`,
    `\tcommand = ${p['diff-command']}`,
    '[diff]',
    `\texternal = ${p['diff-external']}`,
    `[merge "${driver}"]`,
    `\tdriver = ${p['merge-driver']}`,
    '[sequence]',
    `\teditor = ${p['sequence-editor']}`,
    '[credential]',
    `\thelper = !${p.credential}`,
    '[gpg]',
    `\tprogram = ${p.gpg}`,
    '[log]',
    '\tshowSignature = true',
    '[pager]',
    `\tlog = ${p.pager}`,
    `\tstatus = ${p.pager}`,
    '[remote "origin"]',
    `\tuploadpack = ${p.uploadpack}`,
    '',
  ].join('\n');
}

describe('repository-controlled programs', () => {
  it('none runs, planted before the run and by the PR while it runs, and the run still verifies (exit 0)', () => {
    const marks = tempDir('loki-marks-');
    const log = join(marks, 'ran.log');
    const programs = plantPrograms(join(marks, 'bin'), log);
    // The PR's build plants a second driver and new hooks while the gate runs (PR code may write .git).
    const latePrograms = plantPrograms(join(marks, 'late'), log);
    const plantLate = [
      "const fs = require('fs');",
      `fs.appendFileSync('.git/config', ${JSON.stringify(configLines(latePrograms, 'late'))});`,
      "fs.appendFileSync('.git/info/attributes', '* filter=late diff=late merge=late\\n');",
      `for (const hook of ${JSON.stringify(HOOKS)}) fs.copyFileSync(${JSON.stringify(latePrograms['pre-commit'])}, '.git/hooks/' + hook);`,
      "for (const hook of fs.readdirSync('.git/hooks')) fs.chmodSync('.git/hooks/' + hook, 0o755);",
    ].join('\n');
    const repo = project({ build: 'node plant.js', test: 'node --test' }, {
      'plant.js': plantLate,
      // Committed attributes route every file through the drivers, too.
      '.gitattributes': '* filter=evil diff=evil merge=evil\n',
      'notes.txt': 'a text file the diff and the secrets scan read\n',
    }, {
      // The PR's test does not exercise plant.js; this scenario is about git, not about placebo tests.
      '.loki/verify.yml': 'test:\n  anti_placebo: "off"\n',
    });

    // origin holds `main`; the local branch is deleted, so the gate fetches the base (upload-pack, ssh).
    const origin = join(tempDir('loki-origin-'), 'origin.git');
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, origin]);
    repo.git('remote', 'add', 'origin', origin);
    repo.git('branch', '-D', 'main');
    writeFileSync(join(repo.dir, '.git/config'), readFileSync(join(repo.dir, '.git/config'), 'utf8') + configLines(programs, 'evil'));
    mkdirSync(join(repo.dir, '.git/info'), { recursive: true });
    writeFileSync(join(repo.dir, '.git/info/attributes'), '* filter=evil diff=evil merge=evil\n');
    for (const hook of HOOKS) {
      writeFileSync(join(repo.dir, '.git/hooks', hook), `#!/bin/sh\necho hook-${hook} >> '${log}'\n`);
      chmodSync(join(repo.dir, '.git/hooks', hook), 0o755);
    }

    const heldout = heldoutFile([{ id: 'ok', title: 'passes', run: 'true', files: { 'hidden/check.txt': 'hidden\n' } }]);
    const run = gate(repo.dir, ['main', '--only', 'build,test,secrets,heldout', '--heldout', heldout], cleanEnv({ GIT_PAGER: '', PAGER: programs.pager! }));

    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    expect(run.evidence?.diff.base_sha).toMatch(/^[0-9a-f]{40}$/); // fetched from origin
    expect(run.evidence?.probes.map((p) => [p.id, p.status])).toEqual(
      expect.arrayContaining([['build', 'pass'], ['test', 'pass'], ['secrets', 'pass'], ['heldout', 'pass']]),
    );
    expect(run.code, JSON.stringify(run.evidence?.reasons)).toBe(0);

    // The plants are live: plain git in this repository runs them (so the assertion above means something).
    spawnSync('git', ['status', '--porcelain'], { cwd: repo.dir, stdio: 'ignore' });
    expect(readFileSync(log, 'utf8')).toMatch(/fsmonitor|filter/);
  });

  it('an ssh origin runs ssh itself, never the repository\'s core.sshCommand', () => {
    const marks = tempDir('loki-marks-');
    const log = join(marks, 'ran.log');
    const programs = plantPrograms(join(marks, 'bin'), log);
    const repo = TestRepo.init();
    repo.commit('initial', { 'README.md': '# x\n' });
    repo.checkout('feature', true);
    repo.commit('change', { 'a.txt': 'a\n' });
    repo.git('branch', '-D', 'main');
    repo.git('remote', 'add', 'origin', 'ssh://git@unreachable.invalid/repo.git');
    repo.git('config', 'core.sshCommand', programs.ssh!);
    repo.git('config', 'core.askPass', programs.askpass!);

    const env = cleanEnv();
    delete env.GIT_SSH_COMMAND;
    delete env.GIT_SSH;
    const run = gate(repo.dir, ['main', '--only', 'secrets'], env);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    expect(run.code).toBe(3); // the base cannot be fetched
    expect(run.evidence?.verdict).toBe('ERROR');
  });
});
