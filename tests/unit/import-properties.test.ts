import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigest } from '../../src/domain/digest/parse-digest.ts';
import { cleanText } from '../../src/domain/digest/clean-text.ts';
import { writeDigest, type DigestWriteEntry } from '../../src/domain/digest/write-digest.ts';
import { runImport } from '../../src/files/import/run-import.ts';
import { newPaperFile, digestFields } from '../../src/files/import/merge-paper.ts';
import { readFrontmatter, splitBlocks } from '../../src/files/frontmatter.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { UserError } from '../../src/domain/errors.ts';
import { SEED_DIGEST, snapshot, tempContent } from '../helpers/content.ts';

const RUNS = { numRuns: 60 };

/** One line of digest text: any printable text, including |, $, backslashes, CJK and YAML-looking words. */
const lineText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      fc.constantFrom('|', '$Y|X$', '|S|^2', '\\text{LLM}', '安全', '模型', 'yes', 'no', 'null', '- ', ': ', '# ', '"', "'", '…', '...', '[cs.CL]', '{a}', '*', '&x', '!tag', '%', '@'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) =>
    parts
      .join(' ')
      .replace(/[\r\n\u2028\u2029]/g, ' ')
      .trim(),
  )
  .filter((t) => t !== '' && !t.startsWith('[^') && !/^\[\S+\]\(\S+\)$/.test(t) && !/^<?https?:/.test(t));

const arxivId = fc
  .tuple(fc.integer({ min: 7, max: 26 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99999 }))
  .map(([y, m, n]) => `${String(y).padStart(2, '0')}${String(m).padStart(2, '0')}.${String(n).padStart(5, '0')}`);

const entryArb = fc.record({
  id: arxivId,
  title: lineText,
  titleZh: fc.oneof(fc.constant(''), lineText),
  summaryZh: fc.oneof(fc.constant(''), lineText),
  summaryEn: fc.oneof(fc.constant(''), lineText),
  abstractZh: fc.oneof(fc.constant(''), lineText),
  abstract: lineText.map((t) => `${t} end.`),
  linkBase: fc.constantFrom('https://arxiv.org/abs/', 'http://arxiv.org/abs/', 'https://rss.arxiv.org/abs/'),
}) satisfies fc.Arbitrary<DigestWriteEntry>;

const entriesArb = fc.uniqueArray(entryArb, { selector: (e) => e.id, minLength: 1, maxLength: 8 });

