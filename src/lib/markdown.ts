/**
 * Markdown written by people (notes, questions, minutes) to HTML, with GitHub-flavoured extensions
 * and TeX math rendered by KaTeX on the server as MathML (no stylesheet or font to load); a formula
 * KaTeX cannot parse is shown as its source. Raw HTML in the markdown is not passed through.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex, { strict: 'ignore', output: 'mathml' })
  .use(rehypeStringify)
  .freeze();

/** Renders markdown to an HTML fragment. */
export function renderMarkdown(markdown: string): string {
  if (markdown.trim() === '') return '';
  return String(processor.processSync(markdown));
}

/** Renders one line of markdown (a list item, a title) without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  const html = renderMarkdown(markdown).trim();
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return match ? match[1]! : html;
}
