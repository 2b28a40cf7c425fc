import { describe, expect, it } from 'vitest';
import { shortAuthorName, shortAuthors, splitAuthorName } from '../../src/domain/author-names.ts';
import { paperBibtex } from '../../src/render/bibtex.ts';
import { paperCsl } from '../../src/render/csl.ts';

describe('authors’ names', () => {
  it('splits a name for citing, keeping particles with the family name and a suffix apart', () => {
    expect(splitAuthorName('Ada Lovelace')).toEqual({ given: 'Ada', family: 'Lovelace' });
    expect(splitAuthorName('Dana de la Cruz')).toEqual({ given: 'Dana', family: 'de la Cruz' });
    expect(splitAuthorName('Vincent van der Waals')).toEqual({ given: 'Vincent', family: 'van der Waals' });
    expect(splitAuthorName('Martin Luther King Jr.')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
    expect(splitAuthorName('Van Nguyen')).toEqual({ given: 'Van', family: 'Nguyen' });
  });

  it('keeps one-word names, names in CJK script and collaborations whole', () => {
    expect(splitAuthorName('Xia')).toEqual({ literal: 'Xia' });
    expect(splitAuthorName('李伟')).toEqual({ literal: '李伟' });
    expect(splitAuthorName('The ATLAS Collaboration')).toEqual({ literal: 'The ATLAS Collaboration' });
  });

  it('shortens given names to initials', () => {
    expect(shortAuthorName('Deepak John Reji')).toBe('D. J. Reji');
    expect(shortAuthorName('Jean-Pierre Serre')).toBe('J.-P. Serre');
    expect(shortAuthorName('Ada Z. Lovelace')).toBe('A. Z. Lovelace');
    expect(shortAuthorName('Dana de la Cruz')).toBe('D. de la Cruz');
  });

  it('lists up to three authors, and the first two with “et al.” beyond', () => {
    expect(shortAuthors(undefined)).toBe('');
    expect(shortAuthors(['Alice Zhang'])).toBe('A. Zhang');
    expect(shortAuthors(['Alice Zhang', 'Bruno Keller', 'Chen Li'])).toBe('A. Zhang, B. Keller, C. Li');
    expect(shortAuthors(['Alice Zhang', 'Bruno Keller', 'Chen Li', 'Dana de la Cruz'])).toBe('A. Zhang, B. Keller et al.');
    expect(shortAuthors(['Alice Zhang', 'Bruno Keller', 'Chen Li', 'Dana de la Cruz'], '等')).toBe('A. Zhang, B. Keller 等');
  });
});

describe('citations with arXiv’s metadata', () => {
  const paper = {
    id: '2403.08258',
    title: 'A Worked Example',
    authors: ['Ada Z. Lovelace', 'Dana de la Cruz'],
    categories: ['hep-th', 'gr-qc'],
    primaryCategory: 'gr-qc',
    submitted: '2024-03-13',
    doi: '10.1103/PhysRevD.110.044012',
    journalRef: 'Phys. Rev. D 110, 044012 (2024)',
  };

  it('BibTeX has the authors, the month submitted, the primary category, the DOI and the journal', () => {
    const entry = paperBibtex(paper);
    expect(entry).toContain('author = {Ada Z. Lovelace and Dana de la Cruz}');
    expect(entry).toContain('year = {2024}');
    expect(entry).toContain('month = mar');
    expect(entry).toContain('primaryClass = {gr-qc}');
    expect(entry).toContain('doi = {10.1103/PhysRevD.110.044012}');
    expect(entry).toContain('note = {Phys. Rev. D 110, 044012 (2024)}');
  });

  it('CSL-JSON has the authors split for citing and the day submitted', () => {
    const item = paperCsl(paper);
    expect(item.author).toEqual([
      { given: 'Ada Z.', family: 'Lovelace' },
      { given: 'Dana', family: 'de la Cruz' },
    ]);
    expect(item.issued).toEqual({ 'date-parts': [[2024, 3, 13]] });
  });
});
