import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { bibtexText, isSafeBibtexMath, paperBibtex } from '../../src/render/bibtex.ts';

/** The one entry of a BibTeX text; `strict` also wants no complaint (the parser cannot read every TeX formula). */
function readBack(bib: string, strict = true) {
  const library = parseBibtex(bib, { sentenceCase: false });
  if (strict) expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

describe('BibTeX from hostile titles', () => {
  it('keeps a title that tries to close its field inside it, and adds no field', () => {
    const title = 'Brace } breakout}}, author = {Mallory}, note = {x} @misc{evil, title={pwned}';
    const entry = readBack(paperBibtex({ id: '2611.00004', title, categories: ['cs.CL}, note = {x'] }));
    expect(entry.key).toBe('arxiv2611.00004');
    expect(Object.keys(entry.fields).sort()).toEqual(['archiveprefix', 'eprint', 'month', 'primaryclass', 'title', 'url', 'year']);
    expect(entry.fields.title).toBe(title);
    expect(entry.fields.primaryclass).toBe('cs.CL}, note = {x');
  });

  it('writes braces as \\textbraceleft{} and \\textbraceright{}, which BibTeX does not count', () => {
    expect(bibtexText('a { b } c')).toBe('a \\textbraceleft{} b \\textbraceright{} c');
    expect(bibtexText('<script> \\input{x}')).toBe('\\textless{}script\\textgreater{} \\textbackslash{}input\\textbraceleft{}x\\textbraceright{}');
  });

  it.each([
    ['unbalanced braces', '}}'],
    ['a closing brace first', '}x{'],
    ['an escaped brace (BibTeX counts it anyway)', '\\{x'],
    ['a comment character', 'a % b'],
    ['an escaped backslash before a comment', 'a \\\\% b'],
    ['a parameter character', '#1'],
    ['a command KaTeX does not know (\\input)', '\\input{/etc/passwd}'],
    ['\\write18', '\\write18{rm -rf /}'],
    ['a macro definition', '\\def\\x{y}'],
    ['\\newcommand', '\\newcommand{\\x}{y}'],
    ['a link', '\\href{javascript:alert(1)}{x}'],
    ['\\url', '\\url{https://evil.example/}'],
  ])('escapes a formula with %s as text', (_, tex) => {
    expect(isSafeBibtexMath(tex)).toBe(false);
    expect(bibtexText(`$${tex}$`)).not.toContain(`$${tex}$`);
  });

  it('keeps ordinary formulas as written', () => {
    for (const tex of ['_{\\text{LLM}}', '\\alpha^2', '\\{x\\}', '\\frac{1}{2}', 'O(n \\log n)', 'a \\% b']) {
      expect(isSafeBibtexMath(tex), tex).toBe(true);
      expect(bibtexText(`SR$${tex}$`)).toBe(`SR$${tex}$`);
    }
  });

  it("any title made of BibTeX's special characters reads back as written, as one entry with the same fields", () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9 ]{0,6}$/),
      // No `'` or `-`: TeX reads `''` and `--` as ligatures (” and –), which is typography, not escaping.
      fc.constantFrom('{', '}', '\\', '%', '#', '&', '_', '~', '^', '<', '>', '"', '@', ',', '=', '}, note = {', '@misc{x,', '\\input{a}', '$', '\\$'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), (pieces) => {
        const title = `T ${pieces.join('')}`.trim();
        // A title with `$` may hold a formula, which LaTeX reads and this parser may not; TeX reads a run of spaces as one.
        const math = title.includes('$');
        const entry = readBack(paperBibtex({ id: '2404.01399', title, categories: [] }), !math);
        expect(Object.keys(entry.fields).sort()).toEqual(['archiveprefix', 'eprint', 'month', 'title', 'url', 'year']);
        if (!math) expect(entry.fields.title).toBe(title.replace(/ +/g, ' '));
      }),
      { numRuns: 300 },
    );
  });
});
