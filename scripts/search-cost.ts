/**
 * What the search index costs on its own, with no build beside it:
 * `npm run search-cost -- [--papers N | --content DIR] [--group G]`.
 *
 * Reads every paper file as the build's scan does, makes each paper's search record
 * (src/render/search-records.ts), cuts them into the build's bundles (one per month of import,
 * search-shards.ts) and indexes each bundle with Pagefind, timing the three steps apart: making the
 * records, Pagefind's `addCustomRecord`, and its `writeFiles`. With `--group G`, the same records
 * are indexed G to a Pagefind page instead (each paper a heading and its text, found as a
 * sub-result, as the papers without a page are): what grouping would save, at the price of
 * per-paper filters and ranking. Times are printed, never asserted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { defineCommand } from 'citty';
import { parsePaperFile } from '../src/files/paper-file.ts';
import { dateAdded } from '../src/schemas/paper.ts';
import { loadGroup } from '../src/files/load-group.ts';
import { strings } from '../src/domain/i18n.ts';
import { paperRecord, type SearchLabels, type SearchRecord } from '../src/render/search-records.ts';
import { planShards, type ShardedPaper } from '../src/site/integrations/search-shards.ts';
import { UserError } from '../src/domain/errors.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { generateContent } from './bench/synthetic.ts';
import { positiveWholeNumber, scriptArgs } from './script-args.ts';

const values = scriptArgs(
  defineCommand({
    meta: { name: 'search-cost', description: 'What the search index costs on its own: records, Pagefind indexing and writing, timed apart.' },
    args: {
      papers: { type: 'string', valueHint: 'N', default: '5000', description: 'papers to generate (as the benchmark does) and index' },
      content: { type: 'string', valueHint: 'dir', description: "index this content folder instead of generated papers (a group's, or one bench --keep left)" },
      group: { type: 'string', valueHint: 'G', default: '1', description: 'papers per Pagefind page (1: one record per paper, as the build does)' },
    },
  }),
);
const count = positiveWholeNumber('--papers', values.papers);
const group = positiveWholeNumber('--group', values.group);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

await runCommand(main);

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'rg-search-cost-'));
  try {
    await measure(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(work: string): Promise<void> {
  if (values.content !== undefined && !existsSync(join(values.content, 'papers')))
    throw new UserError(`--content: expected a content folder with a papers/ folder in it (found "${values.content}")`, 2);
  const content = values.content ?? join(work, 'content');
  if (values.content === undefined) {
    process.stderr.write(`Generating ${count} papers in ${work} …\n`);
    generateContent(content, count, join(process.cwd(), 'content', 'group.yaml'));
  }
  const t = strings(loadGroup(join(content, 'group.yaml')).locale);
  const labels: SearchLabels = { papers: t.nav.papers, sessions: t.nav.schedule, status: t.status };

  let started = performance.now();
  const papers: ShardedPaper[] = [];
  const dir = join(content, 'papers');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const file = join(dir, name);
    const { data, frontmatter } = parsePaperFile(readFileSync(file, 'utf8'), file);
    papers.push({ added: dateAdded(data), id: data.id, page: paperRecord({ ...data, body: frontmatter.body }, '/', labels, true) });
  }
  const recordsMs = performance.now() - started;
  const shards = planShards(papers, [], '/', labels);
  const characters = papers.reduce((sum, p) => sum + (p.page?.content.length ?? 0), 0);

  let addMs = 0;
  let writeMs = 0;
  let pages = 0;
  for (const [i, shard] of shards.entries()) {
    const records = shard.items.flatMap((item) => ('record' in item ? [item.record] : []));
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    started = performance.now();
    const adds: Promise<{ errors: string[] }>[] = [];
    for (let at = 0; at < records.length; at += group) {
      const part = records.slice(at, at + group);
      adds.push(group === 1 ? index.addCustomRecord(part[0]!) : index.addHTMLFile({ url: `/search/grouped/${i}/${at}/`, content: groupedPage(part) }));
      pages++;
      if (adds.length >= 100) for (const added of await Promise.all(adds.splice(0))) if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    for (const added of await Promise.all(adds)) if (added.errors.length) throw new Error(added.errors.join('; '));
    addMs += performance.now() - started;
    started = performance.now();
    const written = await index.writeFiles({ outputPath: join(work, 'pagefind', String(i)) });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    writeMs += performance.now() - started;
    await index.deleteIndex();
  }
  await pagefind.close();

  console.log(`${papers.length} papers, ${(characters / 1e6).toFixed(1)} million characters of index text, ${shards.length} bundles, ${pages} Pagefind pages (${group} paper(s) each)`);
  console.log(`making the records (read, parse, text)   ${seconds(recordsMs)}`);
  console.log(`Pagefind addCustomRecord / addHTMLFile   ${seconds(addMs)}`);
  console.log(`Pagefind writeFiles                      ${seconds(writeMs)}`);
  console.log(`in all                                   ${seconds(recordsMs + addMs + writeMs)}`);
}

/** Records as one HTML page, each a heading and its text (the filters of the first, which is enough to time it). */
function groupedPage(records: readonly SearchRecord[]): string {
  const filters = Object.entries(records[0]!.filters)
    .flatMap(([key, list]) => list.map((v) => `<span data-pagefind-filter="${escapeHtml(key)}:${escapeHtml(v)}"></span>`))
    .join('');
  const body = records.map((r, n) => `<h2 id="r${n}">${escapeHtml(r.meta.title ?? '')}</h2><p>${escapeHtml(r.content)}</p>`).join('');
  return `<html lang="en"><head><title>Papers</title></head><body><main data-pagefind-body>${filters}${body}</main></body></html>`;
}
