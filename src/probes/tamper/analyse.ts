// Pure: the changed files' base and head texts -> every tamper rule's hits. Files are analysed only when
// they can matter: test files always; other sources when a suppression keyword is in what the PR added or
// removed (cheap text test first, parse second), so a PR of thousands of files stays fast.
import { isAddedLine } from '../../diff/parse.js';
import type { ChangedFile } from '../../types.js';
import { configFacts } from './configs/index.js';
import { conftestSelections } from './configs/conftest.js';
import { isConfigPath, nameOf } from './configs/paths.js';
import type { Setting } from './configs/settings.js';
import type { TestSelection } from './configs/test-selection.js';
import { checkStepSettings, type CheckStep } from './configs/workflows.js';
import type { SourceFacts } from './facts.js';
import type { Hit, SourceChange } from './hit.js';
import { analyze } from './languages/index.js';
import { holdsTests, languageOf } from './languages/paths.js';
import { checkDisabled } from './rules/check-disabled.js';
import { suppressionAdded } from './rules/suppression-added.js';
import { testFocused } from './rules/test-focused.js';
import { subjectRemoved, type SideTexts } from './rules/subject-removed.js';
import { testRemoved } from './rules/test-removed.js';
import { testSkipped } from './rules/test-skipped.js';
import { testsDeselected } from './rules/tests-deselected.js';
import { thresholdLowered } from './rules/threshold-lowered.js';

export interface FileTexts {
  file: ChangedFile;
  /** Text at the merge-base (at `file.oldPath` for renames); undefined when added. */
  base?: string;
  /** Text at head; undefined when deleted. */
  head?: string;
}

export interface BaseFiles {
  /** Every file path at the merge-base. */
  paths: readonly string[];
  /** Those the PR deletes or renames away. */
  gone: ReadonlySet<string>;
}

export interface Unreadable {
  path: string;
  side: 'base' | 'head';
  reason: string;
}

export interface Analysis {
  hits: Hit[];
  unreadable: Unreadable[];
  sourcesAnalysed: number;
  configsAnalysed: number;
}

/** Words any suppression directive contains; a file without one in its changed text cannot add one. */
const SUPPRESSION_HINT = /eslint|@ts-|noqa|type:\s*ignore|pylint|pyright|pyre|mypy|pytype|nolint|lint:|nosec|#!?\[\s*(?:allow|expect|cfg_attr)|@Suppress|NOSONAR|noinspection|NOPMD|CPD-OFF|CHECKSTYLE|istanbul|c8 |v8 |node:coverage|biome-ignore|oxlint|deno-lint|tslint|jshint|stylelint|pragma|revive:|coverage:ignore/i;

/**
 * `deletedPaths`: every path the PR deletes (renamed-away paths included), to recognise a test deleted
 * together with the module it tested. `baseFiles`: the merge-base's files, to tell which test files a
 * changed runner config no longer collects (undefined when no such config changed).
 */
export function analyse(files: readonly FileTexts[], deletedPaths: ReadonlySet<string>, baseFiles?: BaseFiles): Analysis {
  const unreadable: Unreadable[] = [];
  const sources: SourceChange[] = [];
  const settings = { base: [] as Setting[], head: [] as Setting[] };
  const steps = { base: [] as CheckStep[], head: [] as CheckStep[] };
  const selections = { base: [] as TestSelection[], head: [] as TestSelection[] };
  let configsAnalysed = 0;

  for (const { file, base, head } of files) {
    const basePath = file.status === 'added' ? undefined : (file.oldPath ?? file.path);
    const language = languageOf(file.path);
    if (language && shouldAnalyse(file, base, head, holdsTests(file.path, language))) {
      const read = (side: 'base' | 'head', path: string, text: string | undefined): SourceFacts | undefined => {
        if (text === undefined) return undefined;
        try {
          return analyze(path, text, language);
        } catch (error) {
          unreadable.push({ path, side, reason: reasonOf(error) });
          return undefined;
        }
      };
      const headLines = head?.split('\n');
      const headFacts = file.status === 'deleted' ? undefined : read('head', file.path, head);
      // A head that cannot be read is unknown, not empty: its base is left out too (nothing counts as removed).
      const headUnknown = file.status !== 'deleted' && headFacts === undefined;
      const baseFacts = basePath && !headUnknown ? read('base', basePath, base) : undefined;
      sources.push({
        path: file.status === 'deleted' ? (basePath ?? file.path) : file.path,
        ...(basePath ? { basePath } : {}),
        deleted: file.status === 'deleted',
        language,
        ...(baseFacts ? { base: baseFacts } : {}),
        ...(headFacts ? { head: headFacts } : {}),
        added: (line) => isAddedLine(file, line),
        headLine: (line) => headLines?.[line - 1]?.trim() ?? '',
      });
    }
    if (nameOf(file.path) === 'conftest.py' || (basePath && nameOf(basePath) === 'conftest.py')) {
      if (head !== undefined) selections.head.push(...conftestSelections(file.path, head));
      if (base !== undefined && basePath) selections.base.push(...conftestSelections(basePath, base));
    }
    if (isConfigPath(file.path) || (basePath && isConfigPath(basePath))) {
      configsAnalysed++;
      const read = (side: 'base' | 'head', path: string, text: string | undefined): boolean => {
        if (text === undefined || !isConfigPath(path)) return true;
        try {
          const facts = configFacts(path, file.path, text);
          settings[side].push(...facts.settings);
          steps[side].push(...facts.steps);
          selections[side].push(...facts.selections);
          return true;
        } catch (error) {
          unreadable.push({ path, side, reason: reasonOf(error) });
          return false;
        }
      };
      const headRead = file.status === 'deleted' || read('head', file.path, head);
      if (basePath && headRead) read('base', basePath, base);
    }
  }

  const stepSettings = checkStepSettings(steps.base, steps.head);
  const baseSettings = [...settings.base, ...stepSettings.base];
  const headSettings = [...settings.head, ...stepSettings.head];
  const hits = [
    ...testRemoved(sources, deletedPaths, subjectRemoved(sideTexts(files))),
    ...testSkipped(sources),
    ...(baseFiles ? testsDeselected(selections.base, selections.head, baseFiles.paths, baseFiles.gone) : []),
    ...testFocused(sources),
    ...suppressionAdded(sources),
    ...thresholdLowered(baseSettings, headSettings),
    ...checkDisabled(baseSettings, headSettings),
  ];
  return { hits, unreadable, sourcesAnalysed: sources.length, configsAnalysed };
}

/** The changed files' texts by merge-base path (files the PR adds have no names to remove). */
function sideTexts(files: readonly FileTexts[]): Map<string, SideTexts> {
  const texts = new Map<string, SideTexts>();
  for (const { file, base, head } of files) {
    if (file.status !== 'added') texts.set(file.oldPath ?? file.path, { ...(base === undefined ? {} : { base }), ...(head === undefined ? {} : { head }) });
  }
  return texts;
}

function shouldAnalyse(file: ChangedFile, base: string | undefined, head: string | undefined, tests: boolean): boolean {
  if (tests) return true;
  if (head !== undefined && addedText(file, head).some((line) => SUPPRESSION_HINT.test(line))) return true;
  return file.removed > 0 && base !== undefined && SUPPRESSION_HINT.test(base);
}

function addedText(file: ChangedFile, head: string): string[] {
  if (file.addedRanges.length === 0) return [];
  const lines = head.split('\n');
  return file.addedRanges.flatMap((range) => lines.slice(range.start - 1, range.end));
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
