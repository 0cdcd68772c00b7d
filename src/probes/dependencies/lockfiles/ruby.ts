// Gemfile.lock / gems.locked. Hand-read, as Bundler's own LockfileParser does: sections start at column 0,
// gems from a rubygems remote are listed under `GEM` > `specs:` indented by four spaces as `name (version)`.
// GIT and PATH sections are not registry gems and are skipped. The format does not say which gems are dev-only.
// A version built for several platforms (`1.13.3-x86_64-linux`, `1.13.3-arm64-darwin`) is listed once for each;
// LockfileFormat.parse folds the repeats.
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';

// Bundler's NAME_VERSION: the version stops at the first `-`, which starts the platform (`1.13.10-x86_64-linux`).
const SPEC = /^ {4}(?! )(\S+) \(([^-)]*)(?:-([^)]*))?\)$/;

export function parseGemfileLock(text: string): Package[] {
  const lines = text.split(/\r?\n/);
  if (!lines.some((line) => /^(?:GEM|GIT|PATH|PLUGIN SOURCE|DEPENDENCIES|PLATFORMS)$/.test(line))) {
    throw new LockfileParseError('no GEM, GIT, PATH or DEPENDENCIES section: not a Gemfile.lock');
  }
  const result: Package[] = [];
  let section = '';
  let inSpecs = false;
  lines.forEach((content, index) => {
    if (/^\S/.test(content)) {
      section = content.trim();
      inSpecs = false;
      return;
    }
    if (/^ {2}specs:$/.test(content)) {
      inSpecs = true;
      return;
    }
    if (section !== 'GEM' || !inSpecs || !/^ {4}\S/.test(content)) return; // six spaces in: a gem's own dependencies
    const match = SPEC.exec(content);
    if (!match?.[1] || !match[2]) throw new LockfileParseError(`line ${index + 1}: expected "    name (version)" under GEM specs, found "${content.trim().slice(0, 80)}"`);
    result.push({ ecosystem: 'RubyGems', name: match[1], version: match[2], line: index + 1 });
  });
  return result;
}
