/**
 * `npm run add`: papers that are not in a digest, by arXiv id or link, or from a BibTeX file.
 *
 * The details (title, authors, abstract, categories) come from the arXiv API when it can be reached;
 * a BibTeX entry's own fields stand in when it cannot; with neither, the paper still gets its file,
 * with the id, the links the site derives from it and the placeholder title `arXiv:<id>`, which a later
 * `add` or digest import replaces. Merging into existing files follows the digest import's ownership
 * rules ({@link mergePaper}): only importer fields change, people's fields and the body stay byte for
 * byte. Like the import, everything is planned in memory and written all at once, or not at all.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArxivInput } from '../../domain/arxiv-id.ts';
import { fetchArxivEntries, type ArxivClientOptions, type ArxivEntry, type ArxivLookup } from '../../net/arxiv-api.ts';
import { readBibtex, type BibtexEntry } from '../../domain/bibtex-import.ts';
import { contentPaths, paperPath } from '../content-paths.ts';
import { UserError } from '../../domain/errors.ts';
import { writeAllOrNothing, type PlannedWrite } from '../atomic-write.ts';
import { newPaperBody, type BodyLocale } from '../../domain/paper-body.ts';
import { starterBodyFor } from '../questions/starter-body.ts';
import { digestFields, mergeArxivMetadata, mergePaper, newPaperFile, placeholderTitle, type DigestFields } from './merge-paper.ts';
import type { PaperSource } from '../../schemas/paper.ts';

export interface AddOptions {
  /** arXiv ids or links (`2404.01399`, `arXiv:2404.01399v2`, `https://arxiv.org/abs/2401.18018v2`). */
  inputs: string[];
  /** BibTeX files whose arXiv entries are added too. */
  bibtex?: string[];
  /** The content folder (default `content`). */
  contentDir?: string;
  /** The date recorded in `sources`, `YYYY-MM-DD`. */
  today: string;
  dryRun?: boolean;
  /** Do not ask arXiv at all (BibTeX fields or placeholders only). */
  offline?: boolean;
  /** The arXiv client's settings (base URL, timeout, delay, fetch). */
  api?: ArxivClientOptions;
  /** Language of the notes template and starter questions (the group's locale). */
  locale?: BodyLocale;
}

export interface AddReport {
  added: string[];
  updated: { id: string; fields: string[] }[];
  unchanged: string[];
  /** Papers whose file has only the id and links so far (arXiv not reached, no BibTeX data). */
  placeholders: string[];
  /** Papers filled from their BibTeX entry because arXiv did not describe them. */
  fromBibtex: string[];
  /** Ids arXiv answered for but has no paper for; no file is written for them. */
  notFound: string[];
  /** BibTeX entries that are not arXiv papers, or could not be read. */
  skipped: { file: string; key?: string; line?: number; reason: string }[];
  /**
   * Why arXiv could not describe some papers: unreachable (`unavailable`; the papers still get their
   * files), or a refused request (its papers get no file unless a BibTeX entry describes them).
   */
  arxivProblems: { ids: string[]; reason: string; unavailable: boolean }[];
  writes: PlannedWrite[];
  papersDir: string;
}

function fieldsFromArxiv(entry: ArxivEntry): DigestFields {
  return digestFields({
    id: entry.id,
    ...(entry.version ? { version: entry.version } : {}),
    title: entry.title,
    titleZh: '',
    summaryZh: '',
    summaryEn: '',
    abstract: entry.abstract,
    abstractZh: '',
    abstractTruncated: false,
    abstractZhTruncated: false,
    categories: entry.categories,
    authors: entry.authors,
  });
}

function fieldsFromBibtex(paper: BibtexEntry): DigestFields {
  return digestFields({
    id: paper.id,
    ...(paper.version ? { version: paper.version } : {}),
    title: paper.title,
    titleZh: '',
    summaryZh: '',
    summaryEn: '',
    abstract: paper.abstract,
    abstractZh: '',
    abstractTruncated: false,
    abstractZhTruncated: false,
    categories: paper.categories,
    authors: paper.authors,
  });
}

