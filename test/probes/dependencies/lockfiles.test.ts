import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCKFILE_KINDS, unsupportedLockfile } from '../../../src/probes/dependencies/lockfiles/formats.js';
import { lockfileFormat, READERS } from '../../../src/probes/dependencies/lockfiles/index.js';
import { LockfileParseError, type Package } from '../../../src/probes/dependencies/types.js';

const SCENARIOS = resolve(import.meta.dirname, '../../../fixtures/dependencies/scenarios');

/** Packages of a scenario's HEAD lockfile as `ecosystem name version [dev|prod|?] @line`. */
function read(scenario: string, path: string): string[] {
  const format = lockfileFormat(path);
  if (!format) throw new Error(`${path} is not a lockfile`);
  return format.parse(readFileSync(join(SCENARIOS, scenario, 'head', path), 'utf8'), path).map(show);
}

function show(pkg: Package): string {
  const scope = pkg.dev === undefined ? '?' : pkg.dev ? 'dev' : 'prod';
  return `${pkg.ecosystem} ${pkg.name} ${pkg.version} ${scope} @${pkg.line ?? '-'}`;
}

describe('lockfile readers', () => {
  it('package-lock v3: workspaces, links, aliases, nested copies; git sources skipped', () => {
    expect(read('npm-v3', 'package-lock.json')).toEqual([
      'npm ms 2.1.3 prod @18',
      'npm string-width 4.2.3 prod @24', // "string-width-cjs": "npm:string-width@^4.2.0"
      'npm lodash 4.17.20 prod @42',
      'npm ms 2.0.0 dev @48', // packages/ui/node_modules/ms
    ]);
  });

  it('package-lock v3: one package per version, dev-only only if every copy is', () => {
    const entry = (dev: boolean) => ({ version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', ...(dev ? { dev: true } : {}) });
    const text = JSON.stringify(
      { lockfileVersion: 3, packages: { '': {}, 'node_modules/a/node_modules/ms': entry(true), 'node_modules/b/node_modules/ms': entry(false), 'node_modules/c/node_modules/ms': entry(true) } },
      null,
      2,
    );
    expect(lockfileFormat('package-lock.json')?.parse(text, 'package-lock.json').map(show)).toEqual(['npm ms 2.1.3 prod @5']);
  });

  it('package-lock v1: the nested dependency tree, npm: aliases; file: sources skipped', () => {
    expect(read('npm-v1', 'package-lock.json')).toEqual([
      'npm ms 2.1.3 prod @7',
      'npm mkdirp 0.5.5 dev @12',
      'npm minimist 1.2.5 dev @21',
      'npm lodash 4.17.21 prod @29',
    ]);
  });

  it('npm-shrinkwrap v2 reads the packages section, not both', () => {
    expect(read('npm-shrinkwrap-v2', 'tools/cli/npm-shrinkwrap.json')).toEqual(['npm ms 2.1.3 prod @14', 'npm lodash 4.17.15 prod @19']);
  });

  it('yarn classic: merged descriptors, npm: aliases; git URLs skipped', () => {
    expect(read('yarn-classic', 'yarn.lock')).toEqual(['npm ms 2.1.3 ? @5', 'npm lodash 4.17.20 ? @10', 'npm string-width 4.2.3 ? @15']);
  });

  it('yarn berry: npm: resolutions and patches of them; workspaces skipped', () => {
    expect(read('yarn-berry', 'yarn.lock')).toEqual(['npm ms 2.1.3 ? @8', 'npm minimist 1.2.5 ? @15', 'npm resolve 1.22.8 ? @22']);
  });

  it('pnpm v6: /name@version keys and the dev flag', () => {
    expect(read('pnpm-v6', 'pnpm-lock.yaml')).toEqual(['npm @types/react-dom 18.2.19 dev @22', 'npm lodash 4.17.19 prod @26', 'npm ms 2.1.3 prod @30']);
  });

  it('pnpm v9: dev-only derived from importers through snapshots, aliases and peer suffixes', () => {
    expect(read('pnpm-v9', 'pnpm-lock.yaml')).toEqual([
      'npm js-tokens 4.0.0 prod @33',
      'npm loose-envify 1.4.0 prod @36',
      'npm minimist 1.2.5 dev @40', // only through mkdirp, a devDependency
      'npm minimist 1.2.6 prod @43', // "args": "npm:minimist@^1.2.6"
      'npm mkdirp 0.5.5 dev @46',
      'npm ms 2.1.3 prod @50',
      'npm react-dom 18.2.0 prod @53', // snapshot react-dom@18.2.0(react@18.2.0)
      'npm react 18.2.0 prod @58',
      'npm scheduler 0.23.0 prod @62',
    ]);
  });

  it('pnpm v5 keys (/name/version_peers)', () => {
    const text = "lockfileVersion: 5.4\n\npackages:\n\n  /react-dom/17.0.2_react@17.0.2:\n    resolution: {integrity: sha512-x}\n    dev: false\n\n  /@babel/core/7.12.0:\n    resolution: {integrity: sha512-y}\n    dev: true\n";
    expect(lockfileFormat('pnpm-lock.yaml')?.parse(text, 'pnpm-lock.yaml').map(show)).toEqual(['npm react-dom 17.0.2 prod @5', 'npm @babel/core 7.12.0 dev @9']);
  });

  it('bun.lock: trailing commas, dev-only from workspaces', () => {
    expect(read('bun', 'bun.lock')).toEqual(['npm lodash 4.17.20 prod @16', 'npm minimist 1.2.8 dev @17', 'npm mkdirp 0.5.6 dev @18', 'npm ms 2.1.3 prod @19']);
  });

  it('requirements.txt: exact pins with hashes, continuations, extras and markers; ranges and editables skipped', () => {
    expect(read('requirements', 'services/ml/requirements.txt')).toEqual([
      'PyPI certifi 2024.2.2 prod @4',
      'PyPI idna 3.6 prod @7',
      'PyPI pyyaml 5.3.1 prod @9',
      'PyPI urllib3 2.2.1 prod @13',
    ]);
    const dev = lockfileFormat('requirements-dev.txt')?.parse('Django==4.2.0  # pinned\n', 'requirements-dev.txt');
    expect(dev?.map(show)).toEqual(['PyPI django 4.2.0 dev @1']);
  });

  it('poetry.lock: groups decide dev; git sources skipped', () => {
    expect(read('poetry', 'poetry.lock')).toEqual(['PyPI certifi 2024.2.2 prod @1', 'PyPI idna 3.6 prod @11', 'PyPI pytest 8.0.0 dev @21', 'PyPI requests 2.30.0 prod @31']);
    const legacy = '[[package]]\nname = "Flake8"\nversion = "6.0.0"\ncategory = "dev"\noptional = false\npython-versions = ">=3.8"\n';
    expect(lockfileFormat('poetry.lock')?.parse(legacy, 'poetry.lock').map(show)).toEqual(['PyPI flake8 6.0.0 dev @1']);
  });

  it('uv.lock: registry packages; dev-only through dev-dependencies', () => {
    expect(read('uv', 'uv.lock')).toEqual(['PyPI idna 3.6 prod @5', 'PyPI jinja2 3.1.2 prod @11', 'PyPI markupsafe 2.1.5 prod @20', 'PyPI pyyaml 5.3.1 dev @26']);
  });

  it('Pipfile.lock: default and develop', () => {
    expect(read('pipenv', 'Pipfile.lock')).toEqual(['PyPI idna 3.6 prod @19', 'PyPI requests 2.30.0 prod @26', 'PyPI pyyaml 5.3.1 dev @39']);
  });

  it('go.mod: require blocks and lines, replacements applied, local replacements dropped', () => {
    expect(read('go', 'services/api/go.mod')).toEqual([
      'Go github.com/google/uuid v1.6.0 ? @6',
      'Go golang.org/x/net v0.6.0 ? @7',
      'Go golang.org/x/text v0.14.0 ? @8',
      'Go golang.org/x/sys v0.6.0 ? @12',
      'Go stdlib v1.21.0 ? @3',
      'Go toolchain v1.21.0 ? @3',
    ]);
  });

  it('go.sum: the highest version whose module zip is recorded', () => {
    expect(read('go-sum-only', 'tools/go.sum')).toEqual([
      'Go github.com/google/uuid v1.6.0 ? @1',
      'Go golang.org/x/text v0.14.0 ? @3',
      'Go golang.org/x/net v0.0.0-20220826154423-83b083e8dc8b ? @5',
    ]);
  });

  it('Cargo.lock: registry crates; the workspace crate skipped', () => {
    expect(read('cargo', 'Cargo.lock')).toEqual(['crates.io serde 1.0.197 ? @14', 'crates.io smallvec 1.6.0 ? @20', 'crates.io time 0.1.45 ? @26']);
  });

  it('Gemfile.lock: GEM specs with platforms folded; GIT and PATH gems skipped', () => {
    expect(read('bundler', 'Gemfile.lock')).toEqual(['RubyGems nokogiri 1.13.3 ? @16', 'RubyGems racc 1.7.3 ? @20', 'RubyGems rack 3.0.9 ? @21']);
  });

  it('composer.lock: packages and packages-dev; branch versions skipped', () => {
    expect(read('composer', 'composer.lock')).toEqual([
      'Packagist guzzlehttp/guzzle 7.4.2 prod @8',
      'Packagist guzzlehttp/psr7 2.1.1 prod @32',
      'Packagist psr/http-message 2.0 prod @56',
      'Packagist phpunit/phpunit 10.5.11 dev @106',
    ]);
  });
});

describe('lockfile detection', () => {
  it.each([
    ['package-lock.json', 'package-lock'],
    ['apps/web/npm-shrinkwrap.json', 'package-lock'],
    ['yarn.lock', 'yarn'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['bun.lock', 'bun'],
    ['requirements.txt', 'requirements'],
    ['requirements-dev.txt', 'requirements'],
    ['dev-requirements.txt', 'requirements'],
    ['requirements/prod.txt', 'requirements'],
    ['poetry.lock', 'poetry'],
    ['uv.lock', 'uv'],
    ['Pipfile.lock', 'pipenv'],
    ['svc/go.mod', 'go.mod'],
    ['svc/go.sum', 'go.sum'],
    ['Cargo.lock', 'cargo'],
    ['Gemfile.lock', 'bundler'],
    ['gems.locked', 'bundler'],
    ['composer.lock', 'composer'],
  ])('%s is %s', (path, id) => {
    expect(lockfileFormat(path)?.id).toBe(id);
  });

  it.each(['package.json', 'node_modules/foo/package-lock.json', 'vendor/acme/lib/composer.lock', 'notes.txt', 'requirements.in', 'Pipfile'])(
    '%s is not a lockfile of the project',
    (path) => {
      expect(lockfileFormat(path)).toBeUndefined();
    },
  );

  it('has a reader for every kind of lockfile it recognises, and nothing else', () => {
    expect(Object.keys(READERS).sort()).toEqual(LOCKFILE_KINDS.map((kind) => kind.id).sort());
  });

  it('names the binary bun.lockb as unsupported', () => {
    expect(unsupportedLockfile('app/bun.lockb')).toContain('--save-text-lockfile');
  });
});

describe('unparsable lockfiles name the problem', () => {
  it.each([
    ['package-lock.json', '{"lockfileVersion": 3, "packages": {', /not valid JSON/],
    ['package-lock.json', '{"name": "x"}', /not an npm lockfile/],
    ['yarn.lock', '# yarn lockfile v1\n\nlodash@^4:\n  version "4.17.20\n  resolved [\n', /line 4: unterminated or trailing text after string/],
    ['yarn.lock', 'lodash@^4:\n  version "4.17.20\n', /line 2: unterminated or trailing text after string/],
    ['yarn.lock', '__metadata:\n  version: 8\n"lodash@npm:^4":\n  version: "4.17.20\n', /double quoted scalar/],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  - [unclosed\n", /not valid YAML/],
    ['pnpm-lock.yaml', 'just: text\n', /missing lockfileVersion/],
    ['bun.lock', '{ "lockfileVersion": 1, "packages": { "a": ["a@1.0.0" }', /not valid JSON: .* at line 1/],
    ['poetry.lock', '[[package]\nname = "x"\n', /not valid TOML/],
    ['Cargo.lock', '[[package]]\nname = "x\n', /not valid TOML/],
    ['go.mod', 'require golang.org/x/net v0.7.0\n', /no "module" directive/],
    ['go.mod', 'module m\nrequire (\n\tgolang.org/x/net\n)\n', /line 3: malformed require/],
    ['go.sum', 'golang.org/x/net v0.7.0\n', /line 1: expected "module version h1:hash"/],
    ['Gemfile.lock', '<<<<<<< HEAD\nconflict\n', /not a Gemfile.lock/],
    ['composer.lock', '{"content-hash": "x"}', /not a composer.lock/],
    ['Pipfile.lock', '[]', /expected a JSON object/],
  ])('%s: %s', (path, text, message) => {
    const format = lockfileFormat(path);
    expect(() => format?.parse(text, path)).toThrow(LockfileParseError);
    expect(() => format?.parse(text, path)).toThrow(message);
  });
});
