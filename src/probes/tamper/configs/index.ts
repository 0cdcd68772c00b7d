// Pure: which config files the tamper probe reads, and the settings each holds.
import { coverageSettings } from './coverage.js';
import { readConfig, type ConfigDocument } from './document.js';
import { eslintSettings, isEslintConfig } from './eslint.js';
import { pythonLintSettings } from './python-lint.js';
import type { Setting } from './settings.js';
import { isTsconfig, tsconfigSettings } from './tsconfig.js';
import { checkSteps, isWorkflow, type CheckStep } from './workflows.js';

const COVERAGE = /^(?:vite|vitest)\.(?:config|workspace)\.[cm]?[jt]s$|^vitest\.workspace\.(?:json|[cm]?[jt]s)$|^jest\.config\.(?:json|[cm]?[jt]s)$|^\.c8rc(?:\.json|\.ya?ml)?$|^\.nycrc(?:\.json|\.ya?ml)?$|^nyc\.config\.[cm]?js$|^\.coveragerc$|^pytest\.ini$/;
const SHARED = /^(?:package\.json|pyproject\.toml|setup\.cfg|tox\.ini)$/;
const PYTHON_LINT = /^(?:\.?ruff\.toml|\.flake8|\.?pylintrc|\.?mypy\.ini)$/;

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isConfigPath(path: string): boolean {
  const name = nameOf(path);
  return COVERAGE.test(name) || SHARED.test(name) || PYTHON_LINT.test(name) || isEslintConfig(name) || isTsconfig(name) || isWorkflow(path);
}

export interface ConfigFacts {
  settings: Setting[];
  steps: CheckStep[];
}

/** Settings of one version of a config file; `identity` is its head path (for renamed files). */
export function configFacts(path: string, identity: string, text: string): ConfigFacts {
  const name = nameOf(path);
  const document: ConfigDocument = readConfig(path, text);
  const settings: Setting[] = [];
  if (COVERAGE.test(name) || SHARED.test(name)) settings.push(...coverageSettings(path, document));
  if (isEslintConfig(name) || name === 'package.json') settings.push(...eslintSettings(path, document));
  if (isTsconfig(name)) settings.push(...tsconfigSettings(path, identity, document));
  if (PYTHON_LINT.test(name) || SHARED.test(name)) settings.push(...pythonLintSettings(path, document));
  const steps = isWorkflow(identity) ? checkSteps(path, identity, document) : [];
  return { settings, steps };
}
