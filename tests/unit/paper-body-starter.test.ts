import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NOTES_HEADING,
  NOTES_PROMPTS,
  QUESTIONS_HEADING,
  listItems,
  newPaperBody,
  parsePaperBody,
  questionsState,
  readQuestionItem,
  replaceStarterQuestions,
  splitSections,
  starterItem,
  textHash,
} from '../../src/domain/paper-body.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

const QS = ['What does DRO optimise, exactly?', 'Why 31 times on Aishell-1 but 22 on Librispeech?', 'Who annotated the data?', 'Is the baseline tuned?'];

describe('the body template', () => {
  it('has the notes prompts and both headings, and reads as empty', () => {
    const body = newPaperBody();
    expect(body).toContain(`${NOTES_HEADING}\n`);
    expect(body).toContain(`${QUESTIONS_HEADING}\n`);
    for (const p of NOTES_PROMPTS.en) expect(body).toContain(`### ${p.title}\n\n<!-- ${p.hint} -->`);
    const parsed = parsePaperBody(body);
    expect(parsed).toEqual({ notes: '', questions: [], questionItems: [], extra: [] });
    expect(renderMarkdown(parsed.notes)).toBe('');
  });

  it('writes prompts in Chinese for a zh-CN group and keeps the headings the parser knows', () => {
    const body = newPaperBody({ locale: 'zh-CN', questions: ['DRO 优化的到底是什么？', '为什么是 31 倍？', '谁做的标注？', '基线调过吗？'] });
    for (const p of NOTES_PROMPTS['zh-CN']) expect(body).toContain(`### ${p.title}`);
    const parsed = parsePaperBody(body);
    expect(parsed.notes).toBe('');
    expect(parsed.questions).toEqual(['DRO 优化的到底是什么？', '为什么是 31 倍？', '谁做的标注？', '基线调过吗？']);
    expect(parsed.questionItems.every((q) => q.starter)).toBe(true);
  });

  it('numbers the starter questions and marks each with the hash of its text', () => {
    const body = newPaperBody({ questions: QS });
    QS.forEach((q, i) => expect(body).toContain(`${i + 1}. ${q} <!-- starter:${textHash(q)} -->\n`));
    const parsed = parsePaperBody(body);
    expect(parsed.questions).toEqual(QS);
    expect(parsed.questionItems.map((q) => q.starter)).toEqual([true, true, true, true]);
  });

  it('shows only the notes people wrote: empty prompts and hints disappear, their own headings stay', () => {
    const body = newPaperBody({ questions: QS })
      .replace('<!-- What the authors do about it, and why it might work. -->', 'Skip frames the CTC head is sure about.')
      .replace('## Notes\n', '## Notes\n\n### Our own heading\n\nKept.\n\n```\n<!-- not a hint -->\n```\n');
    const notes = parsePaperBody(body).notes;
    expect(notes).toContain('### Key idea\n\nSkip frames the CTC head is sure about.');
    expect(notes).toContain('### Our own heading\n\nKept.');
    expect(notes).toContain('<!-- not a hint -->');
    expect(notes).not.toContain('### Problem');
    expect(notes).not.toContain('### Doubts');
    expect(notes).not.toContain('The problem the paper tackles');
  });

  it('keeps the existing exports working on old bodies', () => {
    const old = '\n## Notes\n\nSome notes.\n\n## Discussion questions\n\n1. First?\n2. Second?\n\n## Reading list\n\n- a\n';
    expect(splitSections(old).map((s) => s.title)).toEqual(['Notes', 'Discussion questions', 'Reading list']);
    expect(listItems('1. a\n   more\n2. b')).toEqual(['a\nmore', 'b']);
    const parsed = parsePaperBody(old);
    expect(parsed.notes).toBe('Some notes.');
    expect(parsed.questions).toEqual(['First?', 'Second?']);
    expect(parsed.questionItems.every((q) => !q.starter)).toBe(true);
  });
});

describe('starter markers', () => {
  it('any edit makes the question a person’s', () => {
    const item = starterItem(QS[0]!, 1).replace(/^1\. /, '');
    expect(readQuestionItem(item)).toEqual({ text: QS[0], starter: true });
    expect(readQuestionItem(item.replace('exactly', 'precisely'))).toEqual({ text: 'What does DRO optimise, precisely?', starter: false });
    expect(readQuestionItem(item.replace('?', '? And why?'))).toMatchObject({ starter: false });
    expect(readQuestionItem(`Our own question? <!-- starter:${textHash('something else')} -->`)).toEqual({ text: 'Our own question?', starter: false });
    expect(readQuestionItem('Our own question?')).toEqual({ text: 'Our own question?', starter: false });
  });

  it('a line a person adds under a starter item makes it theirs', () => {
    const body = `${QUESTIONS_HEADING}\n\n${starterItem(QS[0]!, 1)}\n   And what about Gemini?\n`;
    expect(parsePaperBody(body).questionItems[0]!.starter).toBe(false);
  });
});

