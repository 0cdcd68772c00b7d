// Scenario repositories for the Action: an "origin" with main and a feature branch, and checkouts of it
// made the way actions/checkout makes them (a clone with origin set, optionally --depth 1).
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { tempDir, TestRepo, type Files } from '../helpers/repo.js';

export interface Scenario {
  origin: TestRepo;
  /** Tip of main: the PR base. */
  baseSha: string;
  /** Tip of feature: the PR head. */
  headSha: string;
  /** Where feature branched off main: the merge-base. */
  forkPoint: string;
  /** Where the scenario's test command writes the environment it sees. */
  envDump: string;
}

/**
 * main has a config whose test command dumps its environment and fails when `broken` exists (and, with
 * `typescript`, a tsconfig.json for the static probe); main moves on after feature branched off, so the
 * merge-base is not the base tip.
 */
export function scenario(feature: Files, options: { mainCommitsAfterBranch?: number; typescript?: boolean } = {}): Scenario {
  const envDump = join(tempDir('loki-verify-envdump-'), 'env.txt');
  const origin = TestRepo.init();
  const config = `test:\n  run: env > '${envDump}' && test ! -e broken\n`;
  const tsconfig = { compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext' }, include: ['src'] };
  origin.commit('initial', {
    'README.md': '# demo\n',
    '.gitignore': 'node_modules/\n',
    '.loki/verify.yml': config,
    ...(options.typescript ? { 'tsconfig.json': JSON.stringify(tsconfig) } : {}),
  });
  const forkPoint = origin.commit('docs', { 'docs/guide.md': 'Guide\n' });
  origin.checkout('feature', true);
  const headSha = origin.commit('feature work', feature);
  origin.checkout('main');
  let baseSha = origin.head();
  for (let i = 0; i < (options.mainCommitsAfterBranch ?? 1); i++) {
    baseSha = origin.commit(`main moves on ${i}`, { [`docs/note-${i}.md`]: `note ${i}\n` });
  }
  return { origin, baseSha, headSha, forkPoint, envDump };
}

/** A checkout of `branch` like actions/checkout's: origin set, only that branch, optionally shallow. */
export function checkout(origin: TestRepo, branch: string, options: { depth?: number } = {}): string {
  const dir = join(tempDir('loki-verify-workspace-'), 'verify-demo');
  const depth = options.depth === undefined ? [] : [`--depth=${options.depth}`];
  execFileSync('git', ['clone', '-q', '--single-branch', '--branch', branch, ...depth, `file://${origin.dir}`, dir], {
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });
  return dir;
}

/** What `npm ci` would leave for the static probe: the repository's own TypeScript in node_modules. */
export function installTypescript(workspace: string): void {
  mkdirSync(join(workspace, 'node_modules'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules/typescript'), join(workspace, 'node_modules/typescript'), 'dir');
}

/**
 * What actions/checkout does on pull_request: GitHub's test merge commit (refs/pull/N/merge, the head
 * merged into the base tip) fetched alone with --depth=1 and checked out detached. Returns the workspace
 * and the merge commit.
 */
export function checkoutPullRequestMerge(s: Scenario, number: number): { workspace: string; mergeSha: string } {
  s.origin.git('checkout', '-q', '--detach', s.baseSha);
  s.origin.git('merge', '-q', '--no-ff', '-m', `Merge ${s.headSha} into ${s.baseSha}`, s.headSha);
  const mergeSha = s.origin.head();
  s.origin.git('update-ref', `refs/pull/${number}/merge`, mergeSha);
  s.origin.checkout('main');

  const workspace = new TestRepo(join(tempDir('loki-verify-workspace-'), 'verify-demo'));
  mkdirSync(workspace.dir);
  workspace.git('init', '-q');
  workspace.git('remote', 'add', 'origin', `file://${s.origin.dir}`);
  workspace.git('-c', 'protocol.version=2', 'fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules', '--depth=1', 'origin',
    `+${mergeSha}:refs/remotes/pull/${number}/merge`);
  workspace.git('checkout', '-q', '--force', `refs/remotes/pull/${number}/merge`);
  return { workspace: workspace.dir, mergeSha };
}
