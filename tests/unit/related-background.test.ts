import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundModule } from '../../scripts/related-background.ts';
import { BACKGROUND } from '../../src/domain/related/background.ts';

describe('the related-papers background', () => {
  it('is what scripts/related-background.ts makes from the fixture digests today (run it after changing the tokenizer)', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'domain', 'related', 'background-df.ts'), 'utf8');
    expect(file).toBe(backgroundModule());
  });

  it('counts common words of papers as common and leaves rare ones out', () => {
    expect(BACKGROUND.papers).toBeGreaterThan(500);
    expect(BACKGROUND.df.get('model')! / BACKGROUND.papers).toBeGreaterThan(0.5);
    expect(BACKGROUND.df.get('learn')! / BACKGROUND.papers).toBeGreaterThan(0.3);
    expect(BACKGROUND.df.has('skipformer')).toBe(false);
  });
});
