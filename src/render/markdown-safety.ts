/**
 * What keeps markdown from people's files inert on the pages. Notes, questions and minutes are written
 * by members, but text pasted from a web page or a digest must not become markup, so:
 *
 * - raw HTML is shown as the text it is (`<script>` reads `<script>` on the page); HTML comments, which
 *   hold the notes template's hints and the starter-question markers, are left out;
 * - an image from another site (or a `data:` image) becomes a link to it, so a page never requests
 *   anything from elsewhere;
 * - links keep only `http`, `https` and `mailto` URLs, and relative ones (`page/`, `/x`, `#fragment`);
 *   any other scheme (`javascript:`, `data:`, `vbscript:`) loses its `href`, keeping its text;
 * - the resulting HTML goes through rehype-sanitize (GitHub's allow-list) before math is rendered.
 */
import type { Html, Nodes as MdastNodes, Parents as MdastParents, Root as MdastRoot, PhrasingContent, RootContent } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

const COMMENT = /<!--[\s\S]*?-->/g;
/** Parents whose children are blocks; elsewhere a raw HTML node sits inside a line of text. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function inertNodes(node: Html, flow: boolean): RootContent[] {
  const text = node.value.replace(COMMENT, '');
  if (text.trim() === '') return [];
  const value: PhrasingContent = { type: 'text', value: flow ? text.trim() : text };
  return [flow ? { type: 'paragraph', children: [value] } : value];
}

function walkMdast(parent: MdastParents): void {
  const flow = FLOW_PARENTS.has(parent.type);
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'html') children.push(...inertNodes(child, flow));
    else {
      if ('children' in child) walkMdast(child);
      children.push(child);
    }
  }
  (parent as { children: RootContent[] }).children = children;
}

/** remark plugin: raw HTML becomes text, HTML comments disappear. */
export function remarkRawHtmlAsText() {
  return (tree: MdastRoot | MdastNodes) => {
    if ('children' in tree) walkMdast(tree);
  };
}

/** A URL that leaves the site: it has a scheme (`https:`, `data:`) or starts with `//`. */
export function isForeignUrl(url: string): boolean {
  return /^\s*(?:[a-z][a-z\d+.-]*:|\/\/|\\\\)/i.test(url);
}

function imageAsLink(img: Element): Element {
  const src = String(img.properties.src ?? '');
  const alt = String(img.properties.alt ?? '') || src;
  return { type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: alt }] };
}

function walkHast(parent: HastRoot | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'img' && isForeignUrl(String(child.properties.src ?? ''))) return imageAsLink(child);
    walkHast(child);
    return child;
  });
}

/** rehype plugin: images from other origins (and `data:` images) become links. */
export function rehypeForeignImagesAsLinks() {
  return (tree: HastRoot) => walkHast(tree);
}

/**
 * GitHub's allow-list, with three changes: the classes remark-math gives formulas pass (the math
 * renderer needs them), links may use only http, https and mailto, and ids are left as they are (the
 * only ids are footnotes', which remark-rehype already prefixes with `user-content-`; prefixing them
 * again would break the footnote links).
 */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
