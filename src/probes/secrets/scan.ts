// Runs secretlint's engine on one scan text and turns its messages into hits that no longer hold the
// secret: only its hash and a masked preview leave this module.
import { extname } from 'node:path';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as patternRule } from '@secretlint/secretlint-rule-pattern';
import { creator as presetRule, rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import { errorMessage } from '../../errors.js';
import { sha256 } from '../../fingerprint.js';
import { isPlaceholder } from './placeholder.js';
import { EXTRA_ID_PREFIX, EXTRA_RULES, PRESET_ID_PREFIX, PRESET_RULES, ruleInfo } from './rules.js';
import { EVERY_LINE, keywordTest, type LineTest, type ScanSource } from './source.js';

type CoreConfig = Parameters<typeof lintSource>[0]['options']['config'];
type CoreMessage = Awaited<ReturnType<typeof lintSource>>['messages'][number];

export interface SecretHit {
  rule: string;
  title: string;
  /** The rule's own name for what it found (e.g. GitHub's token type), when it gives one. */
  kind?: string;
  /** Line in the file (or commit message) where the secret starts. */
  line: number;
  /** sha256 of the secret; the secret itself is not kept. */
  secretHash: string;
  /** At most the first four characters of the secret, then `****`. */
  preview: string;
}

export interface ScanEntry {
  /** File path; undefined for a commit message. */
  path?: string;
  source: ScanSource;
}

export interface EntryHit extends SecretHit {
  /** Index of the entry the secret is in. */
  entry: number;
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
    const candidates = result.messages.flatMap((message) => {
      const candidate = toCandidate(message, text);
      return candidate ? [candidate] : [];
    });
    return dropOverlaps(candidates).map(({ hit }) => hit);
  };

  return {
    isHot,
    async scan(entries) {
      const result: ScanResult = { hits: [], errors: [] };
      const runAlone = (i: number): boolean => OWN_RUN_PATH.test(entries[i]!.path ?? '') || BLOCK_DIRECTIVE.test(entries[i]!.source.content);
      const alone = entries.map((_, i) => i).filter(runAlone);
      const together = entries.map((_, i) => i).filter((i) => !runAlone(i));
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

/** The text secretlint scans for some entries, with per line: file line number, added flag, owner. */
interface LintText extends ScanSource {
  /** Entry index per line; -1 for separators. */
  owner: number[];
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

interface Candidate {
  hit: EntryHit;
  start: number;
  end: number;
  priority: number;
}

function toCandidate(message: CoreMessage, source: LintText): Candidate | undefined {
  const info = ruleInfo(message.ruleId);
  const located = info.extra ? locateExtra(info.extra.pattern, message, source.content) : locatePreset(message, source.content);
  if (!located) return undefined;
  const { value, start, end, groups } = located;
  if (info.extra?.accept && !info.extra.accept(value, groups)) return undefined;
  if (info.placeholders && isPlaceholder(credentialPart(value))) return undefined;

  const lines = lineSpan(source, start, end);
  if (!lines) return undefined;
  const entry = source.owner[lines.index] ?? -1;
  if (entry < 0) return undefined;
  const data = (message.data ?? {}) as Record<string, unknown>;
  const kind = typeof data['typeName'] === 'string' ? data['typeName'] : info.extra ? undefined : message.messageId;
  return {
    hit: { entry, rule: info.id, title: info.title, ...(kind ? { kind } : {}), line: lines.first, secretHash: sha256(value), preview: mask(value) },
    start,
    end,
    priority: info.priority,
  };
}

interface Located {
  value: string;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/**
 * Pattern rules report the whole match; matching again at the same place (sticky, so look-behinds and
 * look-aheads see the real neighbours) recovers the `secret` group and its offset.
 */
function locateExtra(pattern: RegExp, message: CoreMessage, content: string): Located | undefined {
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gdy]/g, '') + 'dy');
  sticky.lastIndex = message.range[0];
  const match = sticky.exec(content);
  if (!match) return undefined;
  const groups = { ...match.groups };
  const secret = match.indices?.groups?.['secret'];
  if (groups['secret'] !== undefined && secret) return { value: groups['secret'], start: secret[0], end: secret[1], groups };
  return { value: match[0], start: match.index, end: match.index + match[0].length, groups };
}

/** Message data keys that name things rather than hold the secret. */
const DESCRIPTIVE_DATA = new Set(['typeName', 'PATTERN_NAME', 'FILE_NAME']);

/**
 * The preset's rules pass the secret in the message data; some report a range that starts at the key
 * name (`aws_secret_access_key = "...`), so the value is looked up from the range start.
 */
function locatePreset(message: CoreMessage, content: string): Located | undefined {
  const [from, to] = message.range;
  for (const [key, value] of Object.entries((message.data ?? {}) as Record<string, unknown>)) {
    if (DESCRIPTIVE_DATA.has(key) || typeof value !== 'string' || value.length === 0) continue;
    const at = content.indexOf(value, from);
    if (at !== -1 && at <= Math.max(from, to)) return { value, start: at, end: at + value.length, groups: {} };
  }
  if (to <= from) return undefined;
  return { value: content.slice(from, to), start: from, end: to, groups: {} };
}

/** For credentials in a URL, the password is what must not be a placeholder (the host may say example). */
function credentialPart(value: string): string {
  const url = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s:@/]*:([^\s@/]*)@/.exec(value);
  return url ? url[1]! : value;
}

/** Where the span starts (text line index, file line number); undefined when the commit added none of its lines. */
function lineSpan(source: ScanSource, start: number, end: number): { index: number; first: number } | undefined {
  const startLine = countNewlines(source.content, 0, start);
  const endLine = startLine + countNewlines(source.content, start, Math.max(start, end - 1));
  let index = -1;
  let added = false;
  for (let line = startLine; line <= endLine; line++) {
    if (index < 0 && source.lineNumbers[line]) index = line;
    if (source.added[line]) added = true;
  }
  return added && index >= 0 ? { index, first: source.lineNumbers[index]! } : undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** At most the first four characters, fewer for short secrets: a quarter of the length at most. */
export function mask(secret: string): string {
  const visible = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, visible)}****`;
}

/** Where rules report overlapping text (a token inside a generic assignment), the more specific one wins. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.priority - b.priority);
}

