import { describe, expect, it } from 'vitest';
import { nodeDependencyChange } from '../../src/workspace/dependency-reuse.js';
import { frozenInstall } from '../../src/workspace/package-manager.js';

const pkg = (extra: Record<string, unknown>): string => JSON.stringify({ name: 'x', version: '1.0.0', scripts: { test: 'vitest run' }, ...extra });

describe('nodeDependencyChange: whether the base can reuse the head’s node_modules', () => {
  it('reuses them when no lockfile changed and no package.json changed what it installs', () => {
    expect(nodeDependencyChange(['src/a.ts', 'package.json'], [{ path: 'package.json', base: pkg({ version: '1.0.0' }), head: pkg({ version: '1.1.0', scripts: { test: 'jest' } }) }])).toBeUndefined();
  });

  it('names a changed lockfile, at the root or in a workspace package', () => {
    expect(nodeDependencyChange(['package-lock.json'], [])).toBe('package-lock.json');
    expect(nodeDependencyChange(['packages/a/pnpm-lock.yaml'], [])).toBe('packages/a/pnpm-lock.yaml');
  });

  it('names a package.json whose dependencies, workspaces or overrides changed, or that is new', () => {
    expect(nodeDependencyChange([], [{ path: 'package.json', base: pkg({ dependencies: { a: '1' } }), head: pkg({ dependencies: { a: '2' } }) }])).toBe('package.json');
    expect(nodeDependencyChange([], [{ path: 'packages/b/package.json', base: undefined, head: pkg({}) }])).toBe('packages/b/package.json');
    expect(nodeDependencyChange([], [{ path: 'package.json', base: pkg({}), head: pkg({ overrides: { a: '1' } }) }])).toBe('package.json');
    expect(nodeDependencyChange([], [{ path: 'package.json', base: '{ broken', head: pkg({}) }])).toBe('package.json');
  });

  it('frozenInstall: each package manager’s CI install, a plain install without a lockfile', () => {
    expect(frozenInstall('npm', true)).toEqual(['npm', 'ci', '--no-audit', '--no-fund']);
    expect(frozenInstall('pnpm', true)).toEqual(['pnpm', 'install', '--frozen-lockfile']);
    expect(frozenInstall('yarn', true)).toEqual(['yarn', 'install', '--frozen-lockfile']);
    expect(frozenInstall('yarn-berry', true)).toEqual(['yarn', 'install', '--immutable']);
    expect(frozenInstall('bun', true)).toEqual(['bun', 'install', '--frozen-lockfile']);
    expect(frozenInstall('npm', false)).toEqual(['npm', 'install']);
    expect(frozenInstall('yarn-berry', false)).toEqual(['yarn', 'install']);
  });
});
