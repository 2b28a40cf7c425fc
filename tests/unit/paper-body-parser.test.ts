import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendQuestion, itemSpans, itemSpansByParser, parsePaperBody, questionsState, replaceStarterQuestions } from '../../src/domain/paper-body.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

const FENCED = [
  '## Discussion questions',
  '',
  '1. Would this loop terminate on our data?',
  '',
  '   ```',
  '   - load the batch',
  '   - shuffle',
  '   1. train',
  '   ```',
  '',
  '2. Which baseline is missing?',
  '',
].join('\n');

describe('the questions of a paper body, read by remark', () => {
  it('keeps a question holding a fenced code block whose lines look like list items as one question', () => {
    const body = parsePaperBody(FENCED);
    expect(body.questions).toHaveLength(2);
    expect(body.questions[0]).toBe('Would this loop terminate on our data?\n\n```\n- load the batch\n- shuffle\n1. train\n```');
    expect(body.questions[1]).toBe('Which baseline is missing?');
    // Rendered, the code is a code block, not a list.
    const html = renderMarkdown(body.questions[0]!);
    expect(html).toContain('<pre');
    expect(html).toContain('- load the batch');
    expect(html).not.toContain('<li>');
    expect(questionsState(FENCED)).toMatchObject({ person: 2, starter: 0, otherText: false });
  });

  it('appends after the whole item and replaces no byte of it', () => {
    const appended = appendQuestion(FENCED, 'What would a second dataset show?');
    expect(appended).toBe(FENCED.replace('2. Which baseline is missing?\n', '2. Which baseline is missing?\n3. What would a second dataset show?\n'));
    expect(replaceStarterQuestions(FENCED, ['New starter?'])).toContain(FENCED.split('\n').slice(2, 11).join('\n'));
  });

  it('reads line by line only where remark reads the same, whatever the lines', () => {
    const text = fc.stringMatching(/^[ a-zA-Z0-9?*_`<>!\-[\]().#:>~]{0,24}$/);
    const line = fc.oneof(
      text.map((t) => `1. ${t}`),
      text.map((t) => `- ${t}`),
      text.map((t) => `12) ${t}`),
      text.map((t) => `   ${t}`),
      text,
      fc.constantFrom('', '```', '~~~', '   ```', '> quote', '<!-- starter:1a2b3c4d -->', '1. <!-- starter:1a2b3c4d -->', '* * *', '---', '1.', '- - x', '1. - x', '1. 2. x'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        expect(itemSpans(lines)).toEqual(itemSpansByParser(lines));
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });
});
