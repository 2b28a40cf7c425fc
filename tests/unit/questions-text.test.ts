import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/lib/questions/text.ts';

describe('shortening a clause for a question', () => {
  it('never cuts between the modifiers of one noun', () => {
    const clause =
      'the BrowseComp-Plus questions but relocates their evidence to ClimbMix, a 400B-token, 553M-document mixture of web text released by NVIDIA for pre-training language models';
    const short = shorten(clause, 120, 20)!;
    // Before: "… to ClimbMix, a 400B-token", a noun phrase cut before its noun.
    expect(clause.startsWith(short)).toBe(true);
    expect(short).not.toMatch(/400B-token$/);
    expect(short).toMatch(/(?:questions|ClimbMix)$/);
  });

  it('still cuts at a comma between clauses', () => {
    const clause = 'a retriever that scores passages with a small model, which lets the index stay compact while recall on long queries improves markedly over baselines';
    expect(shorten(clause, 80, 20)).toBe('a retriever that scores passages with a small model');
  });
});