describe('replacing starter questions', () => {
  it('fills an empty section right under its heading', () => {
    const body = newPaperBody();
    const next = replaceStarterQuestions(body, QS);
    expect(next).toBe(newPaperBody({ questions: QS }));
  });

  it('replaces starter questions and leaves a person’s exactly where they are', () => {
    const edited = starterItem('Where would Skipformer fail?', 2).replace(' <!--', ' Really? <!--');
    const body = `\n## Notes\n\nMine.\n\n## Discussion questions\n\n${starterItem('Old one?', 1)}\n${edited}\n3. Written by Alice\n   over two lines\n${starterItem('Old two?', 4)}\n\n## Extra\n\nKeep me.\n`;
    const next = replaceStarterQuestions(body, QS);
    expect(next).toContain(`${edited}\n3. Written by Alice\n   over two lines\n`);
    expect(next).toContain('\n## Notes\n\nMine.\n\n');
    expect(next.endsWith('\n\n## Extra\n\nKeep me.\n')).toBe(true);
    const parsed = parsePaperBody(next);
    expect(parsed.questionItems.filter((q) => q.starter).map((q) => q.text)).toEqual(QS);
    expect(parsed.questionItems.filter((q) => !q.starter).map((q) => q.text)).toEqual(['Where would Skipformer fail? Really?', 'Written by Alice\nover two lines']);
    expect(replaceStarterQuestions(next, QS)).toBe(next);
  });

  it('adds the section when a body has none, and keeps CRLF line ends', () => {
    expect(parsePaperBody(replaceStarterQuestions('\n## Notes\n\nx\n', QS)).questions).toEqual(QS);
    const crlf = newPaperBody().replace(/\n/g, '\r\n');
    const next = replaceStarterQuestions(crlf, QS);
    expect(next.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parsePaperBody(next).questions).toEqual(QS);
  });

  it('counts starter and person questions', () => {
    expect(questionsState('\n## Notes\n')).toEqual({ hasSection: false, starter: 0, person: 0, otherText: false });
    expect(questionsState(newPaperBody())).toEqual({ hasSection: true, starter: 0, person: 0, otherText: false });
    expect(questionsState(`${newPaperBody({ questions: QS })}5. mine\n`)).toMatchObject({ starter: 4, person: 1 });
    expect(questionsState(`${QUESTIONS_HEADING}\n\nWe should ask about the data.\n`)).toMatchObject({ starter: 0, person: 0, otherText: true });
  });
});

describe('property: a person’s questions survive any replacement', () => {
  const words = fc
    .stringMatching(/^[A-Za-z0-9 ,?'$*_()-]{1,40}$/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/^\d+[.)]/.test(s));
  const item = fc.record({ kind: fc.constantFrom('starter', 'edited', 'person', 'continued'), text: words, extra: words });
  const other = fc.constantFrom('', '\n## Notes\n\nnotes\n', '\n## Reading\n\n- x\n', '\n## Notes\n\n### Problem\n\n<!-- hint -->\n');

  it('replaceStarterQuestions never changes, drops or reorders items people wrote or edited', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), other, other, fc.array(words, { minLength: 4, maxLength: 6 }), fc.boolean(), (items, before, after, fresh, bullets) => {
        const lines = items.map((it, i) => {
          const n = bullets ? '-' : `${i + 1}.`;
          if (it.kind === 'starter') return starterItem(it.text, i + 1).replace(/^\d+\./, n);
          if (it.kind === 'edited') return `${n} ${it.text}!${it.extra} <!-- starter:${textHash(it.text)} -->`;
          if (it.kind === 'continued') return `${starterItem(it.text, i + 1).replace(/^\d+\./, n)}\n   and ${it.extra}`;
          return `${n} ${it.text}`;
        });
        const body = `${before}\n${QUESTIONS_HEADING}\n\n${lines.join('\n')}\n${after}`;
        const personBefore = parsePaperBody(body)
          .questionItems.filter((q) => !q.starter)
          .map((q) => q.text);
        const next = replaceStarterQuestions(body, fresh);
        const parsed = parsePaperBody(next).questionItems;
        expect(parsed.filter((q) => !q.starter).map((q) => q.text)).toEqual(personBefore);
        expect(parsed.filter((q) => q.starter).map((q) => q.text)).toEqual(fresh.map((q) => q.replace(/\s+/g, ' ').trim()));
        // Every line a person wrote is still in the file, unchanged.
        for (const [i, it] of items.entries()) if (it.kind !== 'starter') for (const line of lines[i]!.split('\n')) expect(next).toContain(line);
      }),
      { numRuns: 300 },
    );
  });
});
