import { describe, expect, it } from 'vitest';
import { renderMathText, typographicDashes } from '../../src/render/math.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

describe('typographicDashes', () => {
  it('makes en and em dashes of spaced and unspaced TeX dashes', () => {
    expect(typographicDashes('Models -- A Framework')).toBe('Models – A Framework');
    expect(typographicDashes('Models--A Framework')).toBe('Models–A Framework');
    expect(typographicDashes('pages 1--10, 2020--2024')).toBe('pages 1–10, 2020–2024');
    expect(typographicDashes('a --- b, a---b')).toBe('a — b, a—b');
    expect(typographicDashes('Zhang--Li')).toBe('Zhang–Li');
  });

  it('leaves addresses, paths, options and code-like words alone', () => {
    for (const text of ['see https://example.org/a--b', 'www.a--b.org', 'src/a--b.ts', 'x_1--x_2', '`a--b`', '--flag', 'a----b']) {
      expect(typographicDashes(text)).toBe(text);
    }
  });
});

describe('markdown dashes', () => {
  it('applies in text, not in code or code blocks', () => {
    expect(renderMarkdown('Models -- A Framework')).toBe('<p>Models – A Framework</p>');
    const html = renderMarkdown('A--B and `npm run plan -- --weeks 4`\n\n```\nx -- y\n```');
    expect(html).toContain('A–B and <code>npm run plan -- --weeks 4</code>');
    expect(html).toContain('x -- y');
  });
});

describe('inline math stays with its word', () => {
  it('wraps the word and the formula written against it in one unbreakable span', () => {
    const html = renderMathText('the SR$_{\\text{LLM}}$ model');
    expect(html).toMatch(/^the <span class="math-nowrap">SR<span class="katex">.*<\/span><\/span> model$/);
    expect(renderMathText('a $k$-means run')).toMatch(/^a <span class="math-nowrap"><span class="katex">.*<\/span>-means<\/span> run$/);
    // Standing alone, a formula needs no span.
    expect(renderMathText('with $x$ only')).not.toContain('math-nowrap');
    // Word, formula, word, formula: one span.
    expect(renderMathText('(SR$_1$/SR$_2$)').match(/math-nowrap/g)).toHaveLength(1);
  });
});

describe('inline math in Chinese text', () => {
  it('glues no Chinese text to a formula, so a long sentence still wraps', () => {
    const html = renderMathText('我们引入了安全和负责任的大型语言模型（SR$_{\\text{LLM}}$），旨在增强安全性');
    expect(html).toMatch(/^我们引入了安全和负责任的大型语言模型（<span class="math-nowrap">SR<span class="katex">.*<\/span><\/span>），旨在增强安全性$/);
    expect(renderMathText('a&b$x$')).toMatch(/^<span class="math-nowrap">a&amp;b<span class="katex">/);
  });
});
