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
  // Most titles, abstracts and notes have no dollar at all; the rest are copied a run at a time.
  if (!text.includes('$')) return text ? [{ kind: 'text', value: text }] : [];
  const segments: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      plain += text.slice(i);
      break;
    }
    if (dollar > i && text[dollar - 1] === '\\') {
      plain += `${text.slice(i, dollar - 1)}$`;
      i = dollar + 1;
      continue;
    }
    plain += text.slice(i, dollar);
    i = dollar;
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
    plain += '$';
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

/**
 * First code points of the Unicode Mathematical Alphanumeric Symbols for each MathML `mathvariant`
 * KaTeX writes: capital A, small a, digit 0 (where Unicode has digits in that style).
 */
const ALPHANUMERIC_STARTS: Record<string, [number, number, number?]> = {
  bold: [0x1d400, 0x1d41a, 0x1d7ce],
  italic: [0x1d434, 0x1d44e],
  'bold-italic': [0x1d468, 0x1d482],
  script: [0x1d49c, 0x1d4b6],
  'bold-script': [0x1d4d0, 0x1d4ea],
  fraktur: [0x1d504, 0x1d51e],
  'double-struck': [0x1d538, 0x1d552, 0x1d7d8],
  'bold-fraktur': [0x1d56c, 0x1d586],
  'sans-serif': [0x1d5a0, 0x1d5ba, 0x1d7e2],
  'bold-sans-serif': [0x1d5d4, 0x1d5ee, 0x1d7ec],
  'sans-serif-italic': [0x1d608, 0x1d622],
  'sans-serif-bold-italic': [0x1d63c, 0x1d656],
  monospace: [0x1d670, 0x1d68a, 0x1d7f6],
};

/** Letters Unicode encoded earlier, in Letterlike Symbols; their slot in the block above is empty. */
const LETTERLIKE: Record<string, Record<string, string>> = {
  italic: { h: 'ℎ' },
  script: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' },
  fraktur: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' },
  'double-struck': { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
};

/** A letter or digit in a mathematical style (`R` in double-struck is `ℝ`), or undefined when Unicode has none. */
function styledCharacter(c: string, variant: string): string | undefined {
  const starts = ALPHANUMERIC_STARTS[variant];
  if (!starts) return undefined;
  const known = LETTERLIKE[variant]?.[c];
  if (known) return known;
  const code = c.charCodeAt(0);
  if (c >= 'A' && c <= 'Z') return String.fromCodePoint(starts[0] + code - 65);
  if (c >= 'a' && c <= 'z') return String.fromCodePoint(starts[1] + code - 97);
  if (c >= '0' && c <= '9' && starts[2]) return String.fromCodePoint(starts[2] + code - 48);
  return undefined;
}

/**
 * Chromium and Edge ignore MathML's `mathvariant` (`\mathbb{R}` would show an italic R), so tokens
 * made only of letters and digits get the styled characters themselves (`ℝ`, `𝐱`, `𝔤`), which
 * every browser draws; anything else keeps its `mathvariant` for the browsers that honour it.
 */
function withStyledCharacters(html: string): string {
  if (!html.includes(' mathvariant="')) return html;
  return html.replace(/<(mi|mn) mathvariant="([a-z-]+)">([A-Za-z0-9]+)<\/\1>/g, (whole, tag: string, variant: string, text: string) => {
    if (variant === 'normal') return whole;
    const styled = [...text].map((c) => styledCharacter(c, variant));
    if (styled.some((c) => c === undefined)) return whole;
    // A single styled letter stays upright: the styled character already carries its style.
    return `<${tag}${tag === 'mi' && styled.length === 1 ? ' mathvariant="normal"' : ''}>${styled.join('')}</${tag}>`;
  });
}

const cache = new Map<string, string>();

/** Renders one formula to MathML; returns undefined when KaTeX cannot or may not render it. */
export function renderTex(tex: string, display: boolean): string | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit || undefined;
  let html: string;
  try {
    html = withStyledCharacters(withoutStyleAttributes(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display })));
  } catch {
    // ParseError, UntrustedCommand, or a RangeError from nesting deeper than the stack.
    html = '';
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, html);
  return html || undefined;
}

/**
 * TeX's dashes in plain text: `---` becomes an em dash and `--` an en dash, spaced (`Models -- A`) or
 * between letters or digits (`Models--A`, `pages 1--10`, `Models---A`). A word that looks like an
 * address or code (`https://a.org/x--y`, `www.`, a path, `--flag`, `a_b--c`) is left as written.
 */
