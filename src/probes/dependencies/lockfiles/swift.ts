// Package.resolved (Swift Package Manager): version 1 (`object.pins[]` with `repositoryURL` and `state`) and
// versions 2 and 3 (`pins[]` with `location` and `state`). OSV's SwiftURL ecosystem names a package by its
// repository URL without scheme and `.git` (`github.com/apple/swift-nio`). Pins on a branch or a bare revision
// have no release version and are skipped; local packages (`kind: localSourceControl`) are not published.
import type { Package } from '../types.js';
import { parseJsonObject } from './json.js';
import { matchingLines } from './lines.js';
import { expectKind, optional, required } from './shape.js';

export function parsePackageResolved(text: string): Package[] {
  const document = parseJsonObject(text, 'Package.resolved');
  const format = required(document, 'version', 'number', []);
  const container = format === 1 ? required(document, 'object', 'object', []) : document;
  const base = format === 1 ? ['object'] : [];
  const pins = required(container, 'pins', 'array', base);
  const lines = matchingLines(text, /"(?:location|repositoryURL)"\s*:\s*"([^"]+)"/);
  return pins.flatMap((value, index) => {
    const where = [...base, 'pins', index];
    const pin = expectKind(value, 'object', where);
    const url = format === 1 ? required(pin, 'repositoryURL', 'string', where) : required(pin, 'location', 'string', where);
    if (optional(pin, 'kind', 'string', where) === 'localSourceControl' || optional(pin, 'kind', 'string', where) === 'fileSystem') return [];
    const state = required(pin, 'state', 'object', where);
    if (state.version === undefined || state.version === null) return []; // a branch or revision pin
    const version = expectKind(state.version, 'string', [...where, 'state', 'version']);
    return [{ ecosystem: 'SwiftURL' as const, name: swiftUrlName(url), version, line: lines.get(url) }];
  });
}

/** `https://github.com/apple/swift-nio.git` and `git@github.com:apple/swift-nio.git` -> `github.com/apple/swift-nio`. */
export function swiftUrlName(url: string): string {
  return url
    .trim()
    .replace(/^[a-z+]+:\/\//i, '')
    .replace(/^[^@/]+@([^:/]+):/, '$1/')
    .replace(/^[^@/]+@/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}
