// Pure: small helpers over Lezer syntax trees (the Python, Go, Rust and Java grammars).
import type { SyntaxNode, Tree } from '@lezer/common';

export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

/** Every descendant of `node` (not `node` itself) named `name`, in document order. */
export function descendants(node: SyntaxNode, name: string, out: SyntaxNode[] = []): SyntaxNode[] {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === name) out.push(child);
    descendants(child, name, out);
  }
  return out;
}

export function textOf(text: string, node: SyntaxNode): string {
  return text.slice(node.from, node.to);
}

/** `[from, to]` of every node named in `names`, by one cursor pass (no node objects: big files stay cheap). */
export function spans(tree: Tree, names: ReadonlySet<string>): Array<{ name: string; from: number; to: number }> {
  const out: Array<{ name: string; from: number; to: number }> = [];
  tree.iterate({
    enter(node) {
      if (names.has(node.name)) out.push({ name: node.name, from: node.from, to: node.to });
    },
  });
  return out;
}
