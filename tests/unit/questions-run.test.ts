import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runImport } from '../../src/files/import/run-import.ts';
import { runQuestions } from '../../src/files/questions/run-questions.ts';
import { knownPapersOfGroup, readKnownPapers } from '../../src/files/questions/starter-body.ts';
import { contentPaths } from '../../src/files/content-paths.ts';
import { NOTES_PROMPTS, parsePaperBody, textHash } from '../../src/domain/paper-body.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { SEED_DIGEST, REAL_DIGESTS, snapshot, tempContent, shippedWithoutQuestions } from '../helpers/content.ts';

const today = '2026-11-24';
const ROOT = join(import.meta.dirname, '..', '..');

function bodyOf(dir: string, id: string): string {
  const path = join(dir, 'papers', `${id}.md`);
  return readFrontmatter(readFileSync(path, 'utf8'), path).body;
}

describe('import: new papers get the notes template and starter questions', () => {
  it('in English, relating new papers only to papers the group already had', async () => {
    const dir = shippedWithoutQuestions();
    const report = await runImport({ inputs: [REAL_DIGESTS[2]!], contentDir: dir, today });
    expect(report.added).toHaveLength(29);
    for (const id of report.added) {
      const body = bodyOf(dir, id);
      for (const p of NOTES_PROMPTS.en) expect(body).toContain(`### ${p.title}`);
      const parsed = parsePaperBody(body);
      expect(parsed.notes).toBe('');
      expect(parsed.questionItems.length).toBeGreaterThanOrEqual(1);
      expect(parsed.questionItems.length).toBeLessThanOrEqual(5);
      expect(parsed.questionItems.every((q) => q.starter)).toBe(true);
      for (const m of body.matchAll(/\((\d{4}\.\d{4,5})\)/g)) expect(report.added).not.toContain(m[1]);
    }
  });

  it('in Chinese for a zh-CN group', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, locale: 'zh-CN' });
    const body = bodyOf(dir, '2403.08258');
    expect(body).toContain('### 核心思路');
    const questions = parsePaperBody(body).questions;
    expect(questions.length).toBeGreaterThanOrEqual(1);
    expect(questions.join('')).toMatch(/在Aishell-1上将输入序列长度减少了31倍/);
    for (const q of questions) expect(q).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never writes into an existing paper’s body, and a second import changes nothing', async () => {
    const dir = shippedWithoutQuestions();
    const before = snapshot(join(dir, 'papers'));
    const report = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today });
    expect(report.added).toEqual([]);
    expect(snapshot(join(dir, 'papers'))).toEqual(before);
  });

  it('a bodyFor given by the caller still wins', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, only: new Set([1]), bodyFor: () => '\n## Notes\n' });
    expect(bodyOf(dir, '2404.01399')).toBe('\n## Notes\n');
  });

  it('writes starter questions for every paper of a 650-paper import in one run', async () => {
    const entries = REAL_DIGESTS.map((p) => readFileSync(p, 'utf8'));
    // A digest of 650 entries: the real ones again and again under fresh ids.
    const source = entries[0]!;
    const header = source.slice(0, source.indexOf('# 详细'));
    const blocks = entries.flatMap((t) =>
      t
        .slice(t.indexOf('# 详细') + '# 详细'.length)
        .split(/\n(?=\[\^\d+\]:)/)
        .filter((b) => b.startsWith('[^')),
    );
    const detail: string[] = [];
    const rows: string[] = [];
    for (let i = 0; i < 650; i++) {
      const id = `2701.${String(10000 + i)}`;
      const block = blocks[i % blocks.length]!.replace(/^\[\^\d+\]:/, `[^${i + 1}]:`).replace(/arxiv\.org\/abs\/[\w./-]+?(v\d+)?(?=[)\]\s])/g, `arxiv.org/abs/${id}$1`);
      detail.push(block.trimEnd());
      rows.push(`| [^${i + 1}] | [t](https://arxiv.org/abs/${id}) | s |`);
    }
    const digest = `${header.replace(/\|[^\n]*\n(?=\|)/g, (row) => (/\[\^\d+\]/.test(row) ? '' : row)).trimEnd()}\n${rows.join('\n')}\n\n# 详细\n\n${detail.join('\n\n')}\n`;
    const dir = shippedWithoutQuestions();
    const path = join(dir, 'big.md');
    writeFileSync(path, digest);
    const plain = await runImport({ inputs: [path], contentDir: dir, today, dryRun: true, bodyFor: () => '\n' });
    const withQuestions = await runImport({ inputs: [path], contentDir: dir, today, dryRun: true });
    expect(withQuestions.added.length).toBe(plain.added.length);
    expect(withQuestions.added.length).toBeGreaterThan(600);
    // Every paper of the big digest gets its questions in the same run (what the import costs with
    // them is a figure of `npm run bench`, whose import step writes them; tests time nothing).
    const papersWithQuestions = (report: typeof plain) => report.writes.filter((w) => /\n## Discussion questions\n\n1\. .*<!-- starter:/.test(w.content)).length;
    expect(papersWithQuestions(plain)).toBe(0);
    expect(papersWithQuestions(withQuestions)).toBe(withQuestions.added.length);
  });
});

