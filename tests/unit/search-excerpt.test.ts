import { describe, expect, it } from 'vitest';
import { withoutTitle } from '../../src/scripts/search-page.ts';

const M = (s: string) => `\u0001${s}\u0002`;

describe('search excerpts leave out the title the result shows', () => {
  it('drops the whole title, or its last words when the excerpt starts inside it', () => {
    expect(withoutTitle(`2D ${M('Matryoshka')} Sentence Embeddings 2D Matryoshka句子嵌入 Common approaches`, '2D Matryoshka Sentence Embeddings')).toBe('2D Matryoshka句子嵌入 Common approaches');
    expect(withoutTitle(`Sentence Embeddings. We ${M('propose')} a model`, '2D Matryoshka Sentence Embeddings')).toBe(`We ${M('propose')} a model`);
  });

  it('keeps marks balanced when a mark spans the end of the title', () => {
    expect(withoutTitle(`Safe ${M('Models Here')} we go`, 'Safe Models')).toBe('Here we go');
  });

  it('leaves an excerpt alone that does not start with the title, or starts with a single word of it', () => {
    expect(withoutTitle('We introduce a model', 'Safe Models')).toBe('We introduce a model');
    expect(withoutTitle('Embeddings are everywhere', '2D Matryoshka Sentence Embeddings')).toBe('Embeddings are everywhere');
    expect(withoutTitle('Safe Models', 'Safe Models')).toBe('Safe Models');
  });
});
