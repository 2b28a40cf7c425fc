/**
 * Text with TeX math (`$…$`, `$$…$$`) to HTML: the plain parts escaped, the math rendered by KaTeX on
 * the server, so pages need no script. Titles, summaries and abstracts go through here.
 *
 * A formula the digest cut open (`$\text{Bro`) or one KaTeX cannot parse is shown as its source text.
 */
import katex from 'katex';

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

const cache = new Map<string, string>();

/** Renders one formula; returns undefined when KaTeX cannot parse it. */
function renderFormula(tex: string, display: boolean): string | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit || undefined;
  let html = '';
  try {
    html = katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'mathml', strict: 'ignore' });
  } catch {
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
      return renderFormula(s.value, !!s.display) ?? escapeHtml(`${open}${s.value}${open}`);
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
