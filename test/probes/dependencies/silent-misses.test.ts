// Each case is a lockfile shape a reader once passed over without a word. The offline database holds a record
// for exactly the package that shape pins, so only reading it blocks the change.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, tempDir, type Files } from '../../helpers/repo.js';
import { deadUrl } from './osv-server.js';
import { makeRepo, npmLock, runProbe, singleRecordDb, summarize } from './scenario.js';

afterAll(() => cleanupTempDirs());

interface Miss {
  base: Files;
  head: Files;
  pkg: { ecosystem: string; name: string; version: string };
  /** `file:line` of the finding. */
  at: string;
}

const PNPM_V5_HEADER = 'lockfileVersion: 5.4\n\nspecifiers:\n  foo: ^1.1.0\n\ndependencies:\n  foo: 1.1.0\n\npackages:\n\n';

const GO_SUM_116 = (extra: string): string =>
  [
    'github.com/pkg/errors v0.9.1 h1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=',
    'github.com/pkg/errors v0.9.1/go.mod h1:bwawxfHBFNV+L2hUp1rHADufV3IMtnDRdf1r5NINEl0=',
    ...(extra ? [extra, extra.replace(/ (v\S+) h1:\S+/, ' $1/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')] : []),
    '',
  ].join('\n');

const MISSES: Record<string, Miss> = {
  'pnpm v5 key naming the default registry host': {
    base: { 'pnpm-lock.yaml': `${PNPM_V5_HEADER}  /bar/1.0.0:\n    resolution: {integrity: sha512-x}\n` },
    head: { 'pnpm-lock.yaml': `${PNPM_V5_HEADER}  /bar/1.0.0:\n    resolution: {integrity: sha512-x}\n\n  registry.npmjs.org/foo/1.1.0:\n    resolution: {integrity: sha512-y}\n    dev: false\n` },
    pkg: { ecosystem: 'npm', name: 'foo', version: '1.1.0' },
    at: 'pnpm-lock.yaml:14',
  },
  'pnpm v5 key naming another registry host': {
    base: { 'pnpm-lock.yaml': `${PNPM_V5_HEADER}  /bar/1.0.0:\n    resolution: {integrity: sha512-x}\n` },
    head: { 'pnpm-lock.yaml': `${PNPM_V5_HEADER}  /bar/1.0.0:\n    resolution: {integrity: sha512-x}\n\n  example.com/@acme/foo/1.2.0:\n    resolution: {integrity: sha512-y, tarball: https://example.com/@acme/foo/-/foo-1.2.0.tgz}\n` },
    pkg: { ecosystem: 'npm', name: '@acme/foo', version: '1.2.0' },
    at: 'pnpm-lock.yaml:14',
  },
  'pnpm v5 entry with no body': {
    base: { 'pnpm-lock.yaml': `${PNPM_V5_HEADER}  /bar/1.0.0:\n    resolution: {integrity: sha512-x}\n` },
    head: { 'pnpm-lock.yaml': `${PNPM_V5_HEADER}  /bar/1.0.0:\n    resolution: {integrity: sha512-x}\n\n  /foo/1.1.0:\n` },
    pkg: { ecosystem: 'npm', name: 'foo', version: '1.1.0' },
    at: 'pnpm-lock.yaml:14',
  },
  'requirement line with pip short options (-C)': {
    base: { 'requirements.txt': 'flask==2.3.3\n' },
    head: { 'requirements.txt': 'flask==2.3.3\nlxml==4.9.1 -C cflags=-O2 --global-option=build_ext\n' },
    pkg: { ecosystem: 'PyPI', name: 'lxml', version: '4.9.1' },
    at: 'requirements.txt:2',
  },
  'requirement line with --config-settings and hashes on continuation lines': {
    base: { 'requirements.txt': 'flask==2.3.3\n' },
    head: { 'requirements.txt': 'flask==2.3.3\nlxml==4.9.1 \\\n    --config-settings=--build-option=--static \\\n    --hash=sha256:aaaa\n' },
    pkg: { ecosystem: 'PyPI', name: 'lxml', version: '4.9.1' },
    at: 'requirements.txt:2',
  },
  'requirement after a comment line ending in a backslash': {
    base: { 'requirements.txt': 'flask==2.3.3\n' },
    head: { 'requirements.txt': 'flask==2.3.3\n# pinned for C:\\\ndjango==3.2.0\n' },
    pkg: { ecosystem: 'PyPI', name: 'django', version: '3.2.0' },
    at: 'requirements.txt:3',
  },
  'requirement split inside its version by a backslash': {
    base: { 'requirements.txt': 'flask==2.3.3\n' },
    head: { 'requirements.txt': 'flask==2.3.3\ndjango==3.\\\n2.0\n' },
    pkg: { ecosystem: 'PyPI', name: 'django', version: '3.2.0' },
    at: 'requirements.txt:2',
  },
  'file included with -r under another name': {
    base: { 'requirements.txt': '-r requirements/base.in\n', 'requirements/base.in': 'flask==2.3.3\n' },
    head: { 'requirements/base.in': 'flask==2.3.3\ndjango==3.2.0\n' },
    pkg: { ecosystem: 'PyPI', name: 'django', version: '3.2.0' },
    at: 'requirements/base.in:2',
  },
  'file included with --constraint=, through another include': {
    base: { 'requirements.txt': '--requirement=web/common.txt\n', 'web/common.txt': '-c../pins.cfg\nflask\n', 'pins.cfg': 'flask==2.3.3\n' },
    head: { 'pins.cfg': 'flask==2.3.3\nwerkzeug==2.3.0\n' },
    pkg: { ecosystem: 'PyPI', name: 'werkzeug', version: '2.3.0' },
    at: 'pins.cfg:2',
  },
  'an existing file newly included with -r': {
    base: { 'requirements.txt': 'flask==2.3.3\n', 'deploy/extra-deps.in': 'gunicorn==21.2.0\ndjango==3.2.0\n' },
    head: { 'requirements.txt': 'flask==2.3.3\n-r deploy/extra-deps.in\n' },
    pkg: { ecosystem: 'PyPI', name: 'django', version: '3.2.0' },
    at: 'requirements.txt:2',
  },
  'constraints.txt': {
    base: { 'constraints.txt': 'flask==2.3.3\n' },
    head: { 'constraints.txt': 'flask==2.3.3\nwerkzeug==2.3.0\n' },
    pkg: { ecosystem: 'PyPI', name: 'werkzeug', version: '2.3.0' },
    at: 'constraints.txt:2',
  },
  'yarn classic header without a version range': {
    base: { 'yarn.lock': '# yarn lockfile v1\n\n\nms@^2.1.3:\n  version "2.1.3"\n' },
    head: { 'yarn.lock': '# yarn lockfile v1\n\n\nleft-pad:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#5b8a3a7765dfe001261dde915589e782f8c94d1e"\n\nms@^2.1.3:\n  version "2.1.3"\n' },
    pkg: { ecosystem: 'npm', name: 'left-pad', version: '1.3.0' },
    at: 'yarn.lock:4',
  },
  'yarn classic header with an empty range': {
    base: { 'yarn.lock': '# yarn lockfile v1\n\n\nms@^2.1.3:\n  version "2.1.3"\n' },
    head: { 'yarn.lock': '# yarn lockfile v1\n\n\n"@scope/left-pad@":\n  version "1.3.0"\n\nms@^2.1.3:\n  version "2.1.3"\n' },
    pkg: { ecosystem: 'npm', name: '@scope/left-pad', version: '1.3.0' },
    at: 'yarn.lock:4',
  },
  'indirect dependency only in go.sum (go 1.16)': {
    base: { 'go.mod': 'module example.com/app\n\ngo 1.16\n\nrequire github.com/pkg/errors v0.9.1\n', 'go.sum': GO_SUM_116('') },
    head: { 'go.sum': GO_SUM_116('golang.org/x/text v0.3.5 h1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ=') },
    pkg: { ecosystem: 'Go', name: 'golang.org/x/text', version: 'v0.3.5' },
    at: 'go.sum:3',
  },
  'standard library at the go directive': {
    base: { 'go.mod': 'module example.com/app\n\ngo 1.20\n' },
    head: { 'go.mod': 'module example.com/app\n\ngo 1.21.0\n' },
    pkg: { ecosystem: 'Go', name: 'stdlib', version: '1.21.0' },
    at: 'go.mod:3',
  },
  'toolchain at the toolchain directive': {
    base: { 'go.mod': 'module example.com/app\n\ngo 1.21\n\ntoolchain go1.21.4\n' },
    head: { 'go.mod': 'module example.com/app\n\ngo 1.21\n\ntoolchain go1.21.5\n' },
    pkg: { ecosystem: 'Go', name: 'toolchain', version: '1.21.5' },
    at: 'go.mod:5',
  },
  'npm-shrinkwrap.json beside package-lock.json': {
    base: { 'npm-shrinkwrap.json': npmLock({ ms: '2.1.3' }), 'package-lock.json': npmLock({ ms: '2.1.3' }) },
    head: { 'npm-shrinkwrap.json': npmLock({ ms: '2.1.3', foo: '1.1.0' }), 'package-lock.json': npmLock({ ms: '2.1.3', bar: '9.9.9' }) },
    pkg: { ecosystem: 'npm', name: 'foo', version: '1.1.0' },
    at: 'npm-shrinkwrap.json:20',
  },
};

