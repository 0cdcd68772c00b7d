// The static probe: the repository's own eslint and tsc, scoped to the lines the PR added.
import { pathMatcher } from '../../config/path-globs.js';
import { Type } from 'typebox';
import { oneOf, pathGlobs, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, notApplicable, oncePerRun, type ProbeContext, type SettingsOf } from '../probe.js';
import { DEFAULT_STATIC_SCOPE, isJsOrTsFile, STATIC_SCOPES, type ToolInput } from './diagnostic.js';
import { createConfigLookup } from './discover.js';
import { planEslint } from './eslint-plan.js';
import { createLineReader } from './line-reader.js';
import { buildOutcome } from './outcome.js';
import { runEslint } from './run-eslint.js';
import { runTsc } from './run-tsc.js';
import { planTsc } from './tsc-plan.js';
import { checkedOutFiles, repositoryRoots } from './tree.js';

const settings = Type.Object({
  scope: withDefault(oneOf(STATIC_SCOPES), DEFAULT_STATIC_SCOPE),
  paths_ignore: withDefault(
    pathGlobs('Path globs the static probe neither lints nor type-checks nor reports on (fixtures with deliberate errors).'),
    [],
  ),
});
type StaticSettings = SettingsOf<typeof settings.properties>;

export const staticProbe = defineProbe({
  id: 'static',
  title: 'Static analysis (eslint, tsc)',
  timeout: 300,
  settings,
  // eslint configurations and plugins are JavaScript from the PR.
  runsPrCode: true,

  applies(ctx) {
    const { files, scope, lookup } = toolInput(ctx);
    if (!files.length && scope !== 'all') return notApplicable('no added or modified text files to check');
    if (planEslint(files, scope, lookup).units.length || planTsc(files, scope, lookup).projects.length) return APPLIES;
    return notApplicable(
      files.some(isJsOrTsFile)
        ? 'JavaScript/TypeScript files changed, but no eslint configuration or tsconfig.json covers them'
        : 'no JavaScript/TypeScript changes, and no eslint configuration or tsconfig.json covers the changed files',
    );
  },

  async run(ctx) {
    const input = toolInput(ctx);
    // Independent tools: run side by side.
    const reports = await Promise.all([runEslint(ctx, input), runTsc(ctx, input)]);
    return buildOutcome({
      scope: input.scope,
      files: ctx.diff.files,
      reports,
      lineText: createLineReader(ctx.root),
      isIgnored: input.isIgnored,
    });
  },
});

/** What both `applies` and `run` look at: computed once per run (config discovery stats many files). */
const toolInput = oncePerRun((ctx: ProbeContext<StaticSettings>): ToolInput & { isIgnored: (path: string) => boolean } => {
  const { scope } = ctx.settings;
  const isIgnored = pathMatcher(ctx.settings.paths_ignore);
  const files = checkedOutFiles(ctx.root, ctx.diff).filter((path) => !isIgnored(path));
  return { files, scope, lookup: createConfigLookup(ctx.root), roots: repositoryRoots(ctx.root), isIgnored };
});
