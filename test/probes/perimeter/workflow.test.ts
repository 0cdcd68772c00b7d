// Which workflow files run the gate: parsed from the YAML, judged by text when the YAML is broken.
import { describe, expect, it } from 'vitest';
import { isWorkflowPath, workflowRunsGate } from '../../../src/probes/perimeter/workflow.js';

const step = (body: string) => `on: pull_request\njobs:\n  verify:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n${body}`;

describe('workflowRunsGate', () => {
  it.each([
    ['the Action by tag', step('      - uses: loki/verify@v1\n')],
    ['the Action by sha, other case', step('      - uses: Loki/Verify@3f1c2a7e9b8d4c6f0a1b2c3d4e5f60718293a4b5\n')],
    ['a fork of the Action', step('      - uses: acme/loki-verify@v2\n')],
    ['the CLI through npx', step('      - run: npx loki-verify origin/main --sarif out.sarif\n')],
    ['the CLI in a multi-line script', step('      - run: |\n          npm ci\n          npx loki-verify\n')],
    ['broken YAML that mentions the Action', 'jobs:\n  verify: [\n    uses: loki/verify@v1\n'],
  ])('%s: runs the gate', (_name, text) => {
    expect(workflowRunsGate(text)).toBe(true);
  });

  it.each([
    ['another action', step('      - uses: actions/setup-node@v5\n      - run: npm test\n')],
    ['a mention in a comment only', step('      # we used loki/verify@v1 once\n      - run: npm test\n')],
    ['a job name', 'jobs:\n  loki-verify:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'],
  ])('%s: does not', (_name, text) => {
    expect(workflowRunsGate(text)).toBe(false);
  });

  it('isWorkflowPath: yml and yaml directly under .github/workflows', () => {
    expect(['.github/workflows/ci.yml', '.github/workflows/Verify.YAML'].every(isWorkflowPath)).toBe(true);
    expect(['.github/workflows/sub/x.yml', '.github/actions/x.yml', 'workflows/ci.yml'].some(isWorkflowPath)).toBe(false);
  });
});
