/**
 * rehype plugin: TeX's dashes (`--`, `---`) in the text of notes, questions and minutes become en and
 * em dashes (see typographicDashes), except inside code, preformatted text and formulas.
 */
import type { Element, Root } from 'hast';
import { typographicDashes } from './math.ts';

const LEAVE = new Set(['code', 'pre', 'kbd', 'samp', 'math', 'script', 'style']);

function walk(parent: Root | Element): void {
  for (const child of parent.children) {
    if (child.type === 'text') child.value = typographicDashes(child.value);
    else if (child.type === 'element' && !LEAVE.has(child.tagName)) walk(child);
  }
}

export function rehypeDashes() {
  return (tree: Root) => walk(tree);
}
