// Pure: the settings each config file the tamper probe reads holds (configs/paths.ts says which files).
import { coverageSettings } from './coverage.js';
import { readConfig, type ConfigDocument } from './document.js';
import { eslintSettings } from './eslint.js';
import { COVERAGE, isEslintConfig, isTsconfig, isWorkflow, nameOf, PYTHON_LINT, selectsTests, SHARED } from './paths.js';
import { pythonLintSettings } from './python-lint.js';
import type { Setting } from './settings.js';
import { testSelections, type TestSelection } from './test-selection.js';
import { tsconfigSettings } from './tsconfig.js';
import { checkSteps, type CheckStep } from './workflows.js';

export interface ConfigFacts {
  settings: Setting[];
  steps: CheckStep[];
  selections: TestSelection[];
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
  const selections = selectsTests(path) ? testSelections(path, document) : [];
  return { settings, steps, selections };
}
