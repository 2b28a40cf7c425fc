/**
 * Text with TeX math (`$…$`, `$$…$$`) to HTML: the plain parts escaped, the math rendered by KaTeX on
 * the server, so pages need no script. Titles, summaries and abstracts go through here.
 *
 * A formula the digest cut open (`$\text{Bro`) or one KaTeX cannot parse is shown as its source text.
 *
 * Formulas come from digests and from anyone who edits a file, so KaTeX runs locked down (see
 * {@link KATEX_OPTIONS}): a formula that asks for a link, an image, a class, an id, a style or data
 * attributes (`\href`, `\url`, `\includegraphics`, `\htmlClass`, `\htmlId`, `\htmlStyle`, `\htmlData`),
 * expands macros without end (`\def\a{\a\a}\a`) or nests too deep is shown as its escaped source.
 */
import katex, { type KatexOptions } from 'katex';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface Segment {
  kind: 'text' | 'math';
  value: string;
  display?: boolean;
}

/** Splits text into plain and math segments. An unclosed `$` stays text. `\$` is a literal dollar. */
export function splitMath(text: string): Segment[] {
  const segments: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    if (ch === '$') {
      const display = text[i + 1] === '$';
      const open = display ? 2 : 1;
      const close = findClose(text, i + open, display);
      if (close > i + open) {
        if (plain) segments.push({ kind: 'text', value: plain });
        plain = '';
        segments.push({ kind: 'math', value: text.slice(i + open, close), display });
        i = close + open;
        continue;
      }
    }
    plain += ch;
    i++;
  }
  if (plain) segments.push({ kind: 'text', value: plain });
  return segments;
}

function findClose(text: string, from: number, display: boolean): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text[j] === '$' && (!display || text[j + 1] === '$')) return j;
  }
  return -1;
}

/** Thrown from KaTeX's trust check, so that a formula asking for a trusted command falls back to its source. */
class UntrustedCommand extends Error {}

/**
 * KaTeX settings for text nobody vetted. `trust` never grants anything (it throws, so the formula is
 * shown as source instead of a red command name); `maxExpand` bounds macro expansion; `maxSize` caps
 * `\rule` and spacing at 10em; MathML output needs no stylesheet, font or script.
 */
export const KATEX_OPTIONS = {
  output: 'mathml',
  throwOnError: true,
  strict: 'ignore',
  trust: () => {
    throw new UntrustedCommand('KaTeX command needs trust');
  },
  maxExpand: 1000,
  maxSize: 10,
} as const satisfies KatexOptions;

/**
 * KaTeX writes inline `style` attributes for `\pmb` and `\fcolorbox`; the pages' Content-Security-Policy
 * allows no inline style, so they are dropped (the formula keeps its content). KaTeX escapes `"` in
 * every text and attribute it writes, so `style="` only ever starts one of its own attributes.
 */
function withoutStyleAttributes(html: string): string {
  return html.includes(' style="') ? html.replace(/ style="[^"]*"/g, '') : html;
}

const cache = new Map<string, string>();

/** Renders one formula to MathML; returns undefined when KaTeX cannot or may not render it. */
export function renderTex(tex: string, display: boolean): string | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit || undefined;
  let html = '';
  try {
    html = withoutStyleAttributes(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display }));
  } catch {
    // ParseError, UntrustedCommand, or a RangeError from nesting deeper than the stack.
    html = '';
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, html);
  return html || undefined;
}

/** TeX's dashes in plain text: `---` becomes an em dash and a spaced `--` an en dash. */
export function typographicDashes(text: string): string {
  if (!text.includes('--')) return text;
  return text.replace(/(^|\s)---(?=\s|$)/g, '$1\u2014').replace(/(^|\s)--(?=\s|$)/g, '$1\u2013');
}

/** HTML for a text that may contain math. */
export function renderMathText(text: string): string {
  return splitMath(text)
    .map((s) => {
      if (s.kind === 'text') return escapeHtml(typographicDashes(s.value));
      const open = s.display ? '$$' : '$';
      return renderTex(s.value, !!s.display) ?? escapeHtml(`${open}${s.value}${open}`);
    })
    .join('');
}

/**
 * Plain text for places that cannot hold markup (the `<title>`, meta tags, search snippets): math
 * keeps its TeX source minus the dollar signs and the most common commands.
 */
export function mathToPlainText(text: string): string {
  return splitMath(text)
    .map((s) =>
      s.kind === 'text'
        ? s.value
        : s.value
            .replace(/\\(?:text|mathrm|mathbf|mathit|mathcal|operatorname|textbf|textit)\{([^{}]*)\}/g, '$1')
            .replace(/[{}]/g, '')
            .replace(/\\([a-zA-Z]+)/g, '$1')
            .replace(/\s+/g, ' ')
            .trim(),
    )
    .join('');
}
