// Where the held-out checks come from: a file path (CLI --heldout, Action input) or inline content
// (the Action's `heldout` input, typically a repository secret).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { VerifyError } from '../../core/errors.js';
import { MAX_DOCUMENT_BYTES as MAX_BYTES } from '../../core/yaml-or-json.js';
import { formatBytes } from '../../workspace/safe-read.js';


export interface HeldoutSource {
  kind: 'file' | 'inline';
  text: string;
  /** Names the source in error messages. */
  label: string;
  /** Repository-relative path when the file lies inside the working tree (the builder could read it). */
  insideTree?: string;
}

/**
 * The option is inline content when it spans several lines or starts like a document (`{`, `items:`, `---`);
 * otherwise it is a path, resolved against the current directory.
 */
export function isInlineContent(option: string): boolean {
  const start = option.trimStart();
  return option.includes('\n') || start.startsWith('{') || /^items\s*:/.test(start) || start.startsWith('---');
}

/** Reads the held-out checks named by `option`. Throws VerifyError when a path cannot be read. */
export function readHeldoutSource(option: string, root: string): HeldoutSource {
  if (isInlineContent(option)) return { kind: 'inline', text: option, label: 'inline held-out content' };
  const path = resolve(option);
  const label = `held-out file ${option}`;
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new VerifyError(`${label} is not a file: pass the path of a YAML or JSON file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof VerifyError) throw error;
    throw new VerifyError(`${label} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): fix the --heldout path`);
  }
  if (size > MAX_BYTES) {
    throw new VerifyError(`${label} is larger than ${formatBytes(MAX_BYTES)}: pass the held-out checks file itself`);
  }
  return { kind: 'file', text: readFileSync(path, 'utf8'), label, insideTree: pathInside(root, path) };
}

/** `path` relative to `root` when it lies inside it (symlinks resolved on both sides), else undefined. */
function pathInside(root: string, path: string): string | undefined {
  const rel = relative(realpathSync(root), realpathSync(path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