describe('npm run questions', () => {
  it('fills the 18 shipped papers, then leaves them alone', async () => {
    const dir = shippedWithoutQuestions();
    const report = await runQuestions({ ids: [], all: true, contentDir: dir });
    expect(report.papers.filter((p) => p.action === 'filled')).toHaveLength(18);
    for (const p of report.papers) {
      expect(p.questions.length).toBeGreaterThanOrEqual(1);
      expect(parsePaperBody(bodyOf(dir, p.id)).questionItems.every((q) => q.starter)).toBe(true);
    }
    const before = snapshot(dir);
    const again = await runQuestions({ ids: [], all: true, contentDir: dir });
    expect(again.writes).toEqual([]);
    expect(again.papers.every((p) => p.action === 'kept')).toBe(true);
    const forced = await runQuestions({ ids: [], all: true, force: true, contentDir: dir });
    expect(forced.writes).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves sections with people’s questions or text, and says why', async () => {
    const dir = shippedWithoutQuestions();
    const path = join(dir, 'papers', '2404.01399.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Discussion questions\n', '## Discussion questions\n\n1. Who annotated the data?\n'));
    const other = join(dir, 'papers', '2401.18018.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('## Discussion questions\n', '## Discussion questions\n\nAsk Dana about the refusal results.\n'));
    const report = await runQuestions({ ids: ['2404.01399', 'https://arxiv.org/abs/2401.18018v2'], contentDir: dir, force: true });
    expect(report.papers.map((p) => [p.id, p.action, p.reason])).toEqual([
      ['2404.01399', 'kept', 'has 1 question written by people'],
      ['2401.18018', 'kept', 'its questions section has text written by people'],
    ]);
  });

  it('dry run writes nothing; unknown ids are a clear error', async () => {
    const dir = shippedWithoutQuestions();
    const before = snapshot(dir);
    const report = await runQuestions({ ids: ['2403.08258'], contentDir: dir, dryRun: true });
    expect(report.papers[0]!.questions.length).toBeGreaterThanOrEqual(1);
    expect(snapshot(dir)).toEqual(before);
    await expect(runQuestions({ ids: ['2501.00001'], contentDir: dir })).rejects.toThrow(/no such paper/);
    await expect(runQuestions({ ids: ['not-an-id'], contentDir: dir })).rejects.toThrow(/expected an arXiv id/);
  });

  it('reads the ids, titles and abstracts of known papers cheaply', () => {
    const known = readKnownPapers(join(shippedWithoutQuestions(), 'papers'));
    expect(known).toHaveLength(18);
    const flames = known.find((k) => k.id === '2311.06899')!;
    // The Chinese fields never make a match but may veto one (src/domain/related/translation-agreement.ts).
    expect(Object.keys(flames).sort()).toEqual(['abstract', 'abstractZh', 'id', 'summaryZh', 'title', 'titleZh']);
    expect(flames).toMatchObject({
      id: '2311.06899',
      title: 'Flames: Benchmarking Value Alignment of Chinese Large Language Models',
      titleZh: '火焰: 评估中国大型语言模型与人类价值观的契合性的基准测试',
    });
    expect(flames.abstract).toMatch(/^The widespread adoption of large language models \(LLMs\) across various regions/);
  });

  it('knows, under the group’s page rule, only the papers with a page: engaged with or within the window', () => {
    const papers = join(shippedWithoutQuestions(), 'papers');
    const all = readKnownPapers(papers);
    // A window that ended long ago and no session: only the papers people engaged with are left.
    const engagedOnly = readKnownPapers(papers, { today: '2099-01-01', candidateDays: 28, inSessions: new Set() });
    expect(engagedOnly.length).toBeGreaterThan(0);
    expect(engagedOnly.length).toBeLessThan(all.length);
    // A paper of a session counts too, engaged or not.
    const left = all.find((k) => !engagedOnly.some((e) => e.id === k.id))!;
    expect(readKnownPapers(papers, { today: '2099-01-01', candidateDays: 28, inSessions: new Set([left.id]) }).map((k) => k.id)).toContain(left.id);
    // Every paper is within a window that has not ended.
    expect(readKnownPapers(papers, { today: '2026-01-01', candidateDays: 100_000, inSessions: new Set() })).toHaveLength(all.length);
    // The group's own rule, as the import and `npm run questions` apply it: its sessions' papers count.
    const group = knownPapersOfGroup(contentPaths(join(papers, '..')), '2099-01-01').map((k) => k.id);
    expect(group.length).toBeGreaterThanOrEqual(engagedOnly.length);
    expect(group.length).toBeLessThan(all.length);
  });

  it('runs as a command with the group’s locale, and explains itself', async () => {
    const dir = shippedWithoutQuestions();
    writeFileSync(join(dir, 'group.yaml'), readFileSync(join(dir, 'group.yaml'), 'utf8').replace('locale: en', 'locale: zh-CN'));
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['src/cli/questions.ts', '--content', dir, '2403.20041', '--dry-run'], { cwd: ROOT });
    expect(stdout).toMatch(/2403\.20041: would write \d starter questions/);
    expect(stdout).toMatch(/Transformer-Lite/);
    expect(stdout).toMatch(/[\u4e00-\u9fff]/);
    const help = await run(process.execPath, ['src/cli/questions.ts', '--help'], { cwd: ROOT });
    expect(help.stdout).toMatch(/QUESTIONS_API_BASE/);
    const failed = await run(process.execPath, ['src/cli/questions.ts', '--content', dir], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/give at least one paper id, or --all/);
  });
});

