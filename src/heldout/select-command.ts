// `loki-verify heldout select CHECKLIST [--out DIR]`: reads a checklist, writes visible.<ext> and
// heldout.<ext>. Exit 0 on success, 3 on bad input (one line naming the problem and the fix).
import { existsSync } from 'node:fs';
import { basename, dirname, join, parse as parsePath, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage, VerifyError } from '../core/errors.js';
import { MAX_DOCUMENT_BYTES, parseYamlOrJson } from '../core/yaml-or-json.js';
import { createOutputFolder } from '../output/folder.js';
import { readFileSafely } from '../workspace/safe-read.js';
import { validateHeldout } from './file.js';
import { formatChecklist, formatOfPath, selectHeldout, validateChecklist } from './select.js';

export interface SelectIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Usage: loki-verify heldout select CHECKLIST [--out DIR]

Reserves items of CHECKLIST (YAML or JSON with items[], each with a unique id) as held-out checks:
none below 4 items, else min(5, max(1, floor(N/4 + 0.5))) items with the smallest sha256(id).
Writes visible.<ext> (give it to the builder) and heldout.<ext> (keep it outside the repository)
to DIR (default: the checklist's directory). Re-running on the same input gives identical files.`;

export async function runHeldoutSelect(args: string[], io: SelectIo): Promise<number> {
  try {
    const parsed = parseCommand(args);
    if (parsed === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    select(resolve(io.cwd, parsed.checklist), parsed.out === undefined ? undefined : resolve(io.cwd, parsed.out), io);
    return 0;
  } catch (error) {
    const message = error instanceof VerifyError ? errorMessage(error) : `internal error: ${errorMessage(error)}`;
    io.stderr(`loki-verify heldout select: ${message}\n`);
    return 3;
  }
}

function parseCommand(args: string[]): { checklist: string; out?: string } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new VerifyError(`${errorMessage(error)}; see loki-verify heldout select --help`);
  }
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length !== 1) {
    throw new VerifyError('expected exactly one CHECKLIST file; see loki-verify heldout select --help');
  }
  return { checklist: parsed.positionals[0]!, ...(parsed.values.out === undefined ? {} : { out: parsed.values.out }) };
}

function select(checklistPath: string, outOption: string | undefined, io: SelectIo): void {
  const source = `checklist ${checklistPath}`;
  const kind = formatOfPath(checklistPath);
  if (!kind) throw new VerifyError(`${source} must end in .yaml, .yml or .json; rename it`);
  const text = readFileSafely(checklistPath, { maxBytes: MAX_DOCUMENT_BYTES, shown: source });
  if (text === undefined) throw new VerifyError(`${source} does not exist; fix the path`);
  const checklist = validateChecklist(parseYamlOrJson(text, source), source);
  const selection = selectHeldout(checklist);

  const outDir = outOption ?? dirname(checklistPath);
  const visiblePath = join(outDir, `visible.${kind.ext}`);
  const heldoutPath = join(outDir, `heldout.${kind.ext}`);
  if ([visiblePath, heldoutPath].includes(checklistPath)) {
    throw new VerifyError(`${source} would be overwritten by the output; pass --out DIR or rename the checklist`);
  }
  // Both files or neither, each via a temp file and a rename: an interrupted run never leaves half a file.
  createOutputFolder({ path: resolve(outDir), create: true, gitignore: false }).write({
    [basename(visiblePath)]: formatChecklist(selection.visible, kind.format),
    [basename(heldoutPath)]: formatChecklist(selection.heldout, kind.format),
  });

  const visibleCount = checklist.items.length - selection.reserved.length;
  io.stdout(`${visiblePath}: ${visibleCount} visible item(s)\n`);
  io.stdout(`${heldoutPath}: ${selection.reserved.length} held-out item(s)${selection.reserved.length ? `: ${selection.reserved.join(', ')}` : ''}\n`);
  if (selection.reserved.length === 0) {
    io.stderr(`note: ${checklist.items.length} item(s) is fewer than 4, so none are reserved\n`);
  } else {
    warnIfNotRunnable(selection.heldout, heldoutPath, io);
  }
  const repo = enclosingRepository(outDir);
  if (repo) {
    io.stderr(`warning: ${heldoutPath} is inside the git working tree ${repo}: move it outside the repository (e.g. into a CI secret) and never commit it\n`);
  }
}

/** The gate will refuse a held-out file whose items lack `title` or `run`: say so now, not at the gate. */
function warnIfNotRunnable(heldout: Record<string, unknown>, path: string, io: SelectIo): void {
  try {
    validateHeldout(heldout, `held-out file ${path}`);
  } catch (error) {
    io.stderr(`warning: ${errorMessage(error)}\n`);
  }
}

/** The top of the git working tree containing `dir`, found by looking for `.git` upwards. */
function enclosingRepository(dir: string): string | undefined {
  let current = resolve(dir);
  const { root } = parsePath(current);
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    if (current === root) return undefined;
    current = dirname(current);
  }
}

