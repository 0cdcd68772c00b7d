// The gate's output folder: the only place it writes. The folder is created fresh, or verified to be a
// plain directory the gate may own (no symbolic link inside the repository on its way, no tracked file in
// it), and every file lands atomically (temp file in the same folder, then rename), so a reader never
// sees a partial evidence.json and a link planted at a file's name is replaced, never written through.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { isAbsolute, join, parse, relative, sep } from 'node:path';
import { VerifyError } from '../core/errors.js';
import type { Git } from '../git/git.js';

/** The file that keeps the folder out of `git status`: `*` ignores everything, itself included. */
export const GITIGNORE = { name: '.gitignore', text: '# written by loki-verify: its outputs are never part of the change\n*\n' };

/** The file-system calls the folder makes; tests hand in one that fails (disk full) where needed. */
export type OutputFs = Pick<
  typeof nodeFs,
  'lstatSync' | 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'realpathSync' | 'existsSync'
>;

export interface OutputFolderOptions {
  /** Absolute path of the folder. */
  path: string;
  /** Repository top level, when the gate runs in one: links inside it are never followed. */
  root?: string;
  /** Whether missing folders may be created (inside an existing repository, or an explicit --out). */
  create: boolean;
  /** Lists tracked files, to refuse a folder that holds any. */
  git?: Git;
  /** Whether the folder keeps its own `.gitignore` (default true; not for files meant to be committed). */
  gitignore?: boolean;
  fs?: OutputFs;
}

export interface OutputFolder {
  readonly path: string;
  /**
   * Creates or verifies the folder and writes its `.gitignore`; throws VerifyError naming the problem.
   * Called before anything runs, so an unusable folder ends the run at once (exit 3).
   */
  prepare(): Promise<void>;
  /**
   * Writes the files (name -> text) all or nothing: every temp file is written and flushed before the
   * first rename. Re-verifies the folder first (PR code ran meanwhile) and adds the `.gitignore` if it is
   * missing. Returns name -> path.
   */
  write(files: Record<string, string>): Record<string, string>;
  /** Removes files of an earlier run that this run could not replace, so no stale verdict remains. */
  discard(names: readonly string[]): void;
}

export function createOutputFolder(options: OutputFolderOptions): OutputFolder {
  const fs = options.fs ?? nodeFs;
  const path = options.path;
  const shown = options.root && isInside(options.root, path) ? relative(options.root, path) || '.' : path;
  const fail = (problem: string, fix = 'pass a writable --out folder'): never => {
    throw new VerifyError(`output folder ${shown} ${problem}; ${fix}`);
  };
  const realRoot = options.root === undefined ? undefined : fs.realpathSync(options.root);

  /** Walks the path from `/`, refusing links that live inside the repository, creating what is missing. */
  const ensure = (): void => {
    const { root: start } = parse(path);
    let current = start;
    for (const name of path.slice(start.length).split(sep).filter(Boolean)) {
      const next = join(current, name);
      let stat: nodeFs.Stats | undefined;
      try {
        stat = fs.lstatSync(next);
      } catch (error) {
        if (code(error) !== 'ENOENT') fail(`cannot be reached (${describe(error)})`);
      }
      if (stat === undefined) {
        if (!options.create) fail('does not exist and is outside any repository', 'create it or pass --out to an existing folder');
        try {
          fs.mkdirSync(next);
        } catch (error) {
          if (code(error) !== 'EEXIST') fail(`cannot be created (${describe(error)})`);
        }
        stat = fs.lstatSync(next);
      }
      if (stat.isSymbolicLink()) {
        if (realRoot !== undefined && isInside(realRoot, current)) {
          fail(`goes through ${relative(realRoot, next)}, a symbolic link inside the repository`, 'the gate never writes through links: remove it or pass --out');
        }
        current = fs.realpathSync(next); // a link outside the repository is the user's own (e.g. /tmp on macOS)
      } else if (stat.isDirectory()) {
        current = next;
      } else {
        fail(`is blocked by ${next}, which is not a directory`);
      }
    }
  };

  const writeAtomically = (files: Record<string, string>): Record<string, string> => {
    const temps: string[] = [];
    try {
      const staged = Object.entries(files).map(([name, text]) => {
        const temp = join(path, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
        // 'wx' (O_CREAT | O_EXCL) never follows a link and never reuses a file someone else made.
        const fd = fs.openSync(temp, 'wx', 0o644);
        temps.push(temp);
        try {
          const bytes = Buffer.from(text);
          for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset);
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        return { temp, final: join(path, name), name };
      });
      for (const { temp, final } of staged) fs.renameSync(temp, final);
      return Object.fromEntries(staged.map(({ name, final }) => [name, final]));
    } catch (error) {
      for (const temp of temps) removeQuietly(fs, temp);
      return fail(`could not be written (${describe(error)})`, 'free space or pass a writable --out folder');
    }
  };

  const missingGitignore = (): boolean => options.gitignore !== false && !fs.existsSync(join(path, GITIGNORE.name));

  return {
    path,
    async prepare() {
      ensure();
      if (realRoot !== undefined && options.git && isInside(realRoot, fs.realpathSync(path))) {
        const tracked = (await options.git.raw(['ls-files', '-z', '--', fs.realpathSync(path)])).split('\0').filter(Boolean);
        if (tracked.length) {
          const listed = tracked.slice(0, 3).join(', ') + (tracked.length > 3 ? `, and ${tracked.length - 3} more` : '');
          fail(`holds files tracked by git (${listed})`, 'the gate never overwrites tracked files: pass --out to a folder of its own');
        }
      }
      if (missingGitignore()) writeAtomically({ [GITIGNORE.name]: GITIGNORE.text });
    },
    write(files) {
      ensure();
      return writeAtomically(missingGitignore() ? { [GITIGNORE.name]: GITIGNORE.text, ...files } : files);
    },
    discard(names) {
      for (const name of names) removeQuietly(fs, join(path, name));
    },
  };
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function removeQuietly(fs: OutputFs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // already gone, or the folder itself is gone
  }
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function describe(error: unknown): string {
  const errno = code(error);
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages repeat the path after the code ("ENOSPC: no space left on device, write"): keep the reason.
  return errno ? (message.split(',')[0] ?? errno) : message;
}

