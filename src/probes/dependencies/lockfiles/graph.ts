// Dev-only packages for formats that record the dependency graph but not a dev flag per package (pnpm v9, bun, uv).

/**
 * Each node's `dev`: false when reachable from `prodRoots`, true when reachable from `devRoots` only, undefined
 * (no verdict) when reachable from neither.
 */
export function classifyReachable<T>(
  prodRoots: Iterable<T>,
  devRoots: Iterable<T>,
  edges: (node: T) => Iterable<T>,
): (node: T) => boolean | undefined {
  const prod = reach(prodRoots, edges);
  const devOnly = reach(devRoots, edges, prod);
  return (node) => (prod.has(node) ? false : devOnly.has(node) ? true : undefined);
}

function reach<T>(roots: Iterable<T>, edges: (node: T) => Iterable<T>, stop?: Set<T>): Set<T> {
  const seen = new Set<T>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as T;
    if (seen.has(node) || stop?.has(node)) continue;
    seen.add(node);
    for (const next of edges(node)) stack.push(next);
  }
  return seen;
}
