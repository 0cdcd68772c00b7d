#!/usr/bin/env node
// Dependencies probe benchmark (needs `npx tsc -p tsconfig.json` first: it runs the compiled lib/).
// 1. Parse and diff two generated package-lock.json (v3) of 5,000 packages each, then two pnpm-lock.yaml (v9)
//    of the same size: median of several runs, target under 300 ms per pair.
// 2. Run the probe's whole pipeline on the package-lock pair against a loopback OSV API and count
//    POST /v1/querybatch requests: one per 1,000 package versions looked up.
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const LIB = resolve(import.meta.dirname, '../lib/src/probes/dependencies');
const load = (path) => import(pathToFileURL(join(LIB, path)).href);
const { LOCKFILE_FORMATS } = await load('lockfiles/index.js');
const { diffPackages } = await load('diff.js');
const { checkLockfiles } = await load('check.js');
const { createOsvClient } = await load('osv/client.js');

const PACKAGES = Number(process.env.BENCH_PACKAGES ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// The change: 30% of packages move to a new version, 10% are replaced by new packages.
const CHANGED = Math.floor(PACKAGES * 0.3);
const REPLACED = Math.floor(PACKAGES * 0.1);

/** name -> version for the merge-base and HEAD sides. */
function sides() {
  const base = new Map();
  const head = new Map();
  for (let i = 0; i < PACKAGES; i++) {
    const name = i % 10 === 0 ? `@scope${i % 7}/pkg-${i}` : `pkg-${i}`;
    base.set(name, `${1 + (i % 5)}.${i % 40}.${i % 13}`);
  }
  let i = 0;
  for (const [name, version] of base) {
    if (i < CHANGED) head.set(name, version.replace(/\.(\d+)$/, (_, patch) => `.${Number(patch) + 1}`));
    else if (i < CHANGED + REPLACED) head.set(`new-${name.replace(/[@/]/g, '')}`, '0.1.0');
    else head.set(name, version);
    i++;
  }
  return { base, head };
}

const integrity = 'sha512-' + 'A'.repeat(86) + '==';

function packageLock(packages) {
  const entries = { '': { name: 'bench', version: '1.0.0', dependencies: {} } };
  let i = 0;
  for (const [name, version] of packages) {
    const entry = { version, resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`, integrity, license: 'MIT' };
    if (i % 4 === 0) entry.dev = true;
    if (i % 3 === 0) entry.dependencies = { [`pkg-${(i + 1) % PACKAGES}`]: '^1.0.0' };
    entries[`node_modules/${name}`] = entry;
    if (i < 50) entries[''].dependencies[name] = `^${version}`;
    i++;
  }
  return JSON.stringify({ name: 'bench', version: '1.0.0', lockfileVersion: 3, requires: true, packages: entries }, null, 2) + '\n';
}

function pnpmLock(packages) {
  const names = [...packages.keys()];
  const key = (name) => `${name}@${packages.get(name)}`;
  const quote = (text) => (text.startsWith('@') ? `'${text}'` : text);
  let out = "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .:\n    dependencies:\n";
  for (const name of names.slice(0, 40)) out += `      ${quote(name)}:\n        specifier: ^${packages.get(name)}\n        version: ${packages.get(name)}\n`;
  out += '    devDependencies:\n';
  for (const name of names.slice(40, 60)) out += `      ${quote(name)}:\n        specifier: ^${packages.get(name)}\n        version: ${packages.get(name)}\n`;
  out += '\npackages:\n\n';
  for (const name of names) out += `  ${quote(key(name))}:\n    resolution: {integrity: ${integrity}}\n    engines: {node: '>=14'}\n\n`;
  out += 'snapshots:\n\n';
  names.forEach((name, i) => {
    const deps = [names[(i * 7 + 1) % names.length], names[(i * 13 + 2) % names.length]];
    out += `  ${quote(key(name))}:\n    dependencies:\n${deps.map((d) => `      ${quote(d)}: ${packages.get(d)}\n`).join('')}\n`;
  });
  return out;
}

const format = (id) => LOCKFILE_FORMATS.find((f) => f.id === id);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Wall time and CPU time (user + system) of `fn`, medians over RUNS after one warm-up run. CPU time is
 * printed too because wall time on a shared machine includes waiting for a core.
 */
function measure(fn) {
  let result = fn();
  const wall = [];
  const cpu = [];
  for (let run = 0; run < RUNS; run++) {
    const startCpu = process.cpuUsage();
    const started = performance.now();
    result = fn();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu), result };
}

function parseAndDiff(id, path, baseText, headText) {
  const reader = format(id);
  return measure(() => diffPackages(reader.parse(baseText, path), reader.parse(headText, path)));
}

/** A loopback OSV API that finds nothing and counts requests. */
async function emptyOsv() {
  const counts = { querybatch: 0, queries: 0, vulns: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/querybatch') {
        const { queries } = JSON.parse(body);
        counts.querybatch += 1;
        counts.queries += queries.length;
        res.writeHead(queries.length > 1000 ? 400 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ results: queries.map(() => ({})) }));
      } else {
        counts.vulns += 1;
        res.writeHead(404).end('{}');
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, counts, close: () => new Promise((r) => server.close(r)) };
}

const { base, head } = sides();
const npmBase = packageLock(base);
const npmHead = packageLock(head);
const pnpmBase = pnpmLock(base);
const pnpmHead = pnpmLock(head);
const kb = (text) => `${Math.round(text.length / 1024)} KiB`;

// The work is single-threaded, so CPU time is what it costs on an idle core; wall time adds any wait for one.
const figures = (m) => `${m.cpuMs.toFixed(1)} ms CPU, ${m.wallMs.toFixed(1)} ms wall (${m.cpuMs < 300 ? 'under' : 'OVER'} the 300 ms target)`;
console.log(`packages per lockfile: ${PACKAGES}; change: ${CHANGED} new versions, ${REPLACED} packages replaced; medians of ${RUNS} runs`);
const npm = parseAndDiff('package-lock', 'package-lock.json', npmBase, npmHead);
console.log(`package-lock.json v3 (${kb(npmBase)} + ${kb(npmHead)}): parse both + diff: ${figures(npm)}; introduced ${npm.result.introduced.length}, unchanged ${npm.result.unchanged.length}`);
const pnpmOne = measure(() => format('pnpm').parse(pnpmHead, 'pnpm-lock.yaml'));
console.log(`pnpm-lock.yaml v9 (${kb(pnpmHead)}): parse one: ${figures(pnpmOne)}`);
const pnpm = parseAndDiff('pnpm', 'pnpm-lock.yaml', pnpmBase, pnpmHead);
console.log(`pnpm-lock.yaml v9 (${kb(pnpmBase)} + ${kb(pnpmHead)}): parse both + diff: ${figures(pnpm)}; introduced ${pnpm.result.introduced.length}, unchanged ${pnpm.result.unchanged.length}`);

const osv = await emptyOsv();
try {
  const source = createOsvClient({ baseUrl: osv.url });
  const started = performance.now();
  const outcome = await checkLockfiles({
    lockfiles: [{ path: 'package-lock.json', format: format('package-lock'), baseText: npmBase, headText: npmHead }],
    unsupported: [],
    source,
    policy: { blockOn: 'high', waivers: [], now: new Date() },
    log: () => undefined,
  });
  const ms = performance.now() - started;
  const looked = outcome.details.packages_checked;
  const expected = Math.ceil(looked / 1000);
  console.log(
    `probe pipeline on the package-lock pair against a loopback OSV: ${ms.toFixed(0)} ms, status ${outcome.status}; ` +
      `${looked} package versions looked up (${npm.result.introduced.length} introduced; ${npm.result.unchanged.length} unchanged and ` +
      `${npm.result.replaced.length} replaced merge-base versions, to tell pre-existing vulnerabilities) in ${osv.counts.querybatch} querybatch requests (${osv.counts.queries} queries; ` +
      `${expected} expected at one per 1,000)${osv.counts.querybatch === expected ? '' : ' MISMATCH'}`,
  );
  if (osv.counts.querybatch !== expected) process.exitCode = 1;
} finally {
  await osv.close();
}
