import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToHtml, renderInlineMarkdown, renderMarkdown } from '../../src/render/markdown.ts';

describe('markdown', () => {
  it('renders lists, emphasis, links and math', () => {
    const html = renderMarkdown('- **bold** and [a link](https://arxiv.org)\n- $x^2$');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://arxiv.org">a link</a>');
    expect(html).toMatch(/<math[^>]*>.*<msup>/s);
  });

  it('does not pass raw HTML through', () => {
    expect(renderMarkdown('<script>alert(1)</script> hi')).not.toContain('<script>');
  });

  it('renders a one-line question without the paragraph', () => {
    expect(renderInlineMarkdown('Why does *this* work?')).toBe('Why does <em>this</em> work?');
  });

  it("gives exactly the full renderer's output for any text, plain or not (the fast path is safe)", () => {
    const word = fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.constantFrom(
        '1.',
        '2)',
        '-',
        '+',
        '>',
        '#',
        'a.b',
        'e.g.',
        '"quoted"',
        "it's",
        '安全',
        '(x)',
        '50%',
        '@me',
        '3 times',
        'https://x.org',
        ':',
        '=',
        'www.x.org',
        'a@b.co',
        'a_b',
        'x*y',
        '1',
        '10.',
        '(1)',
        '¹',
        'Ⅻ.',
        '\t',
        '  ',
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), (words) => {
        const text = words.join(' ');
        expect(renderMarkdown(text)).toBe(text.trim() === '' ? '' : markdownToHtml(text));
      }),
      { numRuns: 2000 },
    );
  });
});
