// Where a failing test is declared, for runners whose reports name a test but not its place (ava's
// TAP, a summary read from the output): the one test file with a `test('title'` / `it('title'` call
// for that title. No place is given when the title is declared nowhere or in more than one place.
import { TEST_FILE, type FailedTest } from './reports.js';
import { walkFiles } from '../../workspace/files.js';
import { readTreeFile } from '../../workspace/safe-read.js';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'target', '.yarn', 'vendor']);
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 1024 * 1024;

/** Repository-relative paths of JavaScript and TypeScript test files. */
function testFiles(root: string): string[] {
  return walkFiles(root, (name) => !SKIP_DIRS.has(name), (path) => TEST_FILE.test(path), MAX_FILES);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** ava names a test `file › title` when it runs several files. */
function titleAndHint(failure: FailedTest): { title: string; hint?: string } {
  const parts = failure.name.split(' › ');
  if (parts.length > 1) return { title: parts.slice(1).join(' › '), hint: parts[0]! };
  return { title: failure.titlePath?.at(-1) ?? failure.name };
}

export function locateByTitle(root: string, failures: FailedTest[]): FailedTest[] {
  if (failures.every((f) => f.file)) return failures;
  const files = testFiles(root);
  const texts = new Map<string, string>();
  const text = (file: string): string => {
    if (!texts.has(file)) {
      let content = '';
      try {
        content = readTreeFile(root, file, MAX_FILE_BYTES) ?? ''; // no FIFO, no link out, no oversized file
      } catch {
        // Unreadable: no declaration found there.
      }
      texts.set(file, content);
    }
    return texts.get(file)!;
  };
  return failures.map((failure) => {
    if (failure.file) return failure;
    const { title, hint } = titleAndHint(failure);
    const declaration = new RegExp(`\\b(?:test|it|specify)(?:\\.\\w+)*\\(\\s*(['"\`])${escapeRegExp(title)}\\1`);
    const candidates = hint ? files.filter((f) => f === hint || f.endsWith(`/${hint}`) || f.replace(/\.[^.]+$/, '') === hint) : files;
    const places: Array<{ file: string; line: number }> = [];
    for (const file of candidates) {
      text(file).split('\n').forEach((line, index) => {
        if (declaration.test(line)) places.push({ file, line: index + 1 });
      });
      if (places.length > 1) break;
    }
    return places.length === 1 ? { ...failure, file: places[0]!.file, line: places[0]!.line } : failure;
  });
}
