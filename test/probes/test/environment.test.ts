// The line between the environment's failure (inconclusive, with cause and fix) and the PR's (blocking),
// drawn from the runners' and tools' own messages (docs/test.md).
import { describe, expect, it } from 'vitest';
import { environmentProblem, isNetworkMessage, missingBrowser, type EnvironmentFacts } from '../../../src/probes/environment.js';

function facts(output: string, exitCode: number | null, extra: Partial<EnvironmentFacts> = {}): EnvironmentFacts {
  return { output, exitCode, install: { node: 'npm ci', python: 'pip install -r requirements.txt' }, nodeModulesMissing: false, declaredPackages: new Set(['vitest', 'typescript']), localNames: new Set(['src', 'calc.py', 'tests']), ...extra };
}

describe('environmentProblem: environment failures', () => {
  it('pytest not installed; a plugin from addopts not installed (exit 4), naming the plugin and the command', () => {
    expect(environmentProblem(facts('/usr/bin/python3: No module named pytest\n', 1))).toEqual({ cause: 'pytest is not installed', fix: 'run `pip install -r requirements.txt` (or `pip install pytest`) before the gate' });
    const usage = 'ERROR: usage: pytest [options] [file_or_dir] [file_or_dir] [...]\npytest: error: unrecognized arguments: --cov=calc --cov-report=term -n 4\n  inifile: /repo/pyproject.toml\n';
    expect(environmentProblem(facts(usage, 4))).toEqual({
      cause: 'pytest does not know --cov=calc --cov-report=term -n 4 (from addopts or the command): pytest-cov, pytest-xdist is not installed',
      fix: 'run `pip install pytest-cov pytest-xdist` or `pip install -r requirements.txt` before the gate',
    });
  });

  it('a python module that is not the repository’s own is not installed', () => {
    expect(environmentProblem(facts("E   ModuleNotFoundError: No module named 'requests'\n", 2))?.cause).toBe('python module requests is not installed');
    // The repository's own module missing is the PR's problem.
    expect(environmentProblem(facts("E   ModuleNotFoundError: No module named 'calc'\n", 2))).toBeUndefined();
  });

  it('network unreachable: npm, cargo, pip, go', () => {
    expect(environmentProblem(facts('npm error code ENOTFOUND\nnpm error request to https://registry.npmjs.org/x failed\n', 1))?.cause).toMatch(/^network unreachable \(npm error code ENOTFOUND\)/);
    const cargo = 'error: failed to get `itoa` as a dependency of package `calc v0.1.0 (/repo)`\n\nCaused by:\n  download of config.json failed\n\nCaused by:\n  [6] Could not resolve hostname (Could not resolve host: index.crates.io)\n';
    expect(environmentProblem(facts(cargo, 101, { install: { rust: 'cargo fetch' } }))).toMatchObject({ cause: expect.stringMatching(/^network unreachable/), fix: expect.stringContaining('`cargo fetch`') });
    expect(environmentProblem(facts("WARNING: Retrying ... NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection>: Failed to establish a new connection')\n", 1))?.cause).toMatch(/network/);
    expect(environmentProblem(facts('go: downloading x\ndial tcp: lookup proxy.golang.org: no such host\n', 1))?.cause).toMatch(/network/);
  });

  it('command not found inside a script: from the dependencies (install command) or a tool to install', () => {
    expect(environmentProblem(facts('> vitest run\n\nsh: 1: vitest: not found\n', 127))).toEqual({ cause: 'command not found: vitest', fix: 'run `npm ci` before the gate' });
    expect(environmentProblem(facts('make: protoc: Command not found\n', 2))?.cause).toBe('command not found: protoc');
    expect(environmentProblem(facts('packages/a test: sh: 1: vitest: not found\n', 1))?.cause).toBe('command not found: vitest');
    // An application's own log line is not a shell's.
    expect(environmentProblem(facts('GET /api/user: not found\n', 1))).toBeUndefined();
    expect(environmentProblem(facts('/bin/sh: line 1: protoc: command not found\nmake: *** [build] Error 127\n', 2))).toMatchObject({ cause: 'command not found: protoc', fix: expect.stringMatching(/^install protoc/) });
  });

  it('node dependencies not installed; a declared package missing; a runner that found no tests', () => {
    expect(environmentProblem(facts("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'vitest' imported from /repo/vitest.config.ts\n", 1, { nodeModulesMissing: true }))).toEqual({ cause: 'dependencies are not installed (no node_modules)', fix: 'run `npm ci` before the gate' });
    expect(environmentProblem(facts("Error: Cannot find module 'typescript/lib/tsc.js'\n", 1))?.cause).toBe('declared dependency typescript is not installed');
    expect(environmentProblem(facts('Usage Error: The project in /repo/package.json doesn\'t seem to have been installed - running an install there might help\n', 1, { install: { node: 'yarn install --immutable' } }))?.fix).toBe('run `yarn install --immutable` before the gate');
    expect(environmentProblem(facts('No tests found, exiting with code 1\nRun with `--passWithNoTests` to exit with code 0\n', 1))?.cause).toMatch(/found no test files/);
    // Seen on unjs/ufo: `pnpm lint` inside the test script, pnpm switching to the pinned version.
    const pinned = ' ERROR  Refusing to run pnpm@10.28.0: its npm registry signature could not be verified (pnpm@10.28.0: pnpm@10.28.0 has no registry signature on https://registry.npmjs.org/).\n ELIFECYCLE  Test failed. See above for more details.\n';
    expect(environmentProblem(facts(pinned, 1))).toEqual({ cause: 'the package manager version the repository pins (pnpm@10.28.0) could not be fetched or verified', fix: 'install pnpm@10.28.0 on the machine (or `corepack enable`) before the gate' });
    expect(environmentProblem(facts('Usage Error: This project is configured to use yarn because /repo/package.json has a "packageManager" field\n', 1))?.cause).toMatch(/uses \(yarn\)/);
  });
});