async function readText(path: string): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file; expected a BibTeX file (.bib)`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a folder; expected a BibTeX file (.bib)`);
    if (error instanceof TypeError) throw new UserError(`${path}: not UTF-8 text; expected a BibTeX file (.bib)`);
    throw new UserError(`${path}: cannot read it (${(error as Error).message})`);
  }
}

/** Plans (and unless `dryRun`, writes) the paper files for the given ids and BibTeX files. */
export async function addPapers(options: AddOptions): Promise<AddReport> {
  const paths = contentPaths(options.contentDir);
  const bad = options.inputs.filter((input) => !parseArxivInput(input));
  if (bad.length) {
    throw new UserError(`${bad.map((b) => `"${b}"`).join(', ')}: not an arXiv id or link; expected e.g. 2404.01399, hep-th/9901001 or https://arxiv.org/abs/2404.01399`, 2);
  }
  if (options.inputs.length === 0 && !options.bibtex?.length) {
    throw new UserError('give at least one arXiv id or link, or --bibtex <file>, e.g. npm run add -- 2404.01399', 2);
  }
  const report: AddReport = {
    added: [],
    updated: [],
    unchanged: [],
    placeholders: [],
    fromBibtex: [],
    notFound: [],
    skipped: [],
    arxivProblems: [],
    writes: [],
    papersDir: paths.papers,
  };

  /** Wanted ids in order, each with how it was asked for (the command line wins over BibTeX). */
  const wanted = new Map<string, 'arxiv-api' | 'bibtex'>();
  for (const input of options.inputs) wanted.set(parseArxivInput(input)!.id, 'arxiv-api');
  const bibEntries = new Map<string, BibtexEntry>();
  for (const file of options.bibtex ?? []) {
    const bib = readBibtex(await readText(file));
    for (const skip of bib.skipped) report.skipped.push({ file, ...skip });
    for (const paper of bib.papers) {
      if (bibEntries.has(paper.id)) {
        report.skipped.push({ file, key: paper.key, ...(paper.line ? { line: paper.line } : {}), reason: `arXiv:${paper.id} again (already in an earlier BibTeX entry)` });
        continue;
      }
      bibEntries.set(paper.id, paper);
      if (!wanted.has(paper.id)) wanted.set(paper.id, 'bibtex');
    }
  }

  const ids = [...wanted.keys()];
  const lookup: ArxivLookup = options.offline || ids.length === 0 ? { entries: new Map(), notFound: [], failed: [] } : await fetchArxivEntries(ids, options.api);
  report.arxivProblems = lookup.failed;
  const notFound = new Set(lookup.notFound);
  /** Ids in a request arXiv refused (it names the id it finds malformed): no file until that is fixed. */
  const refused = new Set(lookup.failed.filter((f) => !f.unavailable).flatMap((f) => f.ids));

  let starterBody: ReturnType<typeof starterBodyFor> | undefined;
  for (const id of ids) {
    const fromArxiv = lookup.entries.get(id);
    const bib = bibEntries.get(id);
    // The source says where the fields came from: arXiv, else the BibTeX entry, else (a placeholder) how it was asked for.
    const via = fromArxiv ? 'arxiv-api' : bib ? 'bibtex' : wanted.get(id)!;
    const source: PaperSource = { via, imported: options.today };
    if (!fromArxiv && !bib && (notFound.has(id) || refused.has(id))) {
      if (notFound.has(id)) report.notFound.push(id);
      continue;
    }
    const fields = fromArxiv ? fieldsFromArxiv(fromArxiv) : bib ? fieldsFromBibtex(bib) : undefined;
    const path = paperPath(paths, id);
    if (existsSync(path)) {
      const original = await readFile(path, 'utf8');
      if (!fields) {
        report.unchanged.push(id);
        continue;
      }
      const merged = mergePaper(original, relative('.', path), fields, source);
      // arXiv's own fields (dates, comment, DOI…) and its full abstract, beyond what a digest carries.
      const completed = fromArxiv ? mergeArxivMetadata(merged.text, relative('.', path), fromArxiv) : { text: merged.text, changed: [] };
      if (!fromArxiv) report.fromBibtex.push(id);
      if (completed.text === original) report.unchanged.push(id);
      else {
        report.updated.push({ id, fields: [...new Set([...merged.changed, ...completed.changed])] });
        report.writes.push({ path, content: completed.text });
      }
      continue;
    }
    const base: DigestFields =
      fields ?? digestFields({ id, title: '', titleZh: '', summaryZh: '', summaryEn: '', abstract: '', abstractZh: '', abstractTruncated: false, abstractZhTruncated: false, categories: [] });
    // A paper with a title and abstract gets starter questions; a placeholder only the template
    // (`npm run questions` fills its questions once a digest or arXiv has described it).
    starterBody ??= starterBodyFor({ content: paths, today: options.today, ...(options.locale ? { locale: options.locale } : {}) });
    const body = fields ? starterBody(base) : newPaperBody(options.locale ? { locale: options.locale } : {});
    const created = newPaperFile({ ...base, title: base.title || placeholderTitle(id) }, source, body);
    const text = fromArxiv ? mergeArxivMetadata(created, relative('.', path), fromArxiv).text : created;
    report.added.push(id);
    if (!fields) report.placeholders.push(id);
    else if (!fromArxiv) report.fromBibtex.push(id);
    report.writes.push({ path, content: text });
  }
  if (!options.dryRun) await writeAllOrNothing(report.writes, { within: paths.root });
  return report;
}

