// Pure: matching repository-relative paths against the user's globs (`*.paths_ignore` config keys).
import picomatch from 'picomatch';

/** Whether a repository-relative path matches one of the globs (dotfiles included, like gitignore). */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true });
  return (path) => matches(path);
}
