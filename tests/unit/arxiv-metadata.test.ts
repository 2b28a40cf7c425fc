/**
 * The import, `npm run add` and `npm run metadata` complete papers from the arXiv API: authors, the
 * full abstract, dates, comment, journal reference, DOI and primary category — in batches, one
 * request at a time, with a timeout — and an unreachable or misbehaving arXiv never costs a paper.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArxivFeed } from '../../src/net/arxiv-api.ts';
import { parseDigest } from '../../src/domain/digest/parse-digest.ts';
import { mergeArxivMetadata } from '../../src/files/import/merge-paper.ts';
import { runImport, type NewPaper } from '../../src/files/import/run-import.ts';
import { runMetadata } from '../../src/files/import/run-metadata.ts';
import { formatImportReport } from '../../src/files/import/format-report.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { parsePaperBody, replaceStarterQuestions } from '../../src/domain/paper-body.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { SEED_DIGEST, peoplesPart, snapshot, tempContent } from '../helpers/content.ts';
import { runCli } from '../helpers/cli.ts';
import { ARXIV_FIXTURES, refusedUrl, startFakeArxiv, syntheticFeed, type FakeArxiv, type SyntheticPaper } from './arxiv-api-server.ts';

const today = '2026-11-24';
const seed = parseDigest(readFileSync(SEED_DIGEST, 'utf8')).entries;
const SEED_IDS = [...new Set(seed.map((e) => e.id))];
/** The seed papers whose English abstract the digest cut. */
const CUT = new Set(seed.filter((e) => e.abstractTruncated).map((e) => e.id));
const FULL_ENDING = 'This last sentence is only in the full abstract.';
/** A new paper's body where the questions are not what a test is about. */
const bodyFor = () => '\n## Notes\n\n## Discussion questions\n';

/** What the fake arXiv says about a seed paper: the digest's text, the abstract whole, and everything else. */
function describeSeed(id: string): SyntheticPaper | undefined {
  const entry = seed.find((e) => e.id === id);
  if (!entry) return undefined;
  const cut = entry.abstract.replace(/\s*\S*$/, '');
  return {
    id,
    version: 2,
    title: entry.title,
    abstract: `${cut} ${FULL_ENDING}`,
    authors: [`Ada ${id.slice(-2)} Lovelace`, 'Bruno Keller', 'Chen Li', 'Dana de la Cruz'],
    categories: ['cs.CL', 'cs.AI'],
    published: '2024-04-01T18:31:34Z',
    updated: '2024-05-02T10:00:00Z',
    comment: '12 pages, 4 figures; accepted at ACL 2024',
    journalRef: 'Proc. ACL 2024, pp. 1-12',
    doi: `10.18653/v1/${id}`,
  };
}

let server: FakeArxiv | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fakeArxiv(reply?: Parameters<typeof startFakeArxiv>[0]): Promise<string> {
  server = await startFakeArxiv(reply ?? ((url) => ({ body: syntheticFeed((url.searchParams.get('id_list') ?? '').split(','), describeSeed) })));
  return server.url;
}

function papersOf(dir: string) {
  return readdirSync(join(dir, 'papers'))
    .filter((n) => n.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(dir, 'papers', name), 'utf8');
      return { name, text, data: paperSchema.parse(readFrontmatter(text, name).data) };
    });
}

describe('reading the API', () => {
  it('reads the comment, journal reference, DOI and primary category of an entry', () => {
    const feed = parseArxivFeed(readFileSync(join(ARXIV_FIXTURES, 'api-query-published-paper.xml'), 'utf8'));
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({
      id: '2403.08258',
      version: 3,
      authors: ['Ada Z. Lovelace', 'Bruno Keller', 'Chen Li', 'Dana de la Cruz'],
      published: '2024-03-13T05:40:02Z',
      updated: '2024-06-28T09:12:45Z',
      comment: '12 pages, 4 figures; accepted at ACL 2024',
      journalRef: 'Phys. Rev. D 110, 044012 (2024)',
      doi: '10.1103/PhysRevD.110.044012',
      primaryCategory: 'gr-qc',
      categories: ['gr-qc', 'hep-th'],
    });
  });
});

