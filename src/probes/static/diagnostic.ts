// The static probe's shared vocabulary: one diagnostic shape for eslint and tsc, and the scopes.
import type { ConfigLookup } from './discover.js';

export type StaticTool = 'eslint' | 'tsc';

/** `static.scope` of the configuration: which reported lines count. */
export const STATIC_SCOPES = ['added-lines', 'changed-files', 'all'] as const;
export type StaticScope = (typeof STATIC_SCOPES)[number];
export const DEFAULT_STATIC_SCOPE: StaticScope = 'added-lines';

/** One problem a tool reported, before scoping. */
export interface Diagnostic {
  tool: StaticTool;
  /** eslint rule id, `parse-error` for a fatal parsing error, or the TypeScript code (`TS2322`). */
  rule: string;
  severity: 'error' | 'warning';
  /** Repository-relative path with `/` separators; absent for project-wide diagnostics. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** Extensions of JavaScript and TypeScript sources (what "JS/TS changed" means). */
export const JS_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs'] as const;
export const TS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'] as const;

export function isJsFile(path: string): boolean {
  return JS_EXTENSIONS.some((ext) => path.endsWith(ext));
}

export function isTsFile(path: string): boolean {
  return TS_EXTENSIONS.some((ext) => path.endsWith(ext));
}

export function isJsOrTsFile(path: string): boolean {
  return isJsFile(path) || isTsFile(path);
}

/** What one tool's runs produced, for the outcome to scope and judge. */
export interface ToolReport {
  tool: StaticTool;
  /** How many files (eslint) or projects (tsc) the tool checked; 0 when it had nothing to do. */
  checked: number;
  diagnostics: Diagnostic[];
  /** What the tool could not check, and why; any entry makes the probe inconclusive. */
  incomplete: string[];
  /** Why the tool had nothing to check (when `checked` is 0). */
  idle?: string;
  /** Tool-specific facts for the evidence: versions, configs, ignored files... */
  details: Record<string, unknown>;
}

/** What each tool runner is given. */
export interface ToolInput {
  /** Changed files that exist in the checked-out tree as regular text files (repository-relative). */
  files: readonly string[];
  scope: StaticScope;
  lookup: ConfigLookup;
  /** The repository root as given and as resolved through symlinks: tools report real paths. */
  roots: readonly string[];
}
