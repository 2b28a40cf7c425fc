import { describe, expect, it } from 'vitest';
import { mathToPlainText, renderMathText, renderTex, texAccentsToUnicode } from '../../src/render/math.ts';

describe('math every browser draws', () => {
  it('writes styled letters as their Unicode characters, since Chromium ignores mathvariant', () => {
    const html = renderTex('\\mathbb{R}^n \\mathcal{L} \\mathbf{x} \\mathfrak{g} \\mathsf{A} \\mathbb{1}', false)!;
    for (const c of ['ℝ', 'ℒ', '𝐱', '𝔤', '𝖠', '𝟙']) expect(html).toContain(c);
    expect(html).not.toMatch(/mathvariant="(?:double-struck|script|bold|fraktur|sans-serif)"/);
    // The source stays in the annotation, for copying.
    expect(html).toContain('\\mathbb{R}^n');
  });

  it('keeps mathvariant where Unicode has no styled character (bold Greek through \\boldsymbol)', () => {
    expect(renderTex('\\boldsymbol{\\theta}', false)).toContain('<mi mathvariant="bold-italic">θ</mi>');
  });

  it('leaves upright text such as \\mathrm{d} alone', () => {
    expect(renderTex('\\mathrm{d}x', false)).toContain('<mi mathvariant="normal">d</mi>');
  });
});

describe('TeX accents in running text', () => {
  it.each([
    ["Poincar\\'e", 'Poincaré'],
    ["Poincar\\'{e} sections", 'Poincaré sections'],
    ["{\\'e}cole", 'école'],
    ['G\\"odel', 'Gödel'],
    ["\\v{S}ediv\\'y", 'Šedivý'],
    ['Erd\\H{o}s', 'Erdős'],
    ['Fran\\c{c}ois', 'François'],
    ['\\c cones', 'çones'],
    ['Stra{\\ss}e', 'Straße'],
    ["\\'{\\i}", 'í'],
    ['\\l{}', 'ł'],
  ])('%s becomes %s', (tex, text) => {
    expect(texAccentsToUnicode(tex)).toBe(text);
  });

  it('leaves other backslashes and math alone', () => {
    expect(texAccentsToUnicode('C:\\temp and \\order')).toBe('C:\\temp and \\order');
    expect(renderMathText("Poincar\\'e and $\\hat{x}$")).toMatch(/^Poincaré and <span class="katex">/);
    expect(mathToPlainText("Poincar\\'e maps")).toBe('Poincaré maps');
  });
});