describe('round trips', () => {
  it('parse(write(entries)) gives back every entry and field', () => {
    fc.assert(
      fc.property(entriesArb, fc.constantFrom<'modern' | 'early'>('modern', 'early'), (entries, layout) => {
        const parsed = parseDigest(writeDigest(entries, { layout }));
        expect(parsed.fatal).toBeUndefined();
        expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(parsed.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
        parsed.entries.forEach((got, i) => {
          const want = entries[i]!;
          expect(got.abstract).toBe(cleanText(want.abstract));
          expect(got.abstractZh).toBe(cleanText(want.abstractZh));
          if (layout === 'modern') expect(got.summaryEn).toBe(cleanText(want.summaryEn));
        });
      }),
      RUNS,
    );
  });

  it('a paper file written from an entry reads back to the same fields and passes the schema', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        for (const entry of parseDigest(writeDigest(entries)).entries) {
          const fields = digestFields(entry);
          const text = newPaperFile(fields, { digest: 'd.md', ref: entry.ref, imported: '2026-11-24' }, '\n## Notes\n');
          const { data, body } = readFrontmatter(text, 'p.md');
          expect(paperSchema.safeParse(data).success).toBe(true);
          for (const [key, value] of Object.entries(fields)) expect(data[key]).toEqual(value);
          expect(body).toBe('\n## Notes\n');
        }
      }),
      RUNS,
    );
  });

  it('splitting frontmatter into blocks and joining them gives the same text', () => {
    const yamlLine = fc.oneof(
      lineText.map((t) => `key${t.length}: ${JSON.stringify(t)}`),
      lineText.map((t) => `  - ${JSON.stringify(t)}`),
      fc.constantFrom('', '# comment', 'tags:', '- a', 'text: |', '  block line', '', 'votes: 3'),
    );
    fc.assert(
      fc.property(fc.array(yamlLine, { maxLength: 30 }), fc.boolean(), (lines, trailingNewline) => {
        const text = lines.join('\n') + (trailingNewline ? '\n' : '');
        expect(
          splitBlocks(text)
            .map((b) => b.text)
            .join(''),
        ).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('importing', () => {
  it('twice changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, async (entries) => {
        const dir = tempContent();
        const digest = join(dir, 'd.md');
        writeFileSync(digest, writeDigest(entries));
        await runImport({ inputs: [digest], contentDir: dir, today: '2026-11-24' });
        const before = snapshot(dir);
        const again = await runImport({ inputs: [digest], contentDir: dir, today: '2026-12-24' });
        expect(again.writes).toEqual([]);
        expect(snapshot(dir)).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });

  const teamEdit = fc.record({
    status: fc.constantFrom('candidate', 'shortlisted', 'scheduled', 'discussed', 'archived'),
    tags: fc.array(fc.constantFrom('safety', 'rl', '安全', 'needs: review', 'yes'), { maxLength: 3 }),
    votes: fc.oneof(fc.nat(20), fc.array(fc.constantFrom('alice', 'bruno'), { maxLength: 2 })),
    extra: fc.option(lineText, { nil: undefined }),
    body: fc.array(fc.oneof(lineText, fc.constantFrom('## Notes', '## Discussion questions', '1. Why?', '- [ ] todo', '---', '```', '$$x$$', '')), { maxLength: 12 }),
  });

  it('random edits of the body and team fields survive any later import', async () => {
    const seedIds = parseDigest(readFileSync(SEED_DIGEST, 'utf8')).entries.map((e) => e.id);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seedIds), teamEdit, fc.integer({ min: 1, max: 4 }), async (id, edit, version) => {
        const dir = tempContent();
        await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today: '2026-11-24' });
        const path = join(dir, 'papers', `${id}.md`);
        const original = readFileSync(path, 'utf8');
        const team = [
          `status: ${edit.status}`,
          `tags: ${JSON.stringify(edit.tags)}`,
          `votes: ${JSON.stringify(edit.votes)}`,
          ...(edit.extra ? [`reviewer_note: ${JSON.stringify(edit.extra)}`] : []),
        ].join('\n');
        const body = `\n${edit.body.join('\n')}\n`;
        const edited = `${original.slice(0, original.indexOf('status: candidate'))}${team}\n---\n${body}`;
        writeFileSync(path, edited);

        const newer = readFileSync(SEED_DIGEST, 'utf8').replace(/arXiv:(\d{4}\.\d{5})v1 Announce/g, `arXiv:$1v${version} Announce`);
        const digest = join(dir, `newer-${version}.md`);
        writeFileSync(digest, newer);
        await runImport({ inputs: [digest, SEED_DIGEST], contentDir: dir, today: '2026-12-01' });

        const after = readFileSync(path, 'utf8');
        expect(after).toContain(`\n${team}\n`);
        expect(readFrontmatter(after, path).body).toBe(body);
      }),
      { numRuns: 30 },
    );
  });

  it('a randomly corrupted digest never crashes and never writes a partial or invalid file', async () => {
    const seed = readFileSync(SEED_DIGEST, 'utf8');
    const lines = seed.split('\n');
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(lines.length - 1), count: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(lines.length - 1), text: fc.string({ unit: 'binary', maxLength: 80 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(seed.length - 1) }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(seed.length - 1), text: fc.constantFrom('\u0000', '|', '[^', '](', '\n\n', '    ', '$', '---', ':', '#') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        let text = seed;
        for (const m of mutations) {
          if (m.kind === 'truncate') text = text.slice(0, m.at);
          else if (m.kind === 'replace') text = text.slice(0, m.at) + m.text + text.slice(m.at + 1);
          else {
            const ls = text.split('\n');
            if (m.kind === 'delete') ls.splice(m.at, m.count);
            else ls.splice(m.at, 0, m.text);
            text = ls.join('\n');
          }
        }
        const dir = tempContent();
        const digest = join(dir, 'broken.md');
        writeFileSync(digest, text);
        const before = snapshot(dir);
        try {
          await runImport({ inputs: [digest], contentDir: dir, today: '2026-11-24' });
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          expect(snapshot(dir)).toEqual(before);
          return;
        }
        const papersDir = join(dir, 'papers');
        for (const name of existsSync(papersDir) ? readdirSync(papersDir) : []) {
          expect(name).toMatch(/^[\w.-]+\.md$/);
          const { data } = readFrontmatter(readFileSync(join(dir, 'papers', name), 'utf8'), name);
          expect(paperSchema.safeParse(data).success, name).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