export function typographicDashes(text: string): string {
  if (!text.includes('--')) return text;
  return text
    .replace(/(^|\s)---(?=\s|$)/g, '$1\u2014')
    .replace(/(^|\s)--(?=\s|$)/g, '$1\u2013')
    .replace(/\S*--\S*/g, (word) => {
      if (/:\/\/|^www\.|[/\\_`=<>@]/.test(word)) return word;
      return word.replace(/(?<=[\p{L}\p{N}])---?(?=[\p{L}\p{N}])/gu, (dash) => (dash.length === 3 ? '\u2014' : '\u2013'));
    });
}

const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
};
const LETTERS: Record<string, string> = { ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', o: 'ø', O: 'Ø', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ' };

/**
 * TeX's accents and special letters in running text, as arXiv's metadata writes names and words:
 * `Poincar\'e`, `Poincar\'{e}`, `{\'e}`, `G\"odel`, `\v{S}ediv\'y`, `Erd\H{o}s`, `\c{c}`, `{\ss}`,
 * `\o` become "Poincaré", "Gödel", "Šedivý", "Erdős", "ç", "ß", "ø". Anything else stays as written.
 */
export function texAccentsToUnicode(text: string): string {
  if (!text.includes('\\')) return text;
  return (
    text
      .replace(/\{?\\([`'^"~=.])\s*(?:\{([A-Za-z]|\\[ij])\}|([A-Za-z]))\}?/g, (whole, accent: string, braced?: string, bare?: string) => {
        const base = braced ?? bare!;
        const letter = base === '\\i' ? 'i' : base === '\\j' ? 'j' : base;
        return `${letter}${ACCENTS[accent]}`.normalize('NFC');
      })
      // "\c{c}" and, as TeX reads it, "\c c" (a control word, a space, then the one letter it takes: "\c cones" is "çones").
      .replace(/\{?\\([uvHckr])(?:\s*\{([A-Za-z])\}|\s+([A-Za-z]))\}?/g, (whole, accent: string, braced?: string, bare?: string) => `${braced ?? bare!}${ACCENTS[accent]}`.normalize('NFC'))
      .replace(/\{\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L)\}|\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L)(?:\{\}|(?![A-Za-z])\s?)/g, (whole, braced?: string, bare?: string) => LETTERS[(braced ?? bare)!]!)
  );
}

// A word written against a formula: no space, no CJK character (Chinese text has no spaces, and breaks
// anywhere), at most 30 characters.
const NOT_GLUED = String.raw`\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF`;
const GLUE_LEAD = new RegExp(`^[^${NOT_GLUED}]{0,30}`, 'u');
const GLUE_TAIL = new RegExp(`[^${NOT_GLUED}]{1,30}$`, 'u');

/**
 * HTML for a text that may contain math. An inline formula and the word it is written against
 * (`SR$_{\text{LLM}}$`, `$k$-means`) are held together in a `<span class="math-nowrap">`, so that a
 * line never breaks between a word and its subscript.
 */
export function renderMathText(text: string): string {
  const segments = splitMath(text);
  const parts: string[] = [];
  let glued = false;
  segments.forEach((s, k) => {
    const next = segments[k + 1];
    if (s.kind === 'text') {
      let plain = typographicDashes(texAccentsToUnicode(s.value));
      if (glued) {
        const lead = GLUE_LEAD.exec(plain)![0];
        if (lead === plain && next?.kind === 'math' && !next.display) {
          parts.push(escapeHtml(plain));
          return;
        }
        parts.push(`${escapeHtml(lead)}</span>`);
        glued = false;
        plain = plain.slice(lead.length);
      }
      const tail = next?.kind === 'math' && !next.display ? (GLUE_TAIL.exec(plain)?.[0] ?? '') : '';
      parts.push(escapeHtml(plain.slice(0, plain.length - tail.length)));
      if (tail) {
        parts.push(`<span class="math-nowrap">${escapeHtml(tail)}`);
        glued = true;
      }
      return;
    }
    const open = s.display ? '$$' : '$';
    const html = renderTex(s.value, !!s.display) ?? escapeHtml(`${open}${s.value}${open}`);
    if (!glued && !s.display && next?.kind === 'text' && GLUE_LEAD.exec(next.value)![0]) {
      parts.push('<span class="math-nowrap">');
      glued = true;
    }
    parts.push(html);
  });
  if (glued) parts.push('</span>');
  return parts.join('');
}

/**
 * Plain text for places that cannot hold markup (the `<title>`, meta tags, search snippets): math
 * keeps its TeX source minus the dollar signs and the most common commands.
 */
export function mathToPlainText(text: string): string {
  return splitMath(text)
    .map((s) =>
      s.kind === 'text'
        ? texAccentsToUnicode(s.value)
        : s.value
            .replace(/\\(?:text|mathrm|mathbf|mathit|mathcal|operatorname|textbf|textit)\{([^{}]*)\}/g, '$1')
            .replace(/[{}]/g, '')
            .replace(/\\([a-zA-Z]+)/g, '$1')
            .replace(/\s+/g, ' ')
            .trim(),
    )
    .join('');
}
