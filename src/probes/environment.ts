// Pure: whether a failed build or test command failed because of the machine it ran on (a tool or
// module not installed, a browser the tests drive not installed, no network, a runner usage error from
// a missing plugin) rather than the PR.
// Those are inconclusive with a cause and a fix, never a failure. Only the runners' and tools' own
// messages are read; a red test the runner names is never reclassified here (see docs/test.md).

export interface EnvironmentProblem {
  cause: string;
  fix: string;
}

export interface EnvironmentFacts {
  /** Interleaved output of the command, ANSI-free. */
  output: string;
  exitCode: number | null;
  /** The command that installs the repository's dependencies, per ecosystem. */
  install: { node?: string; python?: string; rust?: string; go?: string };
  /** A Node repository declares dependencies but has no node_modules. */
  nodeModulesMissing: boolean;
  /** Package names a package.json of the repository declares. */
  declaredPackages: ReadonlySet<string>;
  /** Top-level names of the repository (files and folders), to tell a local Python module from an installed one. */
  localNames: ReadonlySet<string>;
}

/** DNS failures, unreachable hosts and timeouts, as Node, npm, pip, cargo, curl and git print them. */
const NETWORK = [
  /\b(?:ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ESOCKETTIMEDOUT|ERR_SOCKET_CONNECTION_TIMEOUT)\b/,
  /getaddrinfo \w+/,
  /Could(?:n't| not) resolve host/i,
  /Temporary failure in name resolution/,
  /Name or service not known/,
  /Network is unreachable/i,
  /\bfailed to (?:download|fetch|query replaced source registry|get `[^`]+` as a dependency)\b/,
  /Unable to update registry/,
  /spurious network error/,
  /Failed to establish a new connection|NewConnectionError|Max retries exceeded with url/,
  /dial tcp: lookup [^\s]+/,
];

/** Plugins that provide pytest options people put in `addopts`. */
const PYTEST_PLUGINS: Array<[RegExp, string]> = [
  [/^--cov\b|^--no-cov\b/, 'pytest-cov'],
  [/^-n$|^--numprocesses\b|^--dist\b/, 'pytest-xdist'],
  [/^--timeout\b/, 'pytest-timeout'],
  [/^--reruns\b/, 'pytest-rerunfailures'],
  [/^--benchmark/, 'pytest-benchmark'],
  [/^--asyncio-mode\b/, 'pytest-asyncio'],
  [/^--html\b/, 'pytest-html'],
  [/^--mypy\b/, 'pytest-mypy'],
  [/^--snapshot-update\b/, 'syrupy'],
  [/^--randomly/, 'pytest-randomly'],
  [/^--ds\b|^--django/, 'pytest-django'],
  [/^--doctest-plus\b/, 'pytest-doctestplus'],
  [/^--mpl\b/, 'pytest-mpl'],
];

function firstLine(output: string, re: RegExp): string | undefined {
  return output.split('\n').find((line) => re.test(line))?.trim();
}

function installFix(command: string | undefined, fallback: string): string {
  return command ? `run \`${command}\` before the gate` : fallback;
}

function networkProblem(facts: EnvironmentFacts): EnvironmentProblem | undefined {
  const pattern = NETWORK.find((re) => re.test(facts.output));
  if (!pattern) return undefined;
  const line = firstLine(facts.output, pattern) ?? 'network error';
  const prefetch = facts.install.rust ?? facts.install.node ?? facts.install.python ?? facts.install.go;
  return {
    cause: `network unreachable (${line.slice(0, 200)})`,
    fix: `run the gate where the registry is reachable, or install and fetch dependencies first${prefetch ? ` (\`${prefetch}\`)` : ''}`,
  };
}

function pythonProblem(facts: EnvironmentFacts): EnvironmentProblem | undefined {
  const { output, exitCode, install } = facts;
  if (/No module named '?pytest'?\s*$/m.test(output)) {
    return { cause: 'pytest is not installed', fix: install.python ? `run \`${install.python}\` (or \`pip install pytest\`) before the gate` : 'run `pip install pytest` before the gate' };
  }
  if (exitCode === 4) {
    const unrecognized = /error: unrecognized arguments: (.+)$/m.exec(output);
    if (unrecognized) {
      const options = unrecognized[1]!.trim().split(/\s+/);
      const plugins = [...new Set(options.flatMap((o) => PYTEST_PLUGINS.filter(([re]) => re.test(o)).map(([, p]) => p)))];
      const needed = plugins.length ? plugins.join(', ') : 'the plugin that provides it';
      return {
        cause: `pytest does not know ${options.join(' ')} (from addopts or the command): ${needed} is not installed`,
        fix: plugins.length
          ? `run \`pip install ${plugins.join(' ')}\`${install.python ? ` or \`${install.python}\`` : ''} before the gate`
          : installFix(install.python, 'install the pytest plugin that provides it before the gate'),
      };
    }
  }
  const missing = /(?:ModuleNotFoundError|ImportError): No module named '([\w.]+)'/.exec(output);
  const top = missing?.[1]!.split('.')[0];
  if (top && !facts.localNames.has(top) && !facts.localNames.has(`${top}.py`)) {
    return { cause: `python module ${top} is not installed`, fix: installFix(install.python, `install ${top} (pip) before the gate`) };
  }
  return undefined;
}

function nodeProblem(facts: EnvironmentFacts): EnvironmentProblem | undefined {
  const { output, install } = facts;
  if (/doesn't seem to have been installed|doesn't seem to be present in your lockfile|This project isn't installed|Local package\.json exists, but node_modules missing|Cannot find module '[^']*\.pnp\.c?js'/.test(output)) {
    return { cause: 'dependencies are not installed', fix: installFix(install.node, 'install dependencies before the gate') };
  }
  const missing = /Cannot find (?:package|module) '((?:@[\w.-]+\/)?[\w.-]+)[^']*'/.exec(output);
  if (missing && !missing[1]!.startsWith('.') && (facts.nodeModulesMissing || facts.declaredPackages.has(missing[1]!))) {
    const cause = facts.nodeModulesMissing ? 'dependencies are not installed (no node_modules)' : `declared dependency ${missing[1]} is not installed`;
    return { cause, fix: installFix(install.node, 'install dependencies before the gate') };
  }
  const pinned = /Refusing to run ((?:pnpm|yarn|npm)@[\w.+-]+)|This project is configured to use (\w+)/.exec(output);
  if (pinned) {
    return pinned[1]
      ? { cause: `the package manager version the repository pins (${pinned[1]}) could not be fetched or verified`, fix: `install ${pinned[1]} on the machine (or \`corepack enable\`) before the gate` }
      : { cause: `another package manager is installed than the one the repository uses (${pinned[2]})`, fix: `install ${pinned[2]} (or \`corepack enable\`) before the gate` };
  }
  const noTests = firstLine(output, /No tests found, exiting with code 1|No test files found, exiting with code 1/);
  if (noTests) {
    return { cause: `the runner found no test files (${noTests})`, fix: 'check the test pattern and the runner config (testMatch, include), or pass --passWithNoTests for packages without tests' };
  }
  return undefined;
}

/**
 * A browser that browser tests drive is not installed (or cannot start for want of system libraries), as
 * Playwright, Puppeteer, Cypress and Selenium word it. Each names the tool's own install command.
 */
const MISSING_BROWSER: Array<{ re: RegExp; tool: string; fix: (text: string) => string }> = [
  { re: /Executable doesn't exist at \S+|Looks like Playwright(?: Test or Playwright)? was just installed or updated|Please run the following command to download new browsers/, tool: 'Playwright browsers are not installed', fix: playwrightFix },
  { re: /Host system is missing dependencies to run browsers/, tool: 'the system libraries Playwright browsers need are not installed', fix: (text) => `run \`${playwrightCli(text)} install-deps\` (or \`${playwrightCli(text)} install --with-deps\`) before the gate` },
  { re: /Could not find (?:Chrome|Chromium|Firefox|chrome-headless-shell) \(ver\. [\w.]+\)?|Could not find Chromium|Browser was not found at the configured executablePath/, tool: 'the browser Puppeteer drives is not installed', fix: () => 'run `npx puppeteer browsers install chrome` before the gate (or set `executablePath` to an installed browser)' },
  { re: /The cypress npm package is installed, but the Cypress binary is missing|No version of Cypress is installed in/, tool: 'the Cypress binary is not installed', fix: () => 'run `npx cypress install` before the gate' },
  { re: /Cypress verification timed out|Your system is missing the dependency: \w+/, tool: 'Cypress cannot start on this machine (verification failed or a system dependency such as Xvfb is missing)', fix: () => 'install the system dependencies Cypress lists (Xvfb and its libraries), then run `npx cypress verify` before the gate' },
  {
    re: /(?:'|")?(?:chromedriver|geckodriver|msedgedriver)(?:'|")? executable needs to be in PATH|Unable to (?:obtain|locate) (?:browser )?driver|The (?:ChromeDriver|chromedriver) could not be found|cannot find (?:Chrome|Firefox) binary|This version of ChromeDriver only supports Chrome version|no such file or directory, open '[^']*chromedriver[^']*'/i,
    tool: 'the browser or WebDriver (chromedriver, geckodriver) Selenium drives is not installed or does not match',
    fix: () => 'install the browser and its matching driver on PATH before the gate (or let Selenium Manager fetch them where the network allows)',
  },
];

/** How the output asks for Playwright's own CLI: `npx playwright` for Node, `playwright` for Python. */
function playwrightCli(text: string): string {
  return /npx playwright install|node_modules[\\/](?:playwright|@playwright)/.test(text) || !/(?:^|\s)(?:python -m )?playwright install/m.test(text) ? 'npx playwright' : 'playwright';
}

function playwrightFix(text: string): string {
  return `run \`${playwrightCli(text)} install --with-deps\` before the gate`;
}

/** Whether a text (a run's output, or one failing test's error) shows a browser the tests drive is missing. */
export function missingBrowser(text: string | undefined): EnvironmentProblem | undefined {
  if (!text) return undefined;
  for (const { re, tool, fix } of MISSING_BROWSER) {
    // What matched, not its whole line: reporters wrap the error (`message: \`…␊`, box borders).
    const match = re.exec(text);
    if (match) return { cause: `${tool} (${match[0].replace(/[\s␊`'",;\]║]+$/, '').slice(0, 200)})`, fix: fix(text) };
  }
  return undefined;
}

/** How shells, make and env say a program does not exist (only these: an app's own "x: not found" log line is not one). */
const NOT_FOUND = [
  // A workspace runner may prefix the line with the package (`packages/a test: sh: 1: vitest: not found`).
  /(?:^|\s)(?:\/(?:usr\/)?bin\/)?(?:ba|da|z)?sh(?:: \d+)?: (?:line \d+: )?([\w@./+-]+): (?:command )?not found\s*$/m,
  /^([\w@./+-]+): command not found\s*$/m,
  /^make(?:\[\d+\])?: ([\w@./+-]+): (?:Command not found|No such file or directory)\s*$/m,
  /^env: ['‘]?([\w@./+-]+?)['’]?: No such file or directory\s*$/m,
];

function commandNotFound(facts: EnvironmentFacts): EnvironmentProblem | undefined {
  const match = NOT_FOUND.map((re) => re.exec(facts.output)).find(Boolean);
  const tool = match?.[1] ?? (facts.exitCode === 127 ? 'a command' : undefined);
  if (!tool) return undefined;
  const fromDependencies = facts.nodeModulesMissing || facts.declaredPackages.has(tool);
  return {
    cause: `command not found: ${tool}`,
    fix: fromDependencies ? installFix(facts.install.node, 'install dependencies before the gate') : `install ${tool} (or put it on PATH) before the gate${facts.install.node ? `; if it comes with the dependencies, run \`${facts.install.node}\`` : ''}`,
  };
}

/** Why a failed command failed because of the environment, or undefined when the failure is the PR's. */
export function environmentProblem(facts: EnvironmentFacts): EnvironmentProblem | undefined {
  if (facts.exitCode === 0) return undefined;
  return pythonProblem(facts) ?? nodeProblem(facts) ?? commandNotFound(facts) ?? missingBrowser(facts.output) ?? networkProblem(facts);
}

/** Whether a failing test's message is only a network failure (DNS, unreachable host, timeout). */
export function isNetworkMessage(message: string | undefined): boolean {
  return message !== undefined && NETWORK.slice(0, 6).some((re) => re.test(message));
}