describe('merging metadata into a paper file', () => {
  const imported = async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, bodyFor, only: new Set([1]) });
    const [paper] = papersOf(dir);
    return paper!;
  };

  it('fills the importer fields, replaces the cut abstract and keeps every other byte', async () => {
    const paper = await imported();
    expect(paper.data.abstractTruncated).toBe(true);
    const edited = paper.text
      .replace('status: candidate', 'status: shortlisted  # we want this one')
      .replace(/votes: 0\n/, 'votes: [alice]\nmyNote: keep me\n')
      .replace('## Notes\n', '## Notes\n\nAlice: read section 3 first.\n');
    const meta = { ...describeSeed(paper.data.id)!, primaryCategory: 'cs.CL' };
    const merged = mergeArxivMetadata(edited, paper.name, meta);
    const data = paperSchema.parse(readFrontmatter(merged.text, paper.name).data);
    expect(data).toMatchObject({
      authors: meta.authors,
      submitted: '2024-04-01',
      updated: '2024-05-02',
      comment: meta.comment,
      journalRef: meta.journalRef,
      doi: meta.doi,
      primaryCategory: 'cs.CL',
      abstractTruncated: false,
    });
    expect(data.abstract).toMatch(new RegExp(`${FULL_ENDING}$`));
    expect(merged.changed.sort()).toEqual(['abstract', 'abstractTruncated', 'authors', 'categories', 'comment', 'doi', 'journalRef', 'primaryCategory', 'submitted', 'updated']);
    expect(peoplesPart(merged.text)).toBe(peoplesPart(edited));
    expect(mergeArxivMetadata(merged.text, paper.name, meta)).toEqual({ text: merged.text, changed: [] });
  });

  it('keeps a CRLF file CRLF and a complete abstract as it is', async () => {
    const paper = await imported();
    const crlf = paper.text.replace('abstractTruncated: true', 'abstractTruncated: false').replace(/\n/g, '\r\n');
    const merged = mergeArxivMetadata(crlf, paper.name, describeSeed(paper.data.id)!);
    expect(merged.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(merged.changed).not.toContain('abstract');
  });
});

