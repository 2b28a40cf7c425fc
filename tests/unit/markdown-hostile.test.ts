import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderInlineMarkdown, renderMarkdown } from '../../src/render/markdown.ts';

/** Every tag in the HTML: the renderer escapes `<` in text, so a literal `<` always starts a real tag. */
const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]! }));
const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

const MARKDOWN_TAGS = new Set([
  'p',
  'a',
  'em',
  'strong',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'del',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
  'sup',
  'section',
  'img',
]);
/** KaTeX's output: a span around MathML, whose element names all start with `m` (plus semantics and annotation). */
const MATHML_TAG = /^(span|math|semantics|annotation|m[a-z]+)$/;

describe('markdown pasted from anywhere', () => {
  it.each([
    ['a script element', `<script>alert('x')</script> after`, `<p>&#x3C;script>alert('x')&#x3C;/script> after</p>`],
    ['an event handler', `x <img src=x onerror=alert(1)> y`, `<p>x &#x3C;img src=x onerror=alert(1)> y</p>`],
    ['a breakout', `</p></div><script>alert(1)</script>`, `<p>&#x3C;/p>&#x3C;/div>&#x3C;script>alert(1)&#x3C;/script></p>`],
    ['an unclosed tag', `<b onmouseover=alert(1)>bold`, `<p>&#x3C;b onmouseover=alert(1)>bold</p>`],
    ['a raw anchor', `<a href="javascript:alert(1)">x</a>`, `<p>&#x3C;a href="javascript:alert(1)">x&#x3C;/a></p>`],
  ])('shows %s as text', (_, markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it('keeps an HTML block as the text it is, line breaks included', () => {
    expect(renderMarkdown('<div onclick="x()">\n<iframe src="https://evil.example/"></iframe>\n</div>\n\nafter')).toBe(
      '<p>&#x3C;div onclick="x()">\n&#x3C;iframe src="https://evil.example/">&#x3C;/iframe>\n&#x3C;/div></p>\n<p>after</p>',
    );
  });

  it('leaves out HTML comments (template hints, starter markers) but shows what follows them', () => {
    expect(renderMarkdown('### Problem\n\n<!-- hint -->\n\nReal text <!-- starter:1a2b3c4d -->')).toBe('<h3>Problem</h3>\n<p>Real text </p>');
    expect(renderMarkdown('<!-- note --> shown --> <!-- open')).toBe('<p>shown --> &#x3C;!-- open</p>');
  });

  it.each([
    ['javascript:', '[x](javascript:alert(1))'],
    ['mixed-case javascript:', '[x](JaVaScRiPt:alert(1))'],
    ['an entity-encoded scheme', '[x](jav&#x61;script:alert(1))'],
    ['data:', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['vbscript:', '[x](vbscript:msgbox(1))'],
    ['an autolink', '<javascript:alert(1)>'],
  ])('drops a link target using %s but keeps the link text', (_, markdown) => {
    const html = renderInlineMarkdown(markdown);
    expect(html).toMatch(/^<a>[^<]+<\/a>$/);
  });

  it('keeps http(s), mailto, relative and fragment links', () => {
    expect(renderInlineMarkdown('[a](https://arxiv.org/abs/2404.01399) [b](mailto:x@example.org) [c](../2401.18018/) [d](#notes)')).toBe(
      '<a href="https://arxiv.org/abs/2404.01399">a</a> <a href="mailto:x@example.org">b</a> <a href="../2401.18018/">c</a> <a href="#notes">d</a>',
    );
  });

  it('turns images from other origins and data: images into links, so a page requests nothing from elsewhere', () => {
    expect(renderInlineMarkdown('![chart](https://evil.example/t.png) ![p](//evil.example/t.png) ![d](data:image/png;base64,AAAA) ![local](fig.png)')).toBe(
      '<a href="https://evil.example/t.png">chart</a> <a href="//evil.example/t.png">p</a> <a>d</a> <img src="fig.png" alt="local">',
    );
  });

  it('shows formulas that ask for links, images or endless macros as their source', () => {
    expect(renderInlineMarkdown('$\\href{javascript:alert(1)}{x}$ and $\\def\\a{\\a\\a}\\a$')).toBe('$\\href{javascript:alert(1)}{x}$ and $\\def\\a{\\a\\a}\\a$');
    expect(renderMarkdown('$$\n\\includegraphics{https://evil.example/x.png}\n$$')).toBe('<pre><code>$$\n\\includegraphics{https://evil.example/x.png}\n$$</code></pre>');
    expect(renderInlineMarkdown('$x^2$')).toMatch(/^<span class="katex"><math[^>]*><semantics><mrow><msup>/);
  });

  it('still renders footnotes, tables and task lists', () => {
    const html = renderMarkdown('a[^1]\n\n| x |\n|:-|\n| 1 |\n\n- [x] done\n\n[^1]: note');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a>');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<td align="left">1</td>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
  });

  it('turns any mix of markdown, HTML and TeX into allowed tags only, with no event handler, style or foreign source', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.constantFrom(
        '\n',
        '\n\n',
        '- ',
        '1. ',
        '> ',
        '# ',
        '`',
        '```\n',
        '*',
        '_',
        '[',
        ']',
        '(',
        ')',
        '!',
        '<',
        '>',
        '"',
        "'",
        '&',
        '$',
        '$$',
        '|',
        ':',
        'javascript:',
        'data:',
        'https://x.org',
        '//evil.example/',
        '<script>',
        '</p>',
        '<img src=x onerror=alert(1)>',
        '<a href="javascript:alert(1)">',
        '<!--',
        '-->',
        '<style>',
        '<svg onload=alert(1)>',
        '[x](javascript:alert(1))',
        '![i](https://evil.example/i.png)',
        '<javascript:alert(1)>',
        '\\href{javascript:x}{y}',
        '[^1]',
        '[^1]: n',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        for (const tag of tagsOf(renderMarkdown(pieces.join('')))) {
          expect(MARKDOWN_TAGS.has(tag.name) || MATHML_TAG.test(tag.name), tag.name).toBe(true);
          expect(tag.attributes).not.toMatch(/\s(on\w+|style|srcdoc|formaction)=/i);
          const href = attribute(tag.attributes, 'href');
          if (href !== undefined) expect(href).toMatch(/^(https?:|mailto:|[^:]*$)/i);
          const src = attribute(tag.attributes, 'src');
          if (src !== undefined) expect(src).toMatch(/^(?!\/\/)[^:]*$/);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
