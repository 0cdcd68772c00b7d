// Pure and light: the `go` directive of a go.mod, and what it says about the module graph go.mod lists.

/** The `go` directive's version, undefined when go.mod has none. */
export function goDirective(text: string): string | undefined {
  return /^\s*go\s+(\d+\.\d+\S*)\s*(?:\/\/.*)?$/m.exec(text)?.[1];
}

/** Since `go 1.17`, go.mod lists every module that provides a package the build needs (module graph pruning). */
export function listsIndirectRequirements(goVersion: string | undefined): boolean {
  const [major = 0, minor = 0] = (goVersion ?? '1.16').split('.').map((part) => Number.parseInt(part, 10));
  return major > 1 || (major === 1 && minor >= 17);
}
