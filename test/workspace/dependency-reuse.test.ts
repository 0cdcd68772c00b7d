import { describe, expect, it } from 'vitest';
import { nodeDependencyChange, pythonDependencyChange } from '../../src/workspace/dependency-reuse.js';
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

describe('pythonDependencyChange: whether the base can run in the head’s Python environment', () => {
  const pyproject = (deps: string, extra = ''): string => `[project]\nname = "x"\nversion = "1.0"\ndependencies = [${deps}]\n${extra}`;

  it('names a changed lockfile, requirements or constraints file, Pipfile or setup script', () => {
    for (const path of ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile', 'Pipfile.lock', 'pylock.toml', 'pylock.dev.toml', 'requirements.txt', 'requirements-dev.txt', 'dev-requirements.in', 'requirements/base.txt', 'constraints.txt', 'setup.py', 'setup.cfg', 'svc/requirements.txt']) {
      expect(pythonDependencyChange(['src/a.py', path], []), path).toBe(path);
    }
  });

  it('reuses it when only code, docs or a pyproject.toml section that installs nothing changed', () => {
    expect(pythonDependencyChange(['src/a.py', 'docs/requirements.md', 'README.txt'], [])).toBeUndefined();
    const base = pyproject('"requests>=2"', '[tool.ruff]\nline-length = 100\n');
    const head = pyproject('"requests>=2"', '[tool.ruff]\nline-length = 120\n[tool.pytest.ini_options]\naddopts = "-q"\n');
    expect(pythonDependencyChange(['pyproject.toml'], [{ path: 'pyproject.toml', base, head: head.replace('version = "1.0"', 'version = "1.1"') }])).toBeUndefined();
  });

  it('names a pyproject.toml whose dependencies, groups, build requirements or poetry/uv tables changed, or that is new or unreadable', () => {
    const change = (base: string | undefined, head: string): string | undefined => pythonDependencyChange(['pyproject.toml'], [{ path: 'pyproject.toml', base, head }]);
    expect(change(pyproject('"requests>=2"'), pyproject('"requests>=2", "httpx"'))).toBe('pyproject.toml');
    expect(change(pyproject(''), pyproject('', '[dependency-groups]\ntest = ["pytest"]\n'))).toBe('pyproject.toml');
    expect(change(pyproject(''), pyproject('', '[build-system]\nrequires = ["hatchling"]\n'))).toBe('pyproject.toml');
    expect(change('[tool.poetry.dependencies]\npython = "^3.11"\n', '[tool.poetry.dependencies]\npython = "^3.12"\n')).toBe('pyproject.toml');
    expect(change('[tool.poetry.group.dev.dependencies]\npytest = "^7"\n', '[tool.poetry.group.dev.dependencies]\npytest = "^8"\n')).toBe('pyproject.toml');
    expect(change(undefined, pyproject(''))).toBe('pyproject.toml');
    expect(change('[project\nbroken', pyproject(''))).toBe('pyproject.toml');
  });
});
