// Real test runners from the npm registry, installed once into a shared cache folder and reused by
// every test run after (keyed by the exact specs, so changing a spec installs afresh). A test repository
// links the cache's node_modules as `npm ci` would provide it; pnpm and the yarn berry release come
// from the same install.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SPECS = ['vitest@4', 'typescript@5', 'jest@30', 'mocha@11', 'c8@10', 'ava@6', 'pnpm@10', '@yarnpkg/cli-dist@4'];

const CACHE = join(process.env.LOKI_VERIFY_RUNNER_CACHE ?? join(homedir(), '.cache', 'loki-verify', 'test-runners'), createHash('sha256').update(SPECS.join(' ')).digest('hex').slice(0, 12));

/** The cache folder holding node_modules with every runner; installs it on first use. */
export function runnerCache(): string {
  if (existsSync(join(CACHE, 'node_modules', '.installed'))) return CACHE;
  mkdirSync(join(CACHE, '..'), { recursive: true });
  // Installed aside and renamed into place, so concurrent test files never see a half-done install.
  const staging = mkdtempSync(`${CACHE}-staging-`);
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...SPECS], { cwd: staging, stdio: 'pipe', timeout: 300_000 });
  writeFileSync(join(staging, 'node_modules', '.installed'), SPECS.join('\n'));
  try {
    renameSync(staging, CACHE);
  } catch {
    // Another test file finished first: its copy is as good.
    rmSync(staging, { recursive: true, force: true });
  }
  return CACHE;
}

export function runnerModules(): string {
  return join(runnerCache(), 'node_modules');
}

/** Folder of the runners' executables (pnpm, jest, ...), for PATH. */
export function runnerBin(): string {
  return join(runnerModules(), '.bin');
}

export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(runnerModules(), name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The yarn berry release file, as a repository commits it under `.yarn/releases`. */
export function yarnRelease(): { version: string; content: Buffer } {
  return { version: installedVersion('@yarnpkg/cli-dist'), content: readFileSync(join(runnerModules(), '@yarnpkg/cli-dist/bin/yarn.js')) };
}
