import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addPapers, formatAddReport, type AddOptions } from '../../src/files/import/add-papers.ts';
import { parseArxivInput } from '../../src/domain/arxiv-id.ts';
import { isPlaceholderTitle, mergePaper, placeholderTitle, digestFields } from '../../src/files/import/merge-paper.ts';
import { runImport } from '../../src/files/import/run-import.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { parsePaperBody } from '../../src/domain/paper-body.ts';
import { UserError } from '../../src/domain/errors.ts';
import { SEED_DIGEST, peoplesPart, snapshot, tempContent } from '../helpers/content.ts';
import { ERROR_FIXTURE, QUERY_FIXTURE, refusedUrl, startFakeArxiv, type FakeArxiv } from './arxiv-api-server.ts';

const today = '2026-11-24';
const ROOT = join(import.meta.dirname, '..', '..');
const SAFE = '2404.01399';
const PROMPTS = '2401.18018';

let server: FakeArxiv | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function online(): Promise<string> {
  server = await startFakeArxiv();
  return server.url;
}

function add(dir: string, baseUrl: string, options: Partial<AddOptions> = {}) {
  return addPapers({ inputs: [], contentDir: dir, today, api: { baseUrl, delayMs: 0, timeoutMs: 2000 }, ...options });
}

function paperFile(dir: string, id: string) {
  const path = join(dir, 'papers', `${id.replace('/', '_')}.md`);
  const text = readFileSync(path, 'utf8');
  return { path, text, ...readFrontmatter(text, path) };
}

describe('reading the command line', () => {
  it('accepts ids, versioned ids, arXiv: ids, links and arXiv DOIs', () => {
    expect(parseArxivInput('2404.01399')).toEqual({ id: SAFE });
    expect(parseArxivInput('https://arxiv.org/abs/2401.18018v2')).toEqual({ id: PROMPTS, version: 2 });
    expect(parseArxivInput('arXiv:2401.18018')).toEqual({ id: PROMPTS });
    expect(parseArxivInput('https://doi.org/10.48550/arXiv.2401.18018')).toEqual({ id: PROMPTS });
    expect(parseArxivInput('hep-th/9901001')).toEqual({ id: 'hep-th/9901001' });
    expect(parseArxivInput('2404.013')).toBeUndefined();
  });

  it('rejects what is not an id before asking arXiv anything', async () => {
    const url = await online();
    const attempt = add(tempContent(), url, { inputs: ['2404.01399', 'attention-is-all-you-need'] });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(add(tempContent(), url, { inputs: ['nope'] })).rejects.toThrow(/"nope": not an arXiv id or link; expected e\.g\. 2404\.01399/);
    await expect(add(tempContent(), url, { inputs: [] })).rejects.toMatchObject({ exitCode: 2 });
    expect(server!.requests).toHaveLength(0);
  });
});

