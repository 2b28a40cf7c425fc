import { describe, expect, it } from 'vitest';
import { arxivIdOfEntry, readBibtex } from '../../src/domain/bibtex-import.ts';

const REFS = `% exported by a reference manager
@misc{raza2024developing,
  title = {Developing Safe and Responsible {Large Language Models} -- A Comprehensive Framework},
  author = {Raza, Shaina and Bamgbose, Oluwanifemi and M{\\"u}ller, J{\\"o}rg and {OpenAI Team}},
  year = {2024},
  eprint = {2404.01399v2},
  archivePrefix = {arXiv},
  primaryClass = {cs.CL},
  abstract = {Given the growing concerns around the \\emph{safety} of LLMs.}
}

@article{zheng2024prompt,
  title={Prompt-Driven {LLM} Safeguarding via Directed Representation Optimization},
  author={Zheng, Chujie and Yin, Fan},
  journal={arXiv preprint arXiv:2401.18018},
  year={2024}
}

@article{vaswani2017attention,
  title={Attention is all you need},
  author={Vaswani, Ashish},
  journal={Advances in Neural Information Processing Systems},
  year={2017}
}

@online{maldacena, title = {The Large N Limit}, url = {https://arxiv.org/abs/hep-th/9711200v3}}
@misc{doi2025, title = {By DOI}, doi = {10.48550/arXiv.2501.00001}}
@misc{biblatex, title = {Biblatex style}, eprinttype = {arxiv}, eprint = {2502.00002}}
@misc{pmid, title = {Not arXiv}, eprint = {12345678}, archivePrefix = {PubMed}}
@misc{again, title = {Same paper again}, eprint = {2404.01399}, archivePrefix = {arXiv}}
`;

describe('reading a BibTeX file', () => {
  const result = readBibtex(REFS);

  it('turns every entry that names an arXiv id into a paper, in file order', () => {
    expect(result.papers.map((p) => [p.key, p.id])).toEqual([
      ['raza2024developing', '2404.01399'],
      ['zheng2024prompt', '2401.18018'],
      ['maldacena', 'hep-th/9711200'],
      ['doi2025', '2501.00001'],
      ['biblatex', '2502.00002'],
    ]);
  });

  it('reads title, authors, abstract, version and category as plain text', () => {
    expect(result.papers[0]).toEqual({
      key: 'raza2024developing',
      line: 2,
      id: '2404.01399',
      version: 2,
      title: 'Developing Safe and Responsible Large Language Models – A Comprehensive Framework',
      authors: ['Shaina Raza', 'Oluwanifemi Bamgbose', 'Jörg Müller', 'OpenAI Team'],
      abstract: 'Given the growing concerns around the safety of LLMs.',
      categories: ['cs.CL'],
    });
    expect(result.papers[1]).toMatchObject({ title: 'Prompt-Driven LLM Safeguarding via Directed Representation Optimization', categories: [], abstract: '' });
    expect(result.papers[2]).toMatchObject({ id: 'hep-th/9711200', version: 3 });
  });

  it('reports the other entries as skipped, with key, line and reason', () => {
    expect(result.skipped).toEqual([
      { key: 'vaswani2017attention', line: 19, reason: expect.stringMatching(/^no arXiv id: expected eprint with archivePrefix/) as string },
      { key: 'pmid', line: 29, reason: expect.stringMatching(/^no arXiv id/) as string },
      { key: 'again', line: 30, reason: 'arXiv:2404.01399 again (already in entry raza2024developing)' },
    ]);
  });

  it('reports an entry it cannot read, and still reads the others', () => {
    const broken = readBibtex(`@misc{good, eprint = {2404.01399}, archivePrefix = {arXiv}}\n\n@article{broken, title={never closed\n`);
    expect(broken.papers.map((p) => p.key)).toEqual(['good']);
    expect(broken.skipped).toEqual([{ key: 'broken', line: 3, reason: expect.stringMatching(/^could not be read: /) as string }]);
  });

  it('reads an empty file as nothing', () => {
    expect(readBibtex('')).toEqual({ papers: [], skipped: [] });
  });
});

describe('finding the arXiv id of an entry', () => {
  it('needs the archive to be arXiv for an eprint', () => {
    expect(arxivIdOfEntry({ eprint: '2404.01399', archiveprefix: 'arXiv' })).toEqual({ id: '2404.01399' });
    expect(arxivIdOfEntry({ eprint: 'arXiv:2404.01399v3', archiveprefix: 'ARXIV' })).toEqual({ id: '2404.01399', version: 3 });
    expect(arxivIdOfEntry({ eprint: '2404.01399' })).toBeUndefined();
  });

  it('reads links, DOIs and Google Scholar journals', () => {
    expect(arxivIdOfEntry({ url: 'https://arxiv.org/pdf/2401.18018v2.pdf' })).toEqual({ id: '2401.18018', version: 2 });
    expect(arxivIdOfEntry({ doi: 'https://doi.org/10.48550/arXiv.2401.18018' })).toEqual({ id: '2401.18018' });
    expect(arxivIdOfEntry({ journal: 'arXiv preprint arXiv:2401.18018' })).toEqual({ id: '2401.18018' });
    expect(arxivIdOfEntry({ note: 'arXiv:hep-th/9901001' })).toEqual({ id: 'hep-th/9901001' });
    expect(arxivIdOfEntry({ url: 'https://example.org/2401.18018', doi: '10.1000/xyz' })).toBeUndefined();
  });
});