describe('missingBrowser: the browser a test drives is not installed', () => {
  it('Playwright (Node and Python), Puppeteer, Cypress, Selenium, each with its own install command', () => {
    const playwright = "Error: browserType.launch: Executable doesn't exist at /root/.cache/ms-playwright/firefox-1466/firefox/firefox\n╔════╗\n║ Looks like Playwright Test or Playwright was just installed or updated. ║\n║ Please run the following command to download new browsers:              ║\n║     npx playwright install                                              ║\n╚════╝\n";
    expect(missingBrowser(playwright)).toEqual({ cause: "Playwright browsers are not installed (Executable doesn't exist at /root/.cache/ms-playwright/firefox-1466/firefox/firefox)", fix: 'run `npx playwright install --with-deps` before the gate' });
    // ava's TAP wraps the error in its formatting: only what matched is shown.
    expect(missingBrowser("Rejected promise returned by test. Reason: Error {\n  message: `browserType.launch: Executable doesn't exist at ~/.cache/ms-playwright/chromium_headless_shell-1255/chrome-linux/headless_shell␊")?.cause).toBe("Playwright browsers are not installed (Executable doesn't exist at ~/.cache/ms-playwright/chromium_headless_shell-1255/chrome-linux/headless_shell)");
    expect(missingBrowser('║ Looks like Playwright was just installed or updated. ║\n║     playwright install ║\n')?.fix).toBe('run `playwright install --with-deps` before the gate');
    expect(missingBrowser('Host system is missing dependencies to run browsers. Missing libraries: libgtk-3.so.0')?.fix).toContain('npx playwright install-deps');
    expect(missingBrowser('Error: Could not find Chrome (ver. 131.0.6778.204). This can occur if either\n 1. you did not perform an installation before running the script (e.g. `npx puppeteer browsers install chrome`) or')).toMatchObject({ cause: expect.stringMatching(/^the browser Puppeteer drives is not installed \(Could not find Chrome \(ver\. 131\.0\.6778\.204\)\)$/), fix: expect.stringContaining('npx puppeteer browsers install chrome') });
    expect(missingBrowser('Error: Browser was not found at the configured executablePath (/usr/bin/chromium)')?.cause).toMatch(/Puppeteer/);
    expect(missingBrowser('The cypress npm package is installed, but the Cypress binary is missing.\n\nWe expected the binary to be installed here: /root/.cache/Cypress/13.6.0/Cypress/Cypress')?.fix).toContain('npx cypress install');
    expect(missingBrowser('Cypress verification timed out.\n\nThis command failed with the following output:')?.cause).toMatch(/^Cypress cannot start/);
    expect(missingBrowser("selenium.common.exceptions.WebDriverException: Message: 'chromedriver' executable needs to be in PATH.")?.cause).toMatch(/Selenium/);
    expect(missingBrowser('SessionNotCreatedError: session not created: This version of ChromeDriver only supports Chrome version 114')?.cause).toMatch(/does not match/);
  });

  it('is a cause of a failed run, never of a green one; ordinary failures and mentions are not', () => {
    const facts0 = (output: string, exitCode: number): EnvironmentFacts => ({ output, exitCode, install: {}, nodeModulesMissing: false, declaredPackages: new Set(), localNames: new Set() });
    expect(environmentProblem(facts0("browserType.launch: Executable doesn't exist at /ms-playwright/chromium/chrome\n 46 tests failed\n", 1))?.cause).toMatch(/^Playwright browsers are not installed/);
    expect(environmentProblem(facts0("browserType.launch: Executable doesn't exist at /ms-playwright/chromium/chrome\n", 0))).toBeUndefined();
    expect(missingBrowser("Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/\nexpect(received).toBe(expected)")).toBeUndefined();
    expect(missingBrowser('AssertionError: expected the chrome browser to be installed')).toBeUndefined();
    expect(missingBrowser(undefined)).toBeUndefined();
  });
});

describe('environmentProblem: the PR’s failures stay the PR’s', () => {
  it('a success, a compile error, a missing relative module, an undeclared package, a crash', () => {
    expect(environmentProblem(facts('sh: 1: x: not found', 0))).toBeUndefined();
    expect(environmentProblem(facts("src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.\n", 2))).toBeUndefined();
    expect(environmentProblem(facts("Error: Cannot find module './gone.js'\n", 1))).toBeUndefined();
    expect(environmentProblem(facts("Error: Cannot find module 'left-pad'\n", 1))).toBeUndefined();
    expect(environmentProblem(facts('Segmentation fault (core dumped)\n', 139))).toBeUndefined();
    // pytest exit 4 for another reason than a missing plugin stays red: a broken conftest is the PR's.
    expect(environmentProblem(facts("ImportError while loading conftest '/repo/tests/conftest.py'.\nE   SyntaxError: invalid syntax\n", 4))).toBeUndefined();
  });

  it('network messages are recognised only as network failures', () => {
    expect(isNetworkMessage('Error: getaddrinfo ENOTFOUND api.example.com')).toBe(true);
    expect(isNetworkMessage('connect ETIMEDOUT 10.0.0.1:443')).toBe(true);
    expect(isNetworkMessage('expected 2 to be 3')).toBe(false);
    expect(isNetworkMessage('connect ECONNREFUSED 127.0.0.1:3000')).toBe(false);
    expect(isNetworkMessage(undefined)).toBe(false);
  });
});