describe('adding papers from arXiv', () => {
  it('writes a new, valid paper file with what arXiv says', async () => {
    const dir = tempContent();
    const report = await add(dir, await online(), { inputs: [SAFE] });
    expect(report.added).toEqual([SAFE]);
    const { data, body } = paperFile(dir, SAFE);
    expect(paperSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({
      id: SAFE,
      version: 1,
      title: 'Developing Safe and Responsible Large Language Models -- A Comprehensive Framework',
      titleZh: '',
      abstractTruncated: false,
      categories: ['cs.CL', 'cs.AI'],
      authors: ['Shaina Raza', 'Oluwanifemi Bamgbose', 'Shardul Ghuge', 'Fatemeh Tavakoli', 'Deepak John Reji'],
      sources: [{ via: 'arxiv-api', imported: today }],
      status: 'candidate',
      tags: [],
      votes: 0,
    });
    expect(data.abstract).toMatch(/^Given the growing concerns .* unsafe content\.$/);
    // The notes template, and starter questions drawn from what arXiv said about the paper.
    const parsed = parsePaperBody(body);
    expect(parsed.notes).toBe('');
    expect(parsed.questionItems.length).toBeGreaterThanOrEqual(1);
    expect(parsed.questionItems.every((q) => q.starter)).toBe(true);
    expect(parsed.questions.join(' ')).toMatch(/SR\$_\{\\text\{LLM\}\}\$|safety|unsafe content/);
  });

  it('merges into existing papers by the import rules, leaving people’s part byte for byte', async () => {
    const dir = tempContent({ papers: true });
    const { path, text } = paperFile(dir, SAFE);
    const edited = text
      .replace('status: candidate', 'status: shortlisted  # after the vote')
      .replace('tags: []', 'tags:\n  - safety\n  - "policy"')
      .replace('votes: 0', 'votes: [ana, bo]\nreadingLead: ana')
      .replace('## Notes\n', '## Notes\n\nGood taxonomy; compare with DRO.\n');
    writeFileSync(path, edited);
    const before = peoplesPart(edited);

    const report = await add(dir, await online(), { inputs: [SAFE, `https://arxiv.org/abs/${PROMPTS}v2`] });
    expect(report.added).toEqual([]);
    expect(report.updated).toEqual([
      { id: SAFE, fields: ['authors', 'categories', 'sources', 'submitted', 'updated', 'primaryCategory', 'abstract', 'abstractTruncated'] },
      { id: PROMPTS, fields: expect.arrayContaining(['version', 'abstract', 'abstractTruncated', 'authors', 'categories', 'sources']) as string[] },
    ]);
    const safe = paperFile(dir, SAFE);
    expect(peoplesPart(safe.text)).toBe(before);
    // Same version: the digest's titles and summaries stay; arXiv's whole abstract replaces the one the digest cut.
    expect(safe.data.title).toBe(readFrontmatter(edited, 'x').data.title);
    expect(safe.data.abstract).toMatch(/notable reductions in the generation of unsafe content\.$/);
    expect(safe.data).toMatchObject({ abstractTruncated: false, submitted: '2024-04-01', primaryCategory: 'cs.CL' });
    expect(safe.data.sources).toEqual([
      { digest: '000_98283bd719537a1c.txt', ref: 1, imported: '2026-11-24' },
      { via: 'arxiv-api', imported: today },
    ]);
    // The seed has no version for this one: arXiv's v1 counts as newer and refreshes the texts it has.
    const prompts = paperFile(dir, PROMPTS);
    expect(prompts.data).toMatchObject({ version: 1, abstractTruncated: false, titleZh: '通过定向表示优化实现的安全提示驱动的大型语言模型(LLM)保护' });
    expect(prompts.data.abstract).toMatch(/safety prompt optimization\.$/);
    expect(paperSchema.safeParse(prompts.data).success).toBe(true);
  });

  it('changes nothing the second time', async () => {
    const dir = tempContent({ papers: true });
    const url = await online();
    await add(dir, url, { inputs: [SAFE, PROMPTS, '2403.08258'] });
    const before = snapshot(dir);
    const report = await add(dir, url, { inputs: [SAFE, PROMPTS], today: '2027-01-01' });
    expect(report.unchanged).toEqual([SAFE, PROMPTS]);
    expect(report.writes).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes nothing in a dry run', async () => {
    const dir = tempContent({ papers: true });
    const before = snapshot(dir);
    const report = await add(dir, await online(), { inputs: [SAFE, '2402.99999'], bibtex: [], dryRun: true });
    expect(report.writes.length).toBe(1);
    expect(snapshot(dir)).toEqual(before);
    expect(formatAddReport(report, true)).toContain('Dry run: 1 file would be written; nothing was changed.');
  });

  it('writes no file for an id arXiv does not have, and says so', async () => {
    const dir = tempContent();
    const report = await add(dir, await online(), { inputs: ['2402.99999', SAFE] });
    expect(report.notFound).toEqual(['2402.99999']);
    expect(report.added).toEqual([SAFE]);
    expect(existsSync(join(dir, 'papers', '2402.99999.md'))).toBe(false);
    expect(formatAddReport(report, false)).toContain('not found 1  2402.99999 (arXiv has no such paper; nothing written)');
  });

  it('writes no file when arXiv refuses the request, and passes its message on', async () => {
    server = await startFakeArxiv(() => ({ body: ERROR_FIXTURE }));
    const dir = tempContent();
    const report = await add(dir, server.url, { inputs: ['1401.12345'] });
    expect(report.writes).toEqual([]);
    expect(report.arxivProblems).toEqual([{ ids: ['1401.12345'], reason: expect.stringContaining('incorrect id format for 2404.013') as string, unavailable: false }]);
    expect(formatAddReport(report, false)).toMatch(/^error: the arXiv API refused the request for 1401\.12345/);
  });
});

describe('adding papers offline', () => {
  it('still writes a page with the id and links, with a placeholder title, and says why', async () => {
    const dir = tempContent();
    const url = await refusedUrl();
    const report = await add(dir, url, { inputs: [SAFE, 'hep-th/9901001'] });
    expect(report.added).toEqual([SAFE, 'hep-th/9901001']);
    expect(report.placeholders).toEqual([SAFE, 'hep-th/9901001']);
    expect(report.arxivProblems).toEqual([{ ids: [SAFE, 'hep-th/9901001'], reason: expect.stringContaining('(connection refused)') as string, unavailable: true }]);
    const { data } = paperFile(dir, 'hep-th/9901001');
    expect(paperSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({ id: 'hep-th/9901001', title: 'arXiv:hep-th/9901001', abstract: '', sources: [{ via: 'arxiv-api', imported: today }] });
    expect(data.version).toBeUndefined();
    const printed = formatAddReport(report, false);
    expect(printed).toMatch(/^warning: could not reach the arXiv API at http:\/\/127\.0\.0\.1:\d+\/api\/query \(connection refused\)\./);
    expect(printed).toContain(`Without details for now: ${SAFE}, hep-th/9901001. Their pages show the id and the arXiv links`);
  });

  it('times out on a slow server and goes on the same way', async () => {
    // The server answers only after ten minutes: the test ends (and passes) only because the client gives up.
    server = await startFakeArxiv(() => ({ body: QUERY_FIXTURE, delayMs: 600_000 }));
    const dir = tempContent();
    const report = await addPapers({ inputs: [SAFE], contentDir: dir, today, api: { baseUrl: server.url, timeoutMs: 200, delayMs: 0 } });
    expect(report.placeholders).toEqual([SAFE]);
    expect(report.arxivProblems[0]!.reason).toContain('no answer within 0.2 s');
  });

  it('leaves an existing paper alone when arXiv cannot be reached', async () => {
    const dir = tempContent({ papers: true });
    const before = snapshot(dir);
    const report = await add(dir, await refusedUrl(), { inputs: [SAFE] });
    expect(report.unchanged).toEqual([SAFE]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('fills a placeholder on a later add, keeping what people wrote meanwhile', async () => {
    const dir = tempContent();
    await add(dir, await refusedUrl(), { inputs: [SAFE] });
    const { path, text } = paperFile(dir, SAFE);
    const edited = text.replace('status: candidate', 'status: shortlisted').replace('## Notes\n', '## Notes\n\nRead before the meeting.\n');
    writeFileSync(path, edited);
    const report = await add(dir, await online(), { inputs: [SAFE], today: '2026-12-01' });
    expect(report.updated).toEqual([{ id: SAFE, fields: expect.arrayContaining(['version', 'title', 'abstract', 'authors', 'categories']) as string[] }]);
    const after = paperFile(dir, SAFE);
    expect(after.data.title).toBe('Developing Safe and Responsible Large Language Models -- A Comprehensive Framework');
    expect(after.data.sources).toEqual([{ via: 'arxiv-api', imported: today }]);
    expect(peoplesPart(after.text)).toBe(peoplesPart(edited));
  });

  it('lets a digest import fill a placeholder, with or without a version in the digest', async () => {
    const dir = tempContent();
    await add(dir, await refusedUrl(), { inputs: [SAFE, PROMPTS] });
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today: '2026-12-01' });
    expect(paperFile(dir, SAFE).data.title).toBe('Developing Safe and Responsible Large Language Models -- A Comprehensive Framework');
    // The seed digest gives no version for this one, so only empty fields are filled: the placeholder counts as empty.
    expect(paperFile(dir, PROMPTS).data.title).toBe('Prompt-Driven LLM Safeguarding via Directed Representation Optimization');
    expect(paperFile(dir, PROMPTS).data.sources).toEqual([
      { via: 'arxiv-api', imported: today },
      { digest: '000_98283bd719537a1c.txt', ref: 13, imported: '2026-12-01' },
    ]);
  });
});

describe('placeholder titles in merges', () => {
  it('never replace a real title, and are recognised only for their own paper', () => {
    const dir = tempContent({ papers: true });
    const { text, path } = paperFile(dir, SAFE);
    const incoming = digestFields({
      id: SAFE,
      version: 9,
      title: placeholderTitle(SAFE),
      titleZh: '',
      summaryZh: '',
      summaryEn: '',
      abstract: '',
      abstractZh: '',
      abstractTruncated: false,
      abstractZhTruncated: false,
      categories: [],
    });
    const merged = mergePaper(text, path, incoming, { via: 'arxiv-api', imported: today });
    expect(readFrontmatter(merged.text, path).data.title).toBe('Developing Safe and Responsible Large Language Models -- A Comprehensive Framework');
    expect(isPlaceholderTitle(`arXiv:${SAFE}`, SAFE)).toBe(true);
    expect(isPlaceholderTitle(`arXiv:${PROMPTS}`, SAFE)).toBe(false);
  });
});

describe('adding papers from BibTeX', () => {
  const BIB = `@misc{raza2024, title = {Developing Safe and Responsible {LLMs}}, author = {Raza, Shaina}, eprint = {2404.01399}, archivePrefix = {arXiv}, primaryClass = {cs.CL}}
@article{zheng2024, title = {Prompt-Driven {LLM} Safeguarding}, author = {Zheng, Chujie}, journal = {arXiv preprint arXiv:2401.18018}}
@article{vaswani2017, title = {Attention is all you need}, journal = {NeurIPS}}
@misc{fresh, title = {A Paper Only {BibTeX} Knows}, author = {Doe, Jane}, doi = {10.48550/arXiv.2501.00001}, abstract = {We study things.}}
`;

  function bibFile(): string {
    const dir = tempContent();
    const path = join(dir, 'refs.bib');
    writeFileSync(path, BIB);
    return path;
  }

  it('uses arXiv for the entries it knows and the BibTeX fields for the rest, reporting the others', async () => {
    const dir = tempContent();
    const bib = bibFile();
    const report = await add(dir, await online(), { bibtex: [bib] });
    expect(report.added).toEqual([SAFE, PROMPTS, '2501.00001']);
    expect(report.skipped).toEqual([{ file: bib, key: 'vaswani2017', line: 3, reason: expect.stringMatching(/^no arXiv id/) as string }]);
    expect(report.notFound).toEqual([]);
    expect(report.fromBibtex).toEqual(['2501.00001']);
    expect(paperFile(dir, SAFE).data).toMatchObject({ title: 'Developing Safe and Responsible Large Language Models -- A Comprehensive Framework', sources: [{ via: 'arxiv-api', imported: today }] });
    const fresh = paperFile(dir, '2501.00001').data;
    expect(fresh).toMatchObject({ title: 'A Paper Only BibTeX Knows', authors: ['Jane Doe'], abstract: 'We study things.', sources: [{ via: 'bibtex', imported: today }] });
    expect(paperSchema.safeParse(fresh).success).toBe(true);
    expect(formatAddReport(report, false)).toContain(`${bib}:3 (vaswani2017): no arXiv id`);
  });

  it('offline, fills new papers from BibTeX and merges into existing ones by the same rules', async () => {
    const dir = tempContent({ papers: true });
    const report = await add(dir, '', { bibtex: [bibFile()], offline: true });
    expect(report.added).toEqual(['2501.00001']);
    expect(report.updated.map((u) => u.id)).toEqual([SAFE, PROMPTS]);
    const safe = paperFile(dir, SAFE).data;
    expect(safe.title).toBe('Developing Safe and Responsible Large Language Models -- A Comprehensive Framework');
    expect(safe).toMatchObject({ authors: ['Shaina Raza'], categories: ['cs.CL'] });
    expect(safe.sources).toContainEqual({ via: 'bibtex', imported: today });
  });

  it('names a BibTeX file that is missing', async () => {
    await expect(add(tempContent(), '', { bibtex: ['/no/such/refs.bib'], offline: true })).rejects.toThrow('/no/such/refs.bib: no such file; expected a BibTeX file (.bib)');
  });
});

describe('npm run add', () => {
  const run = promisify(execFile);
  async function cli(args: string[], env: Record<string, string> = {}) {
    try {
      const { stdout, stderr } = await run(process.execPath, ['src/cli/add.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('adds papers from the arXiv API named by ARXIV_API_URL', async () => {
    const dir = tempContent();
    const url = await online();
    const result = await cli([SAFE, `https://arxiv.org/abs/${PROMPTS}v2`, '--today', today, '--content', dir], { ARXIV_API_URL: url });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Asking arXiv (${url}) about 2 papers…`);
    expect(result.stdout).toContain(`added     2  ${SAFE}, ${PROMPTS}`);
    expect(readdirSync(join(dir, 'papers')).sort()).toEqual([`${PROMPTS}.md`, `${SAFE}.md`]);
    expect(server!.requests[0]!.userAgent).toMatch(/^reading-group-planner/);
  });

  it('offline, says so clearly and still writes the page', async () => {
    const dir = tempContent();
    const result = await cli([SAFE, '--today', today, '--content', dir], { ARXIV_API_URL: await refusedUrl() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(connection refused)');
    expect(result.stdout).toContain(`Without details for now: ${SAFE}`);
    expect(paperFile(dir, SAFE).data.title).toBe(`arXiv:${SAFE}`);
  });

  it('explains its usage errors with exit code 2', async () => {
    const result = await cli(['not-an-id', '--content', tempContent()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"not-an-id": not an arXiv id or link');
    const unknown = await cli(['--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: npm run add');
  });
});