describe('the import asks arXiv', () => {
  it('completes every new paper in one batched request before its starter questions are written', async () => {
    const dir = tempContent();
    const url = await fakeArxiv();
    const seen: NewPaper[] = [];
    const report = await runImport({
      inputs: [SEED_DIGEST],
      contentDir: dir,
      today,
      arxiv: { baseUrl: url, delayMs: 0, timeoutMs: 5000 },
      bodyFor: (paper) => {
        seen.push(paper);
        return '\n## Notes\n';
      },
    });
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]!.url.searchParams.get('id_list')!.split(',').sort()).toEqual([...SEED_IDS].sort());
    expect(report.metadata).toMatchObject({ waiting: [], notFound: [] });
    expect(report.metadata!.described.sort()).toEqual([...SEED_IDS].sort());
    for (const paper of papersOf(dir)) {
      expect(paper.data.authors, paper.name).toHaveLength(4);
      expect(paper.data.submitted).toBe('2024-04-01');
      expect(paper.data.comment).toBe('12 pages, 4 figures; accepted at ACL 2024');
      // A cut abstract is replaced by arXiv's whole one; a complete one from the digest is kept.
      expect(paper.data.abstract.endsWith(FULL_ENDING)).toBe(CUT.has(paper.data.id));
      expect(paper.data.abstractTruncated).toBe(false);
    }
    // The questions were written from the full abstract, not the digest's cut copy.
    expect(seen).toHaveLength(SEED_IDS.length);
    expect(seen.filter((p) => p.abstract!.endsWith(FULL_ENDING)).length).toBe(CUT.size);
    expect(seen.every((p) => p.authors?.length === 4)).toBe(true);
    expect(formatImportReport(report, false)).toContain(`arXiv metadata: ${SEED_IDS.length} of ${SEED_IDS.length} papers described (1 request)`);
  });

  it('splits many papers into batches, asks one at a time, and pauses between requests', async () => {
    const dir = tempContent();
    const url = await fakeArxiv();
    const events: string[] = [];
    const sleep = (ms: number) => {
      events.push(`pause ${ms}`);
      return Promise.resolve();
    };
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, bodyFor, arxiv: { baseUrl: url, batchSize: 5, sleep, onRequest: (ids) => events.push(`ask ${ids.length}`) } });
    expect(server!.requests.map((r) => r.url.searchParams.get('id_list')!.split(',').length)).toEqual([5, 5, 5, 3]);
    expect(server!.maxInFlight).toBe(1);
    // arXiv asks for one request every three seconds.
    expect(events).toEqual(['ask 5', 'pause 3000', 'ask 5', 'pause 3000', 'ask 5', 'pause 3000', 'ask 3']);
  });

  it('writes every paper when arXiv cannot be reached, says how many wait, and a later import fills them in', async () => {
    const dir = tempContent();
    const offline = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, bodyFor, arxiv: { baseUrl: await refusedUrl(), delayMs: 0 } });
    expect(offline.added).toHaveLength(SEED_IDS.length);
    expect(offline.metadata!.waiting).toHaveLength(SEED_IDS.length);
    const printed = formatImportReport(offline, false);
    expect(printed).toContain('warning: could not reach the arXiv API');
    expect(printed).toContain(`${SEED_IDS.length} papers still wait for metadata (authors, full abstract, dates); the next import fills them in, or run npm run metadata`);
    expect(papersOf(dir).every((p) => p.data.authors === undefined && p.data.submitted === undefined)).toBe(true);

    // People edit a paper meanwhile; the next import of the same digest completes it and keeps their words.
    const [first] = papersOf(dir);
    const path = join(dir, 'papers', first!.name);
    const edited = first!.text.replace('status: candidate', 'status: shortlisted').replace('## Notes\n', '## Notes\n\nMy own notes.\n');
    writeFileSync(path, edited);
    const url = await fakeArxiv();
    const later = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today: '2026-11-25', bodyFor, arxiv: { baseUrl: url, delayMs: 0 } });
    expect(later.metadata!.described).toHaveLength(SEED_IDS.length);
    expect(papersOf(dir).every((p) => p.data.authors?.length === 4)).toBe(true);
    expect(peoplesPart(readFileSync(path, 'utf8'))).toBe(peoplesPart(edited));

    // Once every paper is described, importing the same digest asks nothing and changes no byte.
    const before = snapshot(dir);
    const requests = server!.requests.length;
    const again = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today: '2026-11-26', bodyFor, arxiv: { baseUrl: url, delayMs: 0 } });
    expect(server!.requests.length).toBe(requests);
    expect(again.writes).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['answers 503 while it throttles', { status: 503, body: 'Rate exceeded.' }],
    ['answers with something that is not a feed', { body: '<html>maintenance</html>' }],
    ['answers with an error entry', { body: readFileSync(join(ARXIV_FIXTURES, 'api-error-incorrect-id.xml'), 'utf8') }],
    ['takes longer than the timeout', { body: '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', delayMs: 2000 }],
    ['answers an empty feed', { body: '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>' }],
  ])('still writes every paper when arXiv %s', async (_, reply) => {
    const dir = tempContent();
    const url = await fakeArxiv(() => reply);
    const report = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, bodyFor, arxiv: { baseUrl: url, delayMs: 0, timeoutMs: 300 } });
    expect(report.added).toHaveLength(SEED_IDS.length);
    expect(papersOf(dir)).toHaveLength(SEED_IDS.length);
    expect(report.metadata!.described).toEqual([]);
    expect(report.metadata!.waiting.length + report.metadata!.notFound.length).toBe(SEED_IDS.length);
  });

  it('the command asks arXiv by default and not with --offline', async () => {
    const url = await fakeArxiv();
    const dir = tempContent();
    const online = await runCli('import', [SEED_DIGEST, '--content', dir, '--today', today], { ARXIV_API_URL: url });
    expect(online.code).toBe(0);
    expect(online.stderr).toContain(`Asking arXiv (${url}) about ${SEED_IDS.length} papers`);
    expect(online.stdout).toContain(`arXiv metadata: ${SEED_IDS.length} of ${SEED_IDS.length} papers described`);
    const other = tempContent();
    const offline = await runCli('import', [SEED_DIGEST, '--offline', '--content', other, '--today', today], { ARXIV_API_URL: url });
    expect(offline.code).toBe(0);
    expect(offline.stdout).not.toContain('arXiv metadata');
    expect(server!.requests).toHaveLength(1);
  });
});

