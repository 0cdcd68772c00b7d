// Runs secretlint's engine on one scan text and turns its messages into hits that no longer hold the
// secret: only its hash and a masked preview leave this module.
import { extname } from 'node:path';
import { lintSource } from '@secretlint/core';
import { creator as patternRule } from '@secretlint/secretlint-rule-pattern';
import { creator as presetRule, rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
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

export interface Scanner {
  /** Whether a line may hold a secret (the keyword prefilter, or every line when it is off). */
  readonly isHot: LineTest;
  scan(source: ScanSource, filePath: string | undefined): Promise<SecretHit[]>;
}

/** Name given to commit messages, so path-dependent rules (npm's package.json check) stay quiet. */
const MESSAGE_FILE_NAME = 'COMMIT_EDITMSG';

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
  return keywordTest([...presetIds.map((id) => PRESET_RULES[id]!.keyword), ...EXTRA_RULES.map((rule) => rule.keyword)]);
}

export function createScanner(options: { prefilter?: boolean } = {}): Scanner {
  const config = secretlintConfig();
  const isHot = options.prefilter === false ? EVERY_LINE : prefilterFor();
  return {
    isHot,
    async scan(source, filePath) {
      const name = filePath ?? MESSAGE_FILE_NAME;
      const result = await lintSource({
        source: { content: source.content, filePath: name, ext: extname(name), contentType: 'text' },
        // noPhysicFilePath: rules must not read the working tree; the commit's content is what counts.
        options: { config, noPhysicFilePath: true },
      });
      const candidates = result.messages.flatMap((message) => {
        const candidate = toCandidate(message, source);
        return candidate ? [candidate] : [];
      });
      return dropOverlaps(candidates).map(({ hit }) => hit);
    },
  };
}

interface Candidate {
  hit: SecretHit;
  start: number;
  end: number;
  priority: number;
}

function toCandidate(message: CoreMessage, source: ScanSource): Candidate | undefined {
  const info = ruleInfo(message.ruleId);
  const located = info.extra ? locateExtra(info.extra.pattern, message, source.content) : locatePreset(message, source.content);
  if (!located) return undefined;
  const { value, start, end, groups } = located;
  if (info.extra?.accept && !info.extra.accept(value, groups)) return undefined;
  if (info.placeholders && isPlaceholder(credentialPart(value))) return undefined;

  const lines = lineSpan(source, start, end);
  if (!lines) return undefined;
  const data = (message.data ?? {}) as Record<string, unknown>;
  const kind = typeof data['typeName'] === 'string' ? data['typeName'] : info.extra ? undefined : message.messageId;
  return {
    hit: { rule: info.id, title: info.title, ...(kind ? { kind } : {}), line: lines.first, secretHash: sha256(value), preview: mask(value) },
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

/** File line number where the span starts; undefined when no line of the span was added by the commit. */
function lineSpan(source: ScanSource, start: number, end: number): { first: number } | undefined {
  const startLine = countNewlines(source.content, 0, start);
  const endLine = startLine + countNewlines(source.content, start, Math.max(start, end - 1));
  let first = 0;
  let added = false;
  for (let line = startLine; line <= endLine; line++) {
    if (!first) first = source.lineNumbers[line] ?? 0;
    if (source.added[line]) added = true;
  }
  return added && first ? { first } : undefined;
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

