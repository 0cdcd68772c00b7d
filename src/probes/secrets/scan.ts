// Runs secretlint's engine (recommended preset plus the pattern rules of rules.ts) on the scan texts of
// one commit, with the keyword prefilter that decides which lines those texts keep.
import { extname } from 'node:path';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as patternRule } from '@secretlint/secretlint-rule-pattern';
import { creator as presetRule, rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import { errorMessage } from '../../core/errors.js';
import { toHits, type EntryHit, type LintText } from './messages.js';
import { EXTRA_ID_PREFIX, EXTRA_RULES, PRESET_ID_PREFIX, PRESET_RULES } from './rules.js';
import { EVERY_LINE, keywordTest, type LineTest, type ScanSource } from './source.js';

type CoreConfig = Parameters<typeof lintSource>[0]['options']['config'];

export interface ScanEntry {
  /** File path; undefined for a commit message. */
  path?: string;
  source: ScanSource;
}

export interface ScanResult {
  hits: EntryHit[];
  errors: Array<{ entry: number; error: string }>;
}

export interface Scanner {
  /** Whether a line may hold a secret (the keyword prefilter, or every line when it is off). */
  readonly isHot: LineTest;
  /** Scans the entries of one commit (its message and files). */
  scan(entries: readonly ScanEntry[]): Promise<ScanResult>;
}

/**
 * secretlint's set-up costs more than scanning a few prefiltered lines, so the entries of a commit are
 * linted together, one line holding only NUL between two entries: no rule matches across it (none
 * matches NUL or spans lines without whitespace or base64), and no disable-next-line comment reaches
 * past it. Entries whose rules depend on the file name (npm: package.json, .npmrc; GCP: .json, .p12),
 * or that hold block `secretlint-disable`/`-enable` comments (which run to the end of the text), are
 * linted on their own under their own name.
 */
const SEPARATOR = '\0';
const OWN_RUN_PATH = /(?:\.json|\.npmrc|\.p12)$/i;
const BLOCK_DIRECTIVE = /secretlint-(?:disable|enable)(?![\w-])/;
/** Name of a combined text: one no rule treats specially. */
const COMBINED_NAME = 'combined.txt';

export function secretlintConfig(): CoreConfig {
  return {
    rules: [
      {
        id: '@secretlint/secretlint-rule-preset-recommend',
        rule: presetRule,
        rules: [
          // AWS access key ids are only scanned on request; account ids are not secrets.
          { id: `${PRESET_ID_PREFIX}aws`, options: { enableIDScanRule: true }, allowMessageIds: ['AWSAccountID'] },
        ],
      },
      ...EXTRA_RULES.map((extra) => ({
        id: EXTRA_ID_PREFIX + extra.id,
        rule: patternRule,
        options: { patterns: [{ name: extra.id, patterns: [`/${extra.pattern.source}/${extra.pattern.flags}`] }] },
      })),
    ],
  };
}

/** The keyword prefilter, or every line when some preset rule has no keyword (a newer preset): never miss. */
export function prefilterFor(): LineTest {
  const presetIds = presetRules.map((rule) => rule.meta.id.slice(PRESET_ID_PREFIX.length));
  if (presetIds.some((id) => !PRESET_RULES[id])) return EVERY_LINE;
  return keywordTest([...presetIds.flatMap((id) => PRESET_RULES[id]!.keywords), ...EXTRA_RULES.flatMap((rule) => rule.keywords)]);
}

export function createScanner(options: { prefilter?: boolean } = {}): Scanner {
  // secretlint's profiler is on by default and records performance marks for every rule and file;
  // its CLI turns it off unless --profile is given (secretlint issue #1633), and so do we.
  secretLintProfiler.setEnabled(false);
  const config = secretlintConfig();
  const isHot = options.prefilter === false ? EVERY_LINE : prefilterFor();

  const lint = async (entries: readonly ScanEntry[], indices: readonly number[], name: string): Promise<EntryHit[]> => {
    const text = combine(entries, indices);
    const result = await lintSource({
      source: { content: text.content, filePath: name, ext: extname(name), contentType: 'text' },
      // noPhysicFilePath: rules must not read the working tree; the commit's content is what counts.
      options: { config, noPhysicFilePath: true },
    });
    return toHits(result.messages, text);
  };

  return {
    isHot,
    async scan(entries) {
      const result: ScanResult = { hits: [], errors: [] };
      const alone: number[] = [];
      const together: number[] = [];
      entries.forEach((entry, i) => (runsAlone(entry) ? alone : together).push(i));
      const runEach = async (indices: readonly number[]): Promise<void> => {
        for (const i of indices) {
          try {
            result.hits.push(...(await lint(entries, [i], entries[i]!.path ?? COMBINED_NAME)));
          } catch (error) {
            result.errors.push({ entry: i, error: errorMessage(error) });
          }
        }
      };
      if (together.length > 0) {
        try {
          result.hits.push(...(await lint(entries, together, COMBINED_NAME)));
        } catch {
          // Lint them one by one to tell which entry the rule failed on.
          await runEach(together);
        }
      }
      await runEach(alone);
      return result;
    },
  };
}

/** Whether an entry is linted on its own rather than with the others (see SEPARATOR). */
function runsAlone(entry: ScanEntry): boolean {
  return OWN_RUN_PATH.test(entry.path ?? '') || BLOCK_DIRECTIVE.test(entry.source.content);
}

function combine(entries: readonly ScanEntry[], indices: readonly number[]): LintText {
  const text: LintText = { content: '', lineNumbers: [], added: [], owner: [] };
  const parts: string[] = [];
  const pushLine = (line: number, added: number, owner: number): void => {
    text.lineNumbers.push(line);
    text.added.push(added);
    text.owner.push(owner);
  };
  indices.forEach((index, k) => {
    if (k > 0) {
      parts.push(SEPARATOR);
      pushLine(0, 0, -1);
    }
    const source = entries[index]!.source;
    parts.push(source.content);
    source.lineNumbers.forEach((line, i) => pushLine(line, source.added[i]!, index));
  });
  // A final newline, as in a file: secretlint's disable-line comments cannot cover a last line without one.
  text.content = parts.join('\n') + '\n';
  pushLine(0, 0, -1);
  return text;
}
