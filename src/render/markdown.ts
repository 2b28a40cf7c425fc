/**
 * Markdown written by people (notes, questions, minutes) to HTML, with GitHub-flavoured extensions
 * and TeX math rendered by KaTeX on the server as MathML (no stylesheet or font to load); a formula
 * KaTeX cannot parse is shown as its source. Raw HTML shows as text, and links, images and markup are
 * held to an allow-list (src/render/markdown-safety.ts), so a pasted body cannot inject anything.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { rehypeForeignImagesAsLinks, remarkRawHtmlAsText, SANITIZE_SCHEMA } from './markdown-safety.ts';
import { rehypeMathml } from './markdown-math.ts';
import { rehypeDashes } from './markdown-dashes.ts';
import { typographicDashes } from './math.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRawHtmlAsText)
  .use(remarkRehype)
  .use(rehypeForeignImagesAsLinks)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeDashes)
  .use(rehypeMathml)
  // The only raw HTML left in the tree is KaTeX's MathML, added after the sanitizer by rehypeMathml.
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** The whole pipeline, without the fast path for plain text. */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Text that markdown would render as one plain paragraph: no markup characters, no line breaks, no
 * leading list or heading marker, no entity. Such text skips the parser (most questions are like
 * this, and the parser costs a millisecond a call).
 */
const PLAIN = /^(?!\d{1,9}[.)](?:\s|$))[\p{L}\p{N}"'(][^\n\r*_`[\]<>&\\$~|!#{}=^:@]*$/u;

/** Escapes text the way the markdown renderer does in text nodes. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Renders markdown to an HTML fragment. */
export function renderMarkdown(markdown: string): string {
  const trimmed = markdown.trim();
  if (trimmed === '') return '';
  const plain = markdown.replace(/^\n+|\n+$/g, '') === trimmed && PLAIN.test(trimmed) && !/\s{2,}|\t|www\./i.test(trimmed);
  if (plain) return `<p>${escapeText(typographicDashes(trimmed))}</p>`;
  return markdownToHtml(markdown);
}

/** Renders one line of markdown (a list item, a title) without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  const html = renderMarkdown(markdown).trim();
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return match ? match[1]! : html;
}
