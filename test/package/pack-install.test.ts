// The npm face as a user meets it: `npm pack` from a clean copy of the sources (prepack builds lib/),
// `npm install <tgz>` into an empty project (dependencies from the registry, through npm's cache), then
// the CLI through npx, a real run, `import('loki-verify')` and its types under tsc.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, PROJECT_ROOT } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

/** The budget for what `npm install loki-verify` pulls in. */
const MAX_NODE_MODULES_MB = 60;

/** npm's own scripts next to the node running the tests (npm_execpath when started by npm). */
const NPM_CLI = process.env.npm_execpath?.endsWith('npm-cli.js')
  ? process.env.npm_execpath
  : join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
const NPX_CLI = join(dirname(NPM_CLI), 'npx-cli.js');

function run(script: string, args: string[], cwd: string, env = cleanEnv()): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script, ...args], { cwd, env, encoding: 'utf8', timeout: 240_000 });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The sources as a fresh clone has them (tracked and new files, nothing gitignored such as lib/). */
function cleanCopy(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !file.startsWith('dist/') && existsSync(join(PROJECT_ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    writeFileSync(join(to, file), readFileSync(join(PROJECT_ROOT, file)));
  }
  // The build tools, not a dependency of the package: prepack compiles with the project's TypeScript.
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += lstatSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

let packed: string[];
let app: string;

beforeAll(() => {
  const work = tempDir('loki-verify-pack-');
  const source = join(work, 'source');
  cleanCopy(source);
  const pack = JSON.parse(ok(run(NPM_CLI, ['pack', '--json', '--pack-destination', work], source), 'npm pack')) as [
    { filename: string; files: { path: string }[] },
  ];
  packed = pack[0].files.map((f) => f.path);

  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2)}\n`);
  ok(run(NPM_CLI, ['install', join(work, pack[0].filename), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app), 'npm install <tgz>');
}, 300_000);

afterAll(cleanupTempDirs);

describe('the packed npm package', () => {
  it('ships the compiled CLI and library, schemas and docs, and no sources or tests', () => {
    expect(packed).toEqual(expect.arrayContaining(['bin/loki-verify.js', 'lib/src/cli.js', 'lib/src/index.js', 'lib/src/index.d.ts', 'schemas/evidence.schema.json', 'lib/schemas/evidence.schema.json', 'README.md', 'package.json']));
    expect(packed.filter((f) => f.startsWith('docs/')).length).toBeGreaterThan(0);
    expect(packed.filter((f) => /^(src|test|dist|bench|scripts)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it(`installs without the Action's libraries, under ${MAX_NODE_MODULES_MB} MB`, () => {
    const modules = join(app, 'node_modules');
    expect(existsSync(join(modules, '@actions'))).toBe(false);
    expect(sizeOf(modules) / 2 ** 20).toBeLessThan(MAX_NODE_MODULES_MB);
  });

  it('runs through npx: --help, and a real run on a repository', () => {
    const help = run(NPX_CLI, ['--no', '--', 'loki-verify', '--help'], app);
    expect(help.stdout).toContain('Usage: loki-verify [BASE] [options]');
    expect(help.status).toBe(0);

    const repo = TestRepo.init();
    repo.commit('base', { 'README.md': '# demo\n', 'src/add.js': 'export const add = (a, b) => a + b;\n' });
    repo.checkout('feature', true).commit('change', { 'src/add.js': 'export const add = (a, b) => a + b;\nexport const sub = (a, b) => a - b;\n' });
    const out = join(tempDir(), 'out');
    // npx resolves the installed bin from the project it runs in; the repository is given with --cwd.
    const verify = run(NPX_CLI, ['--no', '--', 'loki-verify', 'main', '--cwd', repo.dir, '--out', out, '--skip', 'dependencies'], app);
    expect(verify.stderr).toMatch(/^loki-verify \d+\.\d+\.\d+/);
    expect(verify.status, verify.stderr).not.toBe(3);
    const evidence = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')) as { diff: { files_changed: number }; verdict: string };
    expect(evidence.diff.files_changed).toBe(1);
    expect(evidence.verdict).not.toBe('ERROR');
    expect(existsSync(join(out, 'report.md'))).toBe(true);
  });

  it('imports as a library, with the schemas and package.json as subpaths', () => {
    const script = `
      const lib = await import('loki-verify');
      const pkg = await import('loki-verify/package.json', { with: { type: 'json' } });
      const schema = await import('loki-verify/schemas/evidence.schema.json', { with: { type: 'json' } });
      console.log(JSON.stringify({
        runGate: typeof lib.runGate, renderSarif: typeof lib.renderSarif, renderReport: typeof lib.renderReport,
        probes: lib.PROBES.map((p) => p.id), name: pkg.default.name, schema: typeof schema.default.$schema,
      }));`;
    const result = JSON.parse(ok(spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }), 'import')) as Record<string, unknown>;
    expect(result).toMatchObject({ runGate: 'function', renderSarif: 'function', renderReport: 'function', name: 'loki-verify', schema: 'string' });
    expect(result.probes).toEqual(expect.arrayContaining(['build', 'test', 'secrets']));
  });

  it('type-checks a consumer against the shipped declarations, their imports resolved (not `any`)', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { runGate, renderReport, renderSarif, type Evidence, type GateOptions, type Finding } from 'loki-verify';",
        "const options: GateOptions = { cwd: '.', only: ['secrets'] };",
        'const result = await runGate(options);',
        'const evidence: Evidence = result.evidence;',
        'const first: Finding | undefined = evidence.findings[0];',
        "const level: 'none' | 'note' | 'warning' | 'error' | undefined = renderSarif(evidence).runs[0]?.results?.[0]?.level;",
        'console.log(renderReport(evidence).length, first?.rule, level);',
        '// @ts-expect-error: the verdict is one of four words',
        "const wrong: Evidence['verdict'] = 'PASSED';",
        // With skipLibCheck, a declaration whose import does not resolve (types of a missing package) turns
        // into `any` silently: these would then compile, and the unused expectations fail the check.
        '// @ts-expect-error: SARIF types come from @types/sarif, a dependency',
        'const version: number = renderSarif(evidence).version;',
        '// @ts-expect-error: GateOptions is a real type',
        'const unknownOption: GateOptions = { frobnicate: true };',
        'console.log(wrong, version, unknownOption);',
        '',
      ].join('\n'),
    );
    const tsconfig = {
      compilerOptions: {
        // skipLibCheck as most projects set it: checking every dependency's declarations (TypeBox's) takes a minute.
        target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true,
        // @types/node, as a TypeScript project on Node has it, linked from the test's own tree alone: with
        // all of that tree's @types as a type root, a missing @types/sarif would go unnoticed.
        typeRoots: ['./types'], types: ['node'],
      },
      files: ['consumer.ts'],
    };
    mkdirSync(join(app, 'types'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules/@types/node'), join(app, 'types/node'), 'dir');
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = run(join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), ['-p', 'tsconfig.json'], app);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
