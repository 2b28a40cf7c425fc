import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mathToPlainText, renderMathText, renderTex } from '../../src/render/math.ts';

/** Every tag in a fragment of HTML whose text is escaped: a literal `<` always starts a real tag. */
const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]! }));

/** KaTeX's output: a span around MathML, whose element names all start with `m` (plus semantics and annotation). */
const MATHML_TAG = /^(span|math|semantics|annotation|m[a-z]+)$/;

describe('math in text nobody vetted', () => {
  it.each([
    ['\\href', '$\\href{javascript:alert(1)}{click}$'],
    ['\\url', '$\\url{javascript:alert(1)}$'],
    ['\\includegraphics', '$\\includegraphics{https://evil.example/x.png}$'],
    ['\\htmlData', '$\\htmlData{onclick=alert(1)}{x}$'],
    ['\\htmlStyle', '$\\htmlStyle{background:url(https://evil.example/x.png)}{x}$'],
    ['\\htmlClass', '$\\htmlClass{evil}{x}$'],
    ['\\htmlId', '$\\htmlId{evil}{x}$'],
    ['a macro that never stops expanding', '$\\def\\a{\\a\\a}\\a$'],
    ['a macro that doubles twelve times', `$\\def\\b#1{#1#1}${'\\b{'.repeat(12)}x${'}'.repeat(12)}$`],
    ['nesting deeper than the stack', `$${'{'.repeat(5000)}x${'}'.repeat(5000)}$`],
  ])('shows a formula using %s as its escaped source, with no link, image or attribute', (_, text) => {
    const html = renderMathText(text);
    expect(html).toBe(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  });

  it('caps sizes at 10em, so \\rule cannot cover the page', () => {
    expect(renderTex('\\rule{100000em}{100000em}', false)).toContain('width="10em"');
  });

  it('drops the inline styles KaTeX writes for \\pmb and \\fcolorbox (the CSP allows none) and keeps the formula', () => {
    for (const tex of ['\\pmb{x}', '\\fcolorbox{red}{blue}{x}']) {
      const html = renderTex(tex, false)!;
      expect(html).toContain('<math');
      expect(html).not.toMatch(/ style=/);
    }
  });

  it('escapes markup inside formulas and around them', () => {
    const html = renderMathText(`<script>alert(1)</script> $\\text{</span><img src=x onerror=alert(1)>}$ "a" 'b'`);
    expect(html.startsWith('&lt;script&gt;alert(1)&lt;/script&gt; <span class="katex">')).toBe(true);
    expect(html).toContain('&lt;/span&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html.endsWith(' &quot;a&quot; &#39;b&#39;')).toBe(true);
  });

  it("turns any mix of text, markup and TeX into HTML whose only tags are KaTeX's MathML, without event handlers, links or styles", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '$',
        '$$',
        '\\$',
        '<script>',
        '</span>',
        '<img src=x onerror=alert(1)>',
        '"',
        "'",
        '&',
        '{',
        '}',
        '\\href{javascript:alert(1)}{x}',
        '\\url{x}',
        '\\htmlData{a=b}{c}',
        '\\def\\a{\\a\\a}\\a',
        '\\text{<b>}',
        'x^2',
        '\\frac{1}{2}',
        '\\color{red}',
        '\\pmb{y}',
        '\\verb|<i>|',
        '\\mathrm{"onload=1}',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const html = renderMathText(pieces.join(''));
        for (const tag of tagsOf(html)) {
          expect(tag.name).toMatch(MATHML_TAG);
          expect(tag.attributes).not.toMatch(/\s(on\w+|href|src|style|id)=/i);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives meta tags and feeds the text with TeX commands reduced to their names (each output escapes it its own way)', () => {
    expect(mathToPlainText('Safe $\\href{javascript:alert(1)}{x}$ <b>')).toBe('Safe hrefjavascript:alert(1)x <b>');
  });
});
