// Code that runs inside the PR's own Node processes to collect one machine-readable report per runner
// invocation, without touching the command line the user wrote. Every function here is written to a
// file from its source text (see hooks.ts), so each must be self-contained: no imports (not even
// dynamic ones, which a test transform would rewrite), nothing outside its own body; what it needs
// from node comes in as parameters.

type Fs = Pick<typeof import('node:fs'), 'realpathSync' | 'appendFileSync' | 'writeFileSync'> & Pick<typeof import('node:module'), 'createRequire'>;

/**
 * The `--import` preload (NODE_OPTIONS) for every Node process of the test command. When the process
 * is a runner's CLI (vitest, jest, mocha, ava), it adds that runner's own report options to
 * `process.argv` before the CLI reads it, writing to a file of its own under `reportDir`.
 */
export function injectReporters(reportDir: string, mochaReporter: string, fs: Fs): void {
  const { realpathSync, appendFileSync } = fs;
  const script = process.argv[1];
  if (!script) return;
  let real: string;
  try {
    real = realpathSync(script).replaceAll('\\', '/');
  } catch {
    return;
  }
  const args = process.argv.slice(2);
  // A runner that re-executes itself (mocha with node flags) keeps the options already added.
  if (args.some((arg) => arg.includes(reportDir))) return;
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const has = (...flags: string[]): boolean => args.some((arg) => flags.some((f) => arg === f || arg.startsWith(`${f}=`)));
  // Options go before a `--` that ends the runner's own options.
  const add = (...extra: string[]): void => {
    const end = process.argv.indexOf('--', 2);
    process.argv.splice(end < 0 ? process.argv.length : end, 0, ...extra);
  };
  if (/\/vitest\/(?:vitest\.mjs|dist\/cli(?:\.js|\.mjs))$/.test(real)) {
    const command = args.find((arg) => !arg.startsWith('-'));
    if (command && ['bench', 'list', 'init'].includes(command)) return;
    add(...(has('--reporter') ? [] : ['--reporter=default']), '--reporter=json', `--outputFile.json=${reportDir}/vitest-${unique}.json`);
  } else if (/\/jest(?:-cli)?\/bin\/jest\.js$/.test(real)) {
    if (has('--json', '--outputFile', '--listTests', '--showConfig', '--watch', '--watchAll')) return;
    add('--json', `--outputFile=${reportDir}/jest-${unique}.json`, '--testLocationInResults');
  } else if (/\/mocha\/(?:bin\/_?mocha(?:\.js)?|lib\/cli\/cli\.js)$/.test(real)) {
    // Mocha has one reporter: ours, which also drives the one the user asked for: on the command line,
    // else in .mocharc / package.json (read with mocha's own loader), else spec.
    let inner = 'spec';
    try {
      const options = fs.createRequire(real)('mocha/lib/cli/options.js') as { loadOptions(argv: string[]): { reporter?: unknown } };
      const configured = options.loadOptions(process.argv.slice(2)).reporter;
      if (typeof configured === 'string' && configured) inner = configured;
    } catch {
      // An older or unusual mocha: spec.
    }
    for (let i = 2; i < process.argv.length; i++) {
      const arg = process.argv[i]!;
      if (arg === '--') break;
      const joined = /^(?:--reporter|-R)=(.+)$/.exec(arg);
      if (joined || arg === '--reporter' || arg === '-R') {
        inner = joined ? joined[1]! : (process.argv[i + 1] ?? inner);
        process.argv.splice(i, joined ? 1 : 2);
        i--;
      }
    }
    add(`--reporter=${mochaReporter}`, `--reporter-option=lokiInner=${inner}`, `--reporter-option=lokiOutput=${reportDir}/mocha-${unique}.json`);
  } else if (/\/ava\/(?:entrypoints\/cli\.mjs|cli\.js)$/.test(real)) {
    // ava has no report file: it prints TAP, which is kept as it is printed.
    if (!has('--tap', '-t')) add('--tap');
    const file = `${reportDir}/ava-${unique}.tap`;
    const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      try {
        appendFileSync(file, typeof chunk === 'string' ? chunk : (chunk as Uint8Array));
      } catch {
        // The report is best effort; the user's output is not.
      }
      return write(chunk, ...rest);
    }) as typeof process.stdout.write;
  }
}

interface NodeTestEvent {
  type: string;
  data: {
    name: string;
    nesting: number;
    file?: string;
    line?: number;
    skip?: unknown;
    todo?: unknown;
    details?: { type?: string; error?: { message?: string; stack?: string; cause?: unknown } };
  };
}

