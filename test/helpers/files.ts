// Byte-level pictures of a folder, to prove the gate left files it must not touch exactly as they were.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Every entry under `dir` (`.git` excluded) -> its type, mode and content hash or link target. */
export function snapshotFiles(dir: string, skip: readonly string[] = ['.git']): Record<string, string> {
  const picture: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (skip.includes(path)) continue;
      const full = join(dir, path);
      const stat = lstatSync(full);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) picture[path] = `link ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        picture[path] = `dir ${mode}`;
        walk(path);
      } else picture[path] = `file ${mode} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
    }
  };
  walk('');
  return picture;
}