describe('npm run metadata', () => {
  it('fills in the papers that wait, and only those unless asked to refresh', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, bodyFor });
    const url = await fakeArxiv();
    const dry = await runMetadata({ contentDir: dir, dryRun: true, api: { baseUrl: url, delayMs: 0 } });
    expect(dry.asked).toHaveLength(SEED_IDS.length);
    expect(papersOf(dir).every((p) => p.data.submitted === undefined)).toBe(true);

    const run = await runMetadata({ contentDir: dir, api: { baseUrl: url, delayMs: 0 } });
    expect(run.writes).toHaveLength(SEED_IDS.length);
    expect(papersOf(dir).every((p) => p.data.submitted === '2024-04-01')).toBe(true);

    const requests = server!.requests.length;
    const nothing = await runMetadata({ contentDir: dir, api: { baseUrl: url, delayMs: 0 } });
    expect(nothing).toMatchObject({ asked: [], complete: SEED_IDS.length, writes: [] });
    expect(server!.requests.length).toBe(requests);

    const refreshed = await runMetadata({ contentDir: dir, ids: [SEED_IDS[0]!], refresh: true, api: { baseUrl: url, delayMs: 0 } });
    expect(refreshed.asked).toEqual([SEED_IDS[0]]);
    expect(refreshed.writes).toEqual([]);
  });

  it('says which papers still wait when arXiv is down, with exit status 1 and no stack trace', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, bodyFor });
    const before = snapshot(dir);
    const result = await runCli('metadata', ['--content', dir], { ARXIV_API_URL: await refusedUrl() });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${SEED_IDS.length} papers still wait for metadata`);
    expect(result.stdout).toContain('warning: could not reach the arXiv API');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses an id that is not an arXiv id, and a paper that has no file', async () => {
    const dir = tempContent();
    await expect(runMetadata({ contentDir: dir, ids: ['../../etc/passwd'] })).rejects.toThrow(/not an arXiv id or link/);
    await expect(runMetadata({ contentDir: dir, ids: ['2404.01399'] })).rejects.toThrow(/no such paper; add it first with npm run add -- 2404.01399/);
  });
});

describe('starter questions written from a cut abstract', () => {
  /** The whole abstract ends with the claim the digest's cut copy lost. */
  const CLAIM = 'We show that the method halves the error of the strongest baseline on all three benchmarks.';
  const describeWithClaim = (id: string) => {
    const paper = describeSeed(id);
    return paper && { ...paper, abstract: paper.abstract.replace(FULL_ENDING, `and others. ${CLAIM}`) };
  };
  const questionsOf = (text: string) => parsePaperBody(readFrontmatter(text, 'x.md').body).questionItems;

  it('are written again from the whole abstract when arXiv fills it in, unless a person edited them or a model wrote them', async () => {
    const dir = tempContent();
    // Offline: every paper gets the offline generator's questions from the digest's cut abstract.
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today });
    const cut = papersOf(dir).filter((p) => CUT.has(p.data.id) && questionsOf(p.text).length > 0);
    expect(cut.length).toBeGreaterThanOrEqual(3);
    const [plain, edited, modelWritten] = cut.map((p) => join(dir, 'papers', p.name));
    // A person adds a question to one paper, edits a starter question of another; a model wrote the third's.
    const withOwn = readFileSync(plain!, 'utf8').trimEnd() + '\n9. What would our own data say?\n';
    writeFileSync(plain!, withOwn);
    const first = questionsOf(readFileSync(edited!, 'utf8'))[0]!.text;
    writeFileSync(edited!, readFileSync(edited!, 'utf8').replace(first, `${first} (And for us?)`));
    const modelText = readFileSync(modelWritten!, 'utf8');
    const modelBody = readFrontmatter(modelText, 'x.md').body;
    writeFileSync(modelWritten!, modelText.slice(0, modelText.length - modelBody.length) + replaceStarterQuestions(modelBody, ['Which of the three benchmarks is closest to our own use, and why?']));
    const [editedBefore, modelBefore] = [readFileSync(edited!, 'utf8'), readFileSync(modelWritten!, 'utf8')];

    const url = await fakeArxiv((u) => ({ body: syntheticFeed((u.searchParams.get('id_list') ?? '').split(','), describeWithClaim) }));
    const report = await runMetadata({ contentDir: dir, api: { baseUrl: url, delayMs: 0 } });
    const id = (path: string) => papersOf(dir).find((p) => join(dir, 'papers', p.name) === path)!.data.id;
    expect(report.questionsRewritten).toContain(id(plain!));
    expect(report.questionsRewritten).not.toContain(id(edited!));
    expect(report.questionsRewritten).not.toContain(id(modelWritten!));

    const now = readFileSync(plain!, 'utf8');
    const items = questionsOf(now);
    expect(
      items
        .filter((q) => q.starter)
        .map((q) => q.text)
        .join('\n'),
    ).toContain(`“${CLAIM}”`);
    // The person's question is still there, as written.
    expect(items.filter((q) => !q.starter).map((q) => q.text)).toEqual(['What would our own data say?']);
    // Only the importer's fields and the starter questions changed.
    expect(readFrontmatter(now, 'x.md').data).toMatchObject({ abstractTruncated: false, status: 'candidate' });
    // The edited paper and the model's questions keep their questions: arXiv's fields are all that changed.
    for (const [path, before] of [
      [edited!, editedBefore],
      [modelWritten!, modelBefore],
    ] as const) {
      const after = readFileSync(path, 'utf8');
      expect(readFrontmatter(after, 'x.md').body).toBe(readFrontmatter(before, 'x.md').body);
      expect(readFrontmatter(after, 'x.md').data).toMatchObject({ abstractTruncated: false });
    }
  });

  it('are written again when a later import completes a paper imported while arXiv was down, and the report says so', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, arxiv: { baseUrl: await refusedUrl(), delayMs: 0 } });
    const url = await fakeArxiv((u) => ({ body: syntheticFeed((u.searchParams.get('id_list') ?? '').split(','), describeWithClaim) }));
    const later = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today: '2026-11-25', arxiv: { baseUrl: url, delayMs: 0 } });
    const rewritten = later.updated.filter((u) => u.fields.includes('starter questions')).map((u) => u.id);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.every((id) => CUT.has(id))).toBe(true);
    const quoting = papersOf(dir).filter((p) => questionsOf(p.text).some((q) => q.starter && q.text.includes(`“${CLAIM}”`)));
    expect(quoting.length).toBeGreaterThan(0);
    expect(quoting.every((p) => rewritten.includes(p.data.id))).toBe(true);
    expect(formatImportReport(later, false)).toMatch(/: authors, .*starter questions/);
  });

  it('npm run metadata says which papers got their starter questions written again', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today });
    const url = await fakeArxiv((u) => ({ body: syntheticFeed((u.searchParams.get('id_list') ?? '').split(','), describeWithClaim) }));
    const result = await runCli('metadata', ['--content', dir], { ARXIV_API_URL: url });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Starter questions written again from the whole abstract for \d+ papers? \(\d{4}\.\d{4,5}/);
  });
});

describe('the import with a language model configured', () => {
  it('writes every paper, then gives the new ones checked model questions, keeping offline ones where the model fails', async () => {
    const { startFakeChat } = await import('../helpers/fake-chat-server.ts');
    const chat = await startFakeChat((request) => {
      // One paper gets an invented figure, in the answer and in the repair round: it falls back.
      if (request.title.startsWith('Developing Safe'))
        return { content: JSON.stringify(['Why does the method cut unsafe outputs by 87.5% on all 12 benchmarks?', 'How was the 93.1% agreement between annotators measured?']) };
      return {
        content: JSON.stringify([
          `What is the central claim of "${request.title}", and which of its experiments would most need to be repeated?`,
          'Which evidence in the paper would most change our minds if it did not hold up, and why?',
        ]),
      };
    });
    try {
      const dir = tempContent();
      const result = await runCli('import', [SEED_DIGEST, '--content', dir, '--today', today], { QUESTIONS_API_BASE: chat.base, QUESTIONS_API_MODEL: 'test-model' });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`questions for ${SEED_IDS.length - 1} of ${SEED_IDS.length} papers? asked`));
      const papers = papersOf(dir);
      expect(papers).toHaveLength(SEED_IDS.length);
      const safe = papers.find((p) => p.data.id === '2404.01399')!;
      expect(safe.text).not.toContain('87.5%');
      expect(safe.text).toMatch(/## Discussion questions\n\n1\. /);
      const others = papers.filter((p) => p.data.id !== '2404.01399');
      expect(others.every((p) => p.text.includes('Which evidence in the paper would most change our minds'))).toBe(true);
      // The safe paper was asked twice (the answer, then the repair round); every other paper once.
      expect(chat.requests.filter((r) => r.repair)).toHaveLength(1);
    } finally {
      await chat.close();
    }
  });
});
