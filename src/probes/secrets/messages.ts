// Turns secretlint's messages into hits that no longer hold the secret: only its hash and a masked
// preview leave this module. Decides what counts: placeholders, randomness, lines the commit added,
// and which of two rules reporting the same text wins.
import type { lintSource } from '@secretlint/core';
import { sha256 } from '../../core/fingerprint.js';
import { isPlaceholder } from './placeholder.js';
import { ruleInfo } from './rules.js';
import type { ScanSource } from './source.js';

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

export interface EntryHit extends SecretHit {
  /** Index of the entry the secret is in. */
  entry: number;
}

/** The text secretlint scans for some entries, with per line: file line number, added flag, owner. */
export interface LintText extends ScanSource {
  /** Entry index per line; -1 for separators. */
  owner: number[];
}

/** The hits among the messages for one lint text, in text order. */
export function toHits(messages: readonly CoreMessage[], text: LintText): EntryHit[] {
  const candidates = messages.flatMap((message) => {
    const candidate = toCandidate(message, text);
    return candidate ? [candidate] : [];
  });
  return dropOverlaps(candidates).map(({ hit }) => hit);
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

