import { describe, expect, it } from 'vitest';
import { engagedWith, hasPage, type PageRule } from '../../src/domain/paper-pages.ts';
import { newPaperBody, starterItem } from '../../src/domain/paper-body.ts';
import type { PaperData } from '../../src/schemas/paper.ts';

const rule: PageRule = { today: '2026-12-05', candidateDays: 28, inSessions: new Set(['2601.00003']) };
const untouched = newPaperBody({ locale: 'en', questions: ['What does the method assume about the data?'] });
const paper = (over: Partial<PaperData> = {}) => ({ id: '2601.00001', status: 'candidate', votes: 0, tags: [], sources: [{ imported: '2026-01-10' }], ...over }) as PaperData;

describe('which papers get a page', () => {
  it('a candidate nobody touched has one for candidateDays after its import, then not', () => {
    expect(hasPage(paper({ sources: [{ imported: '2026-11-07' }] }), untouched, rule)).toBe(true);
    expect(hasPage(paper({ sources: [{ imported: '2026-11-06' }] }), untouched, rule)).toBe(false);
    expect(hasPage(paper(), untouched, { ...rule, candidateDays: 400 })).toBe(true);
  });

  it('the first import counts, not a later digest that carried the paper again', () => {
    expect(hasPage(paper({ sources: [{ imported: '2026-01-10' }, { imported: '2026-12-01' }] }), untouched, rule)).toBe(false);
  });

  it('any sign of people keeps it: status, votes, tags, a session, notes, their own question, a section they added', () => {
    expect(engagedWith(paper(), untouched, rule.inSessions)).toBe(false);
    expect(hasPage(paper({ status: 'shortlisted' }), untouched, rule)).toBe(true);
    expect(hasPage(paper({ status: 'archived' }), untouched, rule)).toBe(true);
    expect(hasPage(paper({ votes: ['alice'] }), untouched, rule)).toBe(true);
    expect(hasPage(paper({ votes: 2 }), untouched, rule)).toBe(true);
    expect(hasPage(paper({ tags: ['safety'] }), untouched, rule)).toBe(true);
    expect(hasPage(paper({ id: '2601.00003' }), untouched, rule)).toBe(true);
    expect(hasPage(paper(), untouched.replace('### Problem\n', '### Problem\n\nA real problem.\n'), rule)).toBe(true);
    expect(hasPage(paper(), `${untouched}2. Is the baseline fair?\n`, rule)).toBe(true);
    expect(hasPage(paper(), `${untouched}\n## Reading plan\n\nSection 3 first.\n`, rule)).toBe(true);
  });

  it('a paper a member suggested keeps its page beyond the candidateDays window', () => {
    const old = { sources: [{ imported: '2026-01-10' }] };
    expect(hasPage(paper(old), untouched, rule)).toBe(false);
    expect(engagedWith(paper({ ...old, suggestedBy: 'chen' }), untouched, rule.inSessions)).toBe(true);
    expect(hasPage(paper({ ...old, suggestedBy: 'chen' }), untouched, rule)).toBe(true);
    expect(hasPage(paper({ ...old, suggestedBy: '  ' }), untouched, rule)).toBe(false);
  });

  it('an unedited starter question or the template alone is not engagement', () => {
    expect(hasPage(paper(), `\n## Notes\n\n## Discussion questions\n\n${starterItem('Why this loss?', 1)}\n`, rule)).toBe(false);
  });
});
