// Sub-projects deleted whole: the pure judgement, then the probe on real repositories.
import { afterAll, describe, expect, it } from 'vitest';
import { projectFolders, removedProjects, wholeRemoved } from '../../../src/probes/tamper/projects.js';
import type { ChangedFile } from '../../../src/types.js';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { runPr } from './run.js';

afterAll(cleanupTempDirs);

function changed(path: string, status: ChangedFile['status'], oldPath?: string): ChangedFile {
  return { path, status, ...(oldPath ? { oldPath } : {}), binary: false, added: 0, removed: 0, addedRanges: [] };
}

describe('projectFolders / wholeRemoved / removedProjects', () => {
  it('a sub-folder holding a project file is a project; the repository root never is', () => {
    expect(projectFolders(['package.json', 'examples/a/package.json', 'examples/a/index.js', 'examples/b/tsconfig.build.json', 'py/x/pyproject.toml', 'go/m/go.mod', 'docs/readme.md'])).toEqual(['examples/a', 'examples/b', 'go/m', 'py/x']);
  });

  it('removed only when every tracked file under it is deleted (or renamed away) and nothing is under it at head', () => {
    const tracked = ['ex/a/package.json', 'ex/a/tsconfig.json', 'ex/a/index.spec.ts', 'ex/b/package.json', 'ex/b/x.spec.ts'];
    const files = [changed('ex/a/package.json', 'deleted'), changed('ex/a/tsconfig.json', 'deleted'), changed('other/spec.ts', 'renamed', 'ex/a/index.spec.ts'), changed('ex/b/x.spec.ts', 'deleted')];
    expect(wholeRemoved(['ex/a', 'ex/b'], tracked, files)).toEqual(['ex/a']);
    // Near-miss: emptied, but a new file added there at head.
    expect(wholeRemoved(['ex/a'], tracked, [...files, changed('ex/a/new.spec.ts', 'added')])).toEqual([]);
    // Only the projects holding the deleted paths are considered.
    expect(removedProjects(tracked, files, ['ex/a/tsconfig.json'])).toEqual(['ex/a']);
    expect(removedProjects(tracked, files, ['ex/b/x.spec.ts'])).toEqual([]);
  });
});

const STRICT_TSCONFIG = '{\n  "compilerOptions": {\n    "strict": true\n  }\n}\n';
const SPEC = "const { program } = require('commander');\n\ntest('parses', () => {\n  expect(program.parse(['node', 'x'])).toBeDefined();\n});\n";
const EXAMPLE = {
  'package.json': '{ "name": "app", "scripts": { "test": "node --test" } }\n',
  'lib/index.js': 'export const x = 1;\n',
  'examples/jest-ts/package.json': '{ "name": "example", "devDependencies": { "jest": "29" } }\n',
  'examples/jest-ts/tsconfig.json': STRICT_TSCONFIG,
  'examples/jest-ts/jest.config.js': 'module.exports = { coverageThreshold: { global: { lines: 90 } } };\n',
  'examples/jest-ts/index.spec.cts': SPEC,
  'examples/jest-ts/README.md': '# example\n',
};

describe('tamper: a sub-project deleted whole', () => {
  it('its tsconfig, coverage config and specs weaken nothing: no findings, the folder named in details', async () => {
    const head = Object.fromEntries(Object.keys(EXAMPLE).filter((p) => p.startsWith('examples/')).map((p) => [p, null]));
    const run = await runPr(EXAMPLE, head);
    expect(run.findings).toEqual([]);
    expect(run.outcome.status).toBe('pass');
    expect(run.outcome.details?.['projects_removed']).toEqual(['examples/jest-ts']);
  });

  it('near-miss: the tsconfig and spec deleted while the rest of the folder stays are still reported', async () => {
    const run = await runPr(EXAMPLE, { 'examples/jest-ts/tsconfig.json': null, 'examples/jest-ts/index.spec.cts': null });
    expect(run.rule('test-removed')).toHaveLength(1);
    expect(run.rule('check-disabled').length).toBeGreaterThan(0);
    expect(run.outcome.status).toBe('fail');
  });

  it('near-miss: a whole tests folder without a project file of its own is still test-removed', async () => {
    const run = await runPr({ ...EXAMPLE, 'tests/a.test.js': SPEC }, { 'tests/a.test.js': null });
    expect(run.rule('test-removed')).toHaveLength(1);
  });
});