describe('no silent misses', () => {
  it.each(Object.entries(MISSES))('%s: BLOCKED on a record for exactly that package', async (_name, miss) => {
    // `bar` 9.9.9 has a record too: only the shrinkwrap case pins it, in a package-lock.json npm ignores.
    const db = singleRecordDb(tempDir('loki-osv-db-'), miss.pkg, { ecosystem: 'npm', name: 'bar', version: '9.9.9' });
    const repo = makeRepo(miss.base, miss.head);
    const outcome = await runProbe(repo, { options: { osvDb: db, osvUrl: await deadUrl() } });
    expect(summarize(outcome)).toEqual([`dependencies/vulnerable-dependency high blocking TEST-1 ${miss.pkg.name}@${outcome.findings?.[0]?.details?.version as string} ${miss.at}`]);
    expect(outcome.findings?.[0]?.details).toMatchObject({ ecosystem: miss.pkg.ecosystem, package: miss.pkg.name });
    expect(String(outcome.findings?.[0]?.details?.version).replace(/^v/, '')).toBe(miss.pkg.version.replace(/^v/, ''));
    expect(outcome.status).toBe('fail');
  });

  it.each([
    ['"dependencies": null', '{"name": "app", "lockfileVersion": 1, "dependencies": null}', /package-lock.json does not parse: dependencies is null, expected an object/],
    ['lockfileVersion: [1, 2]', '{"name": "app", "lockfileVersion": [1, 2], "packages": {}}', /package-lock.json does not parse: lockfileVersion is an array, expected a number/],
    ['a version that is a number', '{"lockfileVersion": 3, "packages": {"node_modules/foo": {"version": 1.1}}}', /packages\["node_modules\/foo"\]\.version is a number \(1\.1\), expected a string/],
  ])('a wrong-typed field (%s) is inconclusive, never a pass, naming the file and key path', async (_name, text, message) => {
    const db = singleRecordDb(tempDir('loki-osv-db-'), { ecosystem: 'npm', name: 'foo', version: '1.1.0' });
    const repo = makeRepo({ 'package-lock.json': npmLock({ ms: '2.1.3' }) }, { 'package-lock.json': text });
    const outcome = await runProbe(repo, { options: { osvDb: db } });
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toMatch(message);
  });

  it('an include that is not in the repository is an error naming the line, not a silent skip', async () => {
    const repo = makeRepo({ 'requirements.txt': 'flask==2.3.3\n' }, { 'requirements.txt': 'flask==2.3.3\n-r missing.txt\n' });
    const outcome = await runProbe(repo, { options: { osvDb: singleRecordDb(tempDir('loki-osv-db-'), { ecosystem: 'PyPI', name: 'flask', version: '2.3.3' }) } });
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toContain('requirements.txt does not parse: line 2: includes missing.txt, which is not in the repository');
  });

  it('a change that adds no package version asks no one: a pass even with OSV unreachable and no database', async () => {
    const repo = makeRepo({ 'package-lock.json': npmLock({ ms: '2.1.3', foo: '1.1.0' }) }, { 'package-lock.json': npmLock({ ms: '2.1.3' }) });
    const outcome = await runProbe(repo, { options: { osvUrl: await deadUrl() } });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('1 lockfile changed, 0 package versions introduced; no known vulnerabilities');
    expect(outcome.details).toMatchObject({ packages_checked: 0 });
  });
});
