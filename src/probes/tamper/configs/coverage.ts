// Pure: coverage thresholds as settings (threshold-lowered): vitest, jest, c8, nyc, coverage.py
// `fail_under` and pytest-cov `--cov-fail-under`.
import type { ConfigDocument, ConfigObject, ConfigValue } from './document.js';
import { iniSection } from './python-sections.js';
import { dirOf, type Setting } from './settings.js';
import { at, booleanOf, isObject, lineIn, numberOf, objectsWithKey } from './walk.js';

const METRICS = ['lines', 'functions', 'branches', 'statements'];
const NONE = { strength: 0, shown: 'none' };

/**
 * Strength of a threshold: a percentage p is 1 + p; a negative jest threshold -n (at most n uncovered)
 * is 1 / (1 + n), so allowing more uncovered entities is weaker and any threshold beats none.
 */
function strengthOf(value: number): number {
  return value >= 0 ? 1 + value : 1 / (1 - value);
}

export function coverageSettings(path: string, document: ConfigDocument): Setting[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dir = dirOf(path);
  const out: Setting[] = [];
  const threshold = (tool: string, scope: string, metric: string, value: number, line: number | undefined): void => {
    out.push({
      rule: 'threshold-lowered',
      id: `${dir}|${tool}|${scope}|${metric}`,
      label: `${tool} coverage threshold \`${metric}\`${scope ? ` for ${scope}` : ''}`,
      strength: strengthOf(value),
      shown: String(value),
      absent: NONE,
      file: path,
      ...(line === undefined ? {} : { line }),
    });
  };
  const flag = (tool: string, key: string, value: boolean, line: number | undefined): void => {
    out.push({
      rule: 'threshold-lowered',
      id: `${dir}|${tool}||${key}`,
      label: `${tool} \`${key}\``,
      strength: value ? 1 : 0,
      shown: String(value),
      absent: { strength: 0, shown: 'unset' },
      file: path,
      ...(line === undefined ? {} : { line }),
    });
  };
  /** Metric keys of one object (`{ lines: 80, branches: 70, 100: true }`). */
  const metrics = (tool: string, scope: string, owner: ConfigObject): void => {
    for (const metric of METRICS) {
      const value = numberOf(owner[metric]);
      if (value !== undefined) threshold(tool, scope, metric, value, lineIn(document, owner, metric));
    }
    if (booleanOf(owner['100']) !== undefined) flag(tool, '100', booleanOf(owner['100'])!, lineIn(document, owner, '100'));
  };

  if (document.format === 'ini') {
    for (const [section, key] of [['report', 'fail-under'], ['coverage:report', 'fail-under']] as const) {
      if (section === 'report' && name !== '.coveragerc') continue;
      const entry = iniSection(document, section)?.get(key);
      const value = entry ? numberOf(entry.value) : undefined;
      if (entry && value !== undefined) threshold('coverage.py', '', 'fail_under', value, entry.line);
    }
    for (const section of ['pytest', 'tool:pytest']) {
      const entry = iniSection(document, section)?.get('addopts');
      const value = entry ? covFailUnder(entry.value) : undefined;
      if (entry && value !== undefined) threshold('pytest-cov', '', '--cov-fail-under', value, entry.line);
    }
    return out;
  }

  const root = document.root;
  if (name === 'pyproject.toml') {
    const report = at(root, 'tool', 'coverage', 'report');
    const failUnder = isObject(report) ? numberOf(report['fail_under']) : undefined;
    if (isObject(report) && failUnder !== undefined) threshold('coverage.py', '', 'fail_under', failUnder, lineIn(document, report, 'fail_under'));
    const pytestTables: Array<ConfigValue | undefined> = [at(root, 'tool', 'pytest', 'ini_options'), at(root, 'tool', 'pytest')];
    for (const options of pytestTables) {
      if (!isObject(options)) continue;
      const addopts = options['addopts'];
      const value = covFailUnder(Array.isArray(addopts) ? addopts.filter((a) => typeof a === 'string').join(' ') : typeof addopts === 'string' ? addopts : '');
      if (value !== undefined) threshold('pytest-cov', '', '--cov-fail-under', value, lineIn(document, options, 'addopts'));
    }
    return out;
  }

  // vitest: `coverage.thresholds` (with per-glob objects), or the 0.x form with metrics on `coverage`.
  for (const { value: coverage } of objectsWithKey(root, 'coverage')) {
    if (!isObject(coverage)) continue;
    metrics('vitest', '', coverage);
    const thresholds = coverage['thresholds'];
    if (!isObject(thresholds)) continue;
    metrics('vitest', '', thresholds);
    if (booleanOf(thresholds['perFile']) !== undefined) flag('vitest', 'perFile', booleanOf(thresholds['perFile'])!, lineIn(document, thresholds, 'perFile'));
    for (const [glob, scoped] of Object.entries(thresholds)) if (isObject(scoped)) metrics('vitest', glob, scoped);
  }
  // jest: `coverageThreshold: { global: {...}, './src/': {...} }`.
  for (const { value: thresholds } of objectsWithKey(root, 'coverageThreshold')) {
    if (!isObject(thresholds)) continue;
    for (const [scope, scoped] of Object.entries(thresholds)) if (isObject(scoped)) metrics('jest', scope === 'global' ? '' : scope, scoped);
  }
  // c8 and nyc: their rc files, or their key in package.json.
  const tool = /^\.?c8rc/.test(name) ? 'c8' : /^(?:\.nycrc|nyc\.config\.)/.test(name) ? 'nyc' : undefined;
  const sections: Array<[string, ConfigValue | undefined]> = tool ? [[tool, root]] : name === 'package.json' ? [['c8', at(root, 'c8')], ['nyc', at(root, 'nyc')]] : [];
  for (const [owner, options] of sections) {
    if (!isObject(options)) continue;
    metrics(owner, '', options);
    for (const key of ['check-coverage', 'checkCoverage']) {
      const value = booleanOf(options[key]);
      if (value !== undefined) flag(owner, 'check-coverage', value, lineIn(document, options, key));
    }
  }
  return out;
}

/** The value of `--cov-fail-under=N` / `--cov-fail-under N` in a pytest command line. */
export function covFailUnder(commandLine: string): number | undefined {
  const match = /(?:^|\s)--cov-fail-under(?:=|\s+)["']?(\d+(?:\.\d+)?)/.exec(commandLine);
  return match ? Number(match[1]) : undefined;
}