describe('property: no import or questions run changes a question a person edited', () => {
  const edit = fc.record({
    paper: fc.nat(),
    item: fc.nat(),
    how: fc.constantFrom('reword', 'append', 'continue', 'unmark', 'add', 'bullet'),
    words: fc.stringMatching(/^[A-Za-z ,?'()-]{1,30}$/).map((s) => s.trim() || 'why'),
  });
  const step = fc.oneof(
    fc.record({ kind: fc.constant('import' as const), digest: fc.nat({ max: 1 }), locale: fc.constantFrom('en' as const, 'zh-CN' as const) }),
    fc.record({ kind: fc.constant('questions' as const), force: fc.boolean(), locale: fc.constantFrom('en' as const, 'zh-CN' as const), all: fc.boolean() }),
    fc.record({ kind: fc.constant('edit' as const), edit }),
  );

  /** Applies a person's edit to one question of one paper; returns the paper and the item text as edited. */
  function applyEdit(dir: string, e: { paper: number; item: number; how: string; words: string }): { file: string; text: string } | undefined {
    const files = readdirSync(join(dir, 'papers')).sort();
    if (files.length === 0) return undefined;
    const file = join(dir, 'papers', files[e.paper % files.length]!);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // Only questions still exactly as generated: editing one's own edit again replaces it, as it should.
    const itemLines = lines
      .map((l, i) => {
        const m = /^\d+\. (.*) <!-- starter:([0-9a-f]{8}) -->$/.exec(l);
        return m && textHash(m[1]!) === m[2] && !/^\s+\S/.test(lines[i + 1] ?? '') ? i : -1;
      })
      .filter((i) => i >= 0);
    if (e.how === 'add' || itemLines.length === 0) {
      const at = lines.findIndex((l) => l === '## Discussion questions');
      if (at < 0) return undefined;
      const mine = `${e.words} (our own question)`;
      lines.splice(at + 1, 0, '', `- ${mine}`);
      writeFileSync(file, lines.join('\n'));
      return { file, text: mine };
    }
    const at = itemLines[e.item % itemLines.length]!;
    const m = /^(\d+)\. (.*) <!-- starter:([0-9a-f]{8}) -->$/.exec(lines[at]!)!;
    let edited: string;
    if (e.how === 'reword') lines[at] = `${m[1]}. ${(edited = `${m[2]!.replace(/\s\S+$/, '')} ${e.words}`)} <!-- starter:${m[3]} -->`;
    else if (e.how === 'append') lines[at] = `${m[1]}. ${(edited = `${m[2]} ${e.words}`)} <!-- starter:${m[3]} -->`;
    else if (e.how === 'unmark') lines[at] = `${m[1]}. ${(edited = m[2]!)}`;
    else if (e.how === 'bullet') lines[at] = `- ${(edited = `${m[2]}!`)} <!-- starter:${m[3]} -->`;
    else {
      lines.splice(at + 1, 0, `   and ${e.words}`);
      edited = `${m[2]} <!-- starter:${m[3]} -->\nand ${e.words}`;
    }
    // An edit that happens to leave the text as it was is no edit.
    if (textHash(edited) === m[3] && e.how !== 'unmark') return undefined;
    writeFileSync(file, lines.join('\n'));
    return { file, text: edited };
  }

  it('holds for any sequence of imports, questions runs and edits', async () => {
    let checkedAfterRun = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 7 }), async (steps) => {
        const dir = tempContent();
        mkdirSync(join(dir, 'papers'), { recursive: true });
        const personal: { file: string; text: string }[] = [];
        const digests = [SEED_DIGEST, REAL_DIGESTS[2]!];
        for (const s of steps) {
          if (s.kind === 'import') await runImport({ inputs: [digests[s.digest]!], contentDir: dir, today, locale: s.locale, only: new Set([1, 2, 3, 4]) });
          else if (s.kind === 'questions') {
            if (readdirSync(join(dir, 'papers')).length === 0) continue;
            const first = readdirSync(join(dir, 'papers')).sort()[0]!.replace(/\.md$/, '');
            await runQuestions({ ids: s.all ? [] : [first], all: s.all, force: s.force, locale: s.locale, contentDir: dir });
          } else {
            const edited = applyEdit(dir, s.edit);
            if (edited) personal.push(edited);
          }
          if (s.kind !== 'edit' && personal.length > 0) checkedAfterRun++;
          for (const p of personal) {
            const items = parsePaperBody(readFrontmatter(readFileSync(p.file, 'utf8'), p.file).body).questionItems;
            const expected = p.text.replace(/ <!-- starter:[0-9a-f]{8} -->(?=\n)/, '');
            expect(items.some((q) => !q.starter && (q.text === expected || q.text === p.text))).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
    // The runs did put people's edits through later imports and questions runs.
    expect(checkedAfterRun).toBeGreaterThan(0);
  }, 120_000);
});
