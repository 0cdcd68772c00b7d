// Pure: small helpers over Lezer syntax trees (the Python, Go, Rust and Java grammars).
import type { SyntaxNode } from '@lezer/common';

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
