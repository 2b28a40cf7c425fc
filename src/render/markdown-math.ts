/**
 * rehype plugin: the formulas remark-math marks (`$…$`, `$$…$$`, ```` ```math ````) rendered by the same
 * locked-down KaTeX as titles and abstracts (src/render/math.ts). It runs after the sanitizer, and its
 * output is KaTeX's own MathML; a formula KaTeX cannot or may not render stays visible as its source.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { renderTex } from './math.ts';

function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

/** The replacement for a math `code` element, or for its `pre` when it is a display block. */
function rendered(code: Element, display: boolean): ElementContent[] {
  const tex = textOf(code);
  const html = renderTex(tex, display);
  if (html !== undefined) return [{ type: 'raw', value: html } as unknown as ElementContent];
  const source: Text = { type: 'text', value: display ? `$$\n${tex}\n$$` : `$${tex}$` };
  return display ? [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [source] }] }] : [source];
}

function mathCode(node: RootContent): { code: Element; display: boolean } | undefined {
  if (node.type !== 'element') return undefined;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const code = node.tagName === 'pre' && only?.type === 'element' ? only : node;
  if (code.tagName !== 'code') return undefined;
  const classes = classesOf(code);
  if (!classes.includes('language-math') && !classes.includes('math-inline') && !classes.includes('math-display')) return undefined;
  const display = node.tagName === 'pre' || classes.includes('math-display');
  return { code, display };
}

function walk(parent: Root | Element): void {
  parent.children = parent.children.flatMap((child) => {
    const math = mathCode(child);
    if (math) return rendered(math.code, math.display);
    if (child.type === 'element') walk(child);
    return [child];
  });
}

export function rehypeMathml() {
  return (tree: Root) => walk(tree);
}
