// Dev-only packages for formats that record the dependency graph but not a dev flag per package (pnpm v9, bun, uv).

/**
 * Nodes reachable from `devRoots` but not from `prodRoots`. Nodes reachable from neither get no verdict
 * (they are absent from both returned sets), so callers leave their `dev` undefined.
 */
export function classifyReachable<T>(
  prodRoots: Iterable<T>,
  devRoots: Iterable<T>,
  edges: (node: T) => Iterable<T>,
): { prod: Set<T>; devOnly: Set<T> } {
  const prod = reach(prodRoots, edges, new Set());
  const devOnly = reach(devRoots, edges, new Set(), prod);
  return { prod, devOnly };
}

function reach<T>(roots: Iterable<T>, edges: (node: T) => Iterable<T>, seen: Set<T>, stop?: Set<T>): Set<T> {
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as T;
    if (seen.has(node) || stop?.has(node)) continue;
    seen.add(node);
    for (const next of edges(node)) stack.push(next);
  }
  return seen;
}
