import { describe, expect, it } from 'vitest';
import { endAtWord, firstSentence } from '../../src/lib/excerpt.ts';

describe('excerpts', () => {
  it('takes the first sentence, keeping formulas whole', () => {
    expect(firstSentence('We introduce SR$_{\\text{LLM}}$. It is safe.')).toBe('We introduce SR$_{\\text{LLM}}$.');
    expect(firstSentence('Using e.g. this trick, we win. Then more.')).toBe('Using e.g. this trick, we win.');
  });

  it('ends a text cut mid-word at the last whole word', () => {
    expect(endAtWord('there was a s')).toBe('there was a');
    expect(endAtWord('ends with a comma, and')).toBe('ends with a comma');
    expect(endAtWord('cut in math $\\text{Bro')).toBe('cut in math');
    expect(endAtWord('a whole sentence.')).toBe('a whole sentence.');
  });
});