function list(ids: string[], max = 8): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

/** The summary the command prints. */
export function formatAddReport(report: AddReport, dryRun: boolean): string {
  const out: string[] = [];
  for (const problem of report.arxivProblems) {
    out.push(problem.unavailable ? `warning: ${problem.reason}.` : `error: ${problem.reason}`);
  }
  const pad = (label: string) => `  ${label.padEnd(10)}`;
  out.push(`${pad('added')}${report.added.length}${report.added.length ? `  ${list(report.added)}` : ''}`);
  out.push(`${pad('updated')}${report.updated.length}`);
  for (const u of report.updated.slice(0, 20)) out.push(`    ${u.id}: ${u.fields.join(', ')}`);
  out.push(`${pad('unchanged')}${report.unchanged.length}`);
  if (report.notFound.length) out.push(`${pad('not found')}${report.notFound.length}  ${list(report.notFound)} (arXiv has no such paper; nothing written)`);
  out.push(`${pad('skipped')}${report.skipped.length}`);
  for (const s of report.skipped) out.push(`    ${s.file}${s.line ? `:${s.line}` : ''}${s.key ? ` (${s.key})` : ''}: ${s.reason}`);
  if (report.fromBibtex.length) out.push(`Filled from BibTeX, not from arXiv: ${list(report.fromBibtex)}.`);
  if (report.placeholders.length) {
    out.push(
      `Without details for now: ${list(report.placeholders)}. ${report.placeholders.length === 1 ? 'Its page shows' : 'Their pages show'} the id and the arXiv links; ` +
        `run npm run add -- ${report.placeholders.slice(0, 3).join(' ')} again when online to fill in the title and abstract.`,
    );
  }
  const files = report.writes.length;
  out.push(
    dryRun
      ? `Dry run: ${files} file${files === 1 ? '' : 's'} would be written; nothing was changed.`
      : `${files} file${files === 1 ? '' : 's'} written under ${relative('.', report.papersDir) || '.'}.`,
  );
  return out.join('\n');
}
