// The Action annotates a failing test on its file and line, so it shows on the PR's diff.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/cli.js';
import { TestRepo } from '../../helpers/repo.js';
import { payload, runAction, useFakeGitHub } from '../../action/run-action.js';
import { checkout } from '../../action/scenario.js';

const fake = await useFakeGitHub();

// The Action's entry compiled from source (lib/, built by the global setup): dist/ is rebuilt by the
// release step, and this test is about the code, not the bundle.
const ACTION_FROM_SOURCE = join(PROJECT_ROOT, 'lib/src/action/main.js');

describe('Action annotations for failing tests', () => {
  it('::error at the failing assertion of test/x.test.js, line 5', async () => {
    const origin = TestRepo.init();
    origin.commit('initial', {
      'package.json': JSON.stringify({ name: 'demo', type: 'module', scripts: { test: 'node --test' } }),
      'test/x.test.js': "import test from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('adds', () => assert.equal(1 + 1, 2));\n",
    });
    const baseSha = origin.head();
    origin.checkout('feature', true);
    const headSha = origin.commit('a red test', {
      'test/x.test.js': "import test from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('adds', () => {\n  assert.equal(1 + 1, 3);\n});\n",
    });
    const workspace = checkout(origin, 'feature');
    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      payload: payload('pull_request.json', { BASE_SHA: baseSha, HEAD_SHA: headSha }),
      fake,
      entry: ACTION_FROM_SOURCE,
    });
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('BLOCKED');
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
    const located = annotations.filter((line) => /^::error [^:]*file=test\/x\.test\.js,line=5[,:]/.test(line));
    expect(located, annotations.join('\n')).toHaveLength(1);
    expect(located[0]).toMatch(/failing test: adds/);
  });
});
