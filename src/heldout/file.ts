// Parses and validates held-out files. Pure: text in, typed items out, VerifyError on bad input.
// Error messages name key paths and line numbers only: never a command or hidden file content.
import schema from '../../schemas/heldout.schema.json' with { type: 'json' };
import { VerifyError } from '../core/errors.js';
import { describeSchemaErrors, lazyValidator } from '../core/schema.js';
import { parseYamlOrJson } from '../core/yaml-or-json.js';

export interface HeldoutItem {
  id: string;
  title: string;
  /** Shell command run at the repository root. Secret. */
  run: string;
  /** Seconds. */
  timeout?: number;
  /** Repository-relative path -> content, written only for this item's run. Secret. */
  files?: Record<string, string>;
}

export interface HeldoutFile {
  items: HeldoutItem[];
}

const validator = lazyValidator<HeldoutFile>(() => schema);

const FIX = 'fix the held-out file (format: see docs/heldout.md)';

/**
 * Parses YAML or JSON text (JSON is YAML) and validates it. `source` names it in messages
 * ("held-out file /ci/heldout.yml", "inline held-out content").
 */
export function parseHeldout(text: string, source: string): HeldoutFile {
  return validateHeldout(parseYamlOrJson(text, source), source);
}

/** Checks parsed data against the schema and the rules a schema cannot express (unique ids, safe paths). */
export function validateHeldout(data: unknown, source: string): HeldoutFile {
  const validate = validator();
  if (!validate(data)) {
    throw new VerifyError(`${source} is invalid: ${describeSchemaErrors(validate.errors)}; ${FIX}`);
  }
  const problem = duplicateIdProblem(data.items) ?? data.items.map(filesProblem).find((p) => p !== undefined);
  if (problem) throw new VerifyError(`${source} is invalid: ${problem}; ${FIX}`);
  return data;
}

function duplicateIdProblem(items: HeldoutItem[]): string | undefined {
  const duplicates = duplicateIds(items.map((item) => item.id));
  return duplicates.length ? `duplicate item ids: ${duplicates.join(', ')}` : undefined;
}

/** Ids that occur more than once, each named once (held-out files and `heldout select` checklists). */
export function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
}

function filesProblem(item: HeldoutItem, index: number): string | undefined {
  const paths = Object.keys(item.files ?? {});
  for (const path of paths) {
    const reason = unsafePathReason(path);
    if (reason) return `items[${index}].files: path "${path}" ${reason}`;
  }
  // `a` and `a/b` cannot both be files.
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.startsWith(`${sorted[i - 1]}/`)) {
      return `items[${index}].files: "${sorted[i - 1]}" is both a file and a directory of "${sorted[i]}"`;
    }
  }
  return undefined;
}

/** Why a hidden file path is not a plain relative path inside the working tree, or undefined when it is. */
export function unsafePathReason(path: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return 'contains a backslash or control character';
  if (path.startsWith('/')) return 'must be relative to the repository root';
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.')) return 'must be normalised (no empty or "." segments)';
  if (segments.includes('..')) return 'must stay inside the repository (no ".." segments)';
  if (segments.some((s) => s.toLowerCase() === '.git')) return 'must not point into .git';
  return undefined;
}
