// Pure planning: which eslint runs and tsc projects cover the changed files.
import { describe, expect, it } from 'vitest';
import type { ConfigLookup, EslintConfigRef } from '../../../src/probes/static/discover.js';
import { planEslint } from '../../../src/probes/static/eslint-plan.js';
import { ancestorDirs, relativeToDir, repoDirname, toRepoPath } from '../../../src/probes/static/paths.js';
import { planTsc } from '../../../src/probes/static/tsc-plan.js';

/** A monorepo: a flat config at the root and in packages/web, a legacy config in packages/old. */
const lookup: ConfigLookup = {
  eslintConfig(dir) {
    const flat = (d: string, file: string): EslintConfigRef => ({ kind: 'flat', dir: d, file });
    if (dir.startsWith('packages/web')) return flat('packages/web', 'packages/web/eslint.config.mjs');
    if (dir.startsWith('packages/old')) return { kind: 'legacy', dir: 'packages/old', file: 'packages/old/.eslintrc.json' };
    if (dir.startsWith('scripts')) return undefined;
    return flat('', 'eslint.config.js');
  },
  tsconfig(dir) {
    if (dir.startsWith('packages/web')) return 'packages/web/tsconfig.json';
    if (dir.startsWith('packages/api')) return 'packages/api/tsconfig.json';
    return undefined;
  },
};

describe('paths', () => {
  it('walks up to the root', () => {
    expect(ancestorDirs('a/b/c')).toEqual(['a/b/c', 'a/b', 'a', '']);
    expect(ancestorDirs('')).toEqual(['']);
    expect(repoDirname('a.js')).toBe('');
    expect(repoDirname('a/b.js')).toBe('a');
    expect(relativeToDir('packages/web', 'packages/web/src/a.ts')).toBe('src/a.ts');
    expect(relativeToDir('', 'src/a.ts')).toBe('src/a.ts');
    expect(toRepoPath('src/a.ts', '/repo/packages/web', ['/repo'])).toBe('packages/web/src/a.ts');
  });
});

describe('planEslint', () => {
  const files = ['src/a.js', 'README.md', 'packages/web/src/page.tsx', 'packages/old/lib/x.js', 'packages/old/docs.md', 'scripts/run.js', 'scripts/notes.txt'];

  it('groups files by the configuration that applies, relative to where eslint runs', () => {
    expect(planEslint(files, 'added-lines', lookup)).toEqual({
      units: [
        { config: { kind: 'flat', dir: '', file: 'eslint.config.js' }, targets: ['src/a.js', 'README.md'] },
        { config: { kind: 'legacy', dir: 'packages/old', file: 'packages/old/.eslintrc.json' }, targets: ['lib/x.js'] },
        { config: { kind: 'flat', dir: 'packages/web', file: 'packages/web/eslint.config.mjs' }, targets: ['src/page.tsx'] },
      ],
      unconfigured: ['scripts/run.js'],
    });
  });

  it('scope all: each unit and the root lint their whole directory', () => {
    const plan = planEslint(['packages/web/src/page.tsx'], 'all', lookup);
    expect(plan.units.map((u) => [u.config.dir, u.targets])).toEqual([
      ['', ['.']],
      ['packages/web', ['.']],
    ]);
  });

  it('nothing configured: no units', () => {
    expect(planEslint(['scripts/run.js'], 'added-lines', lookup)).toEqual({ units: [], unconfigured: ['scripts/run.js'] });
  });
});

describe('planTsc', () => {
  it('runs the nearest tsconfig of each changed TypeScript file once, and changed tsconfigs', () => {
    const plan = planTsc(
      ['packages/web/src/a.ts', 'packages/web/src/b.tsx', 'packages/api/x.mts', 'scripts/y.cts', 'packages/lib/tsconfig.json', 'src/c.js'],
      'added-lines',
      lookup,
    );
    expect(plan).toEqual({
      projects: ['packages/api/tsconfig.json', 'packages/lib/tsconfig.json', 'packages/web/tsconfig.json'],
      tsFiles: ['packages/web/src/a.ts', 'packages/web/src/b.tsx', 'packages/api/x.mts', 'scripts/y.cts'],
    });
  });

  it('scope all adds the root project', () => {
    const rootLookup: ConfigLookup = { ...lookup, tsconfig: () => 'tsconfig.json' };
    expect(planTsc([], 'all', rootLookup).projects).toEqual(['tsconfig.json']);
    expect(planTsc([], 'added-lines', rootLookup).projects).toEqual([]);
  });
});