/**
 * The body of a node:test reporter (`--test-reporter` in NODE_OPTIONS): reads the event stream, prints
 * nothing, and writes the leaf tests' results with their file, line and failure message to a file of its own.
 */
export async function nodeTestReport(source: AsyncIterable<NodeTestEvent>, reportDir: string, fs: Fs): Promise<void> {
  const { writeFileSync } = fs;
  const report = { runner: 'node:test', passed: 0, failed: 0, skipped: 0, failures: [] as Array<Record<string, unknown>> };
  // Per file, the names of the open tests by nesting level, and whether each has subtests.
  const open = new Map<string, Array<{ name: string; parent: boolean }>>();
  for await (const event of source) {
    const { type, data } = event;
    if (!['test:start', 'test:pass', 'test:fail'].includes(type)) continue;
    const stack = open.get(data.file ?? '') ?? [];
    open.set(data.file ?? '', stack);
    if (type === 'test:start') {
      stack.length = data.nesting;
      if (data.nesting > 0 && stack[data.nesting - 1]) stack[data.nesting - 1]!.parent = true;
      stack[data.nesting] = { name: data.name, parent: false };
      continue;
    }
    if (data.details?.type === 'suite') continue;
    // node reports each test file as a point named after the file: one that loaded is not a test,
    // one that failed is a file that could not run.
    const filePoint = data.nesting === 0 && data.file !== undefined && (data.name === data.file || data.file.endsWith(`/${data.name}`));
    if (filePoint && type === 'test:pass') continue;
    const entry = stack[data.nesting];
    const path = [...stack.slice(0, data.nesting).map((s) => s?.name ?? ''), data.name];
    if (type === 'test:pass') {
      if (entry?.parent) continue;
      if (data.skip !== undefined || data.todo !== undefined) report.skipped++;
      else report.passed++;
      continue;
    }
    const error = data.details?.error;
    const cause = (error?.cause ?? error) as { message?: string; stack?: string } | undefined;
    // A parent whose subtests failed adds nothing; one that failed on its own does.
    if (entry?.parent && /subtest/i.test(error?.message ?? '')) continue;
    report.failed++;
    report.failures.push({
      name: path.join(' > '),
      titlePath: path,
      file: data.file,
      declaredLine: data.line,
      message: typeof cause === 'object' && cause ? String(cause.message ?? '') : String(cause ?? ''),
      stack: typeof cause === 'object' && cause ? String(cause.stack ?? '') : '',
      loadError: filePoint,
    });
  }
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  writeFileSync(`${reportDir}/node-test-${unique}.json`, JSON.stringify(report));
}

interface MochaTest {
  title: string;
  file?: string;
  type?: string;
  titlePath(): string[];
}
interface MochaRunner {
  on(event: string, listener: (test: MochaTest, error?: { message?: string; stack?: string }) => void): void;
}

/**
 * Mocha reporter (CommonJS, loaded by path): runs the reporter the user asked for and writes the
 * results with each failing test's file and stack.
 */
export function mochaReport(
  runner: MochaRunner,
  options: { reporterOption?: Record<string, string>; reporterOptions?: Record<string, string> },
  nodeRequire: NodeJS.Require,
): void {
  const settings = options.reporterOption ?? options.reporterOptions ?? {};
  const { createRequire } = nodeRequire('node:module') as typeof import('node:module');
  const { realpathSync, writeFileSync } = nodeRequire('node:fs') as typeof import('node:fs');
  const mocha = createRequire(realpathSync(process.argv[1]!))('mocha') as { reporters: Record<string, new (r: MochaRunner, o: unknown) => unknown> };
  const Inner = mocha.reporters[settings.lokiInner ?? 'spec'] ?? (settings.lokiInner ? createRequire(`${process.cwd()}/`)(settings.lokiInner) : mocha.reporters.spec);
  new (Inner as new (r: MochaRunner, o: unknown) => unknown)(runner, options);
  const report = { runner: 'mocha', passed: 0, failed: 0, skipped: 0, failures: [] as Array<Record<string, unknown>> };
  runner.on('pass', () => report.passed++);
  runner.on('pending', () => report.skipped++);
  runner.on('fail', (test, error) => {
    report.failed++;
    report.failures.push({ name: test.titlePath().join(' '), titlePath: test.titlePath(), file: test.file, message: error?.message ?? '', stack: error?.stack ?? '', hook: test.type === 'hook' });
  });
  runner.on('end', () => {
    if (settings.lokiOutput) writeFileSync(settings.lokiOutput, JSON.stringify(report));
  });
}
