/**
 * The import: digests in, paper files out. Everything is computed in memory first; nothing is written
 * until every digest has been read and every existing paper file it touches has been parsed. Then all
 * files are written at once (temp file + rename), or, with `dryRun`, none.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { categoryFromDigestName, parseDigest, type DigestEntry, type DigestProblem } from '../../domain/digest/parse-digest.ts';
import { contentPaths, paperPath, type ContentPaths } from '../content-paths.ts';
import { UserError } from '../../domain/errors.ts';
import { writeAllOrNothing, type PlannedWrite } from '../atomic-write.ts';
import { digestFields, mergePaper, newPaperFile, type DigestFields } from './merge-paper.ts';
import { hasArxivMetadata, type PaperSource } from '../../schemas/paper.ts';
import { joinFrontmatter, readFrontmatter } from '../frontmatter.ts';
import type { ArxivClientOptions } from '../../net/arxiv-api.ts';
import type { PaperText } from '../../domain/paper-text.ts';
import { completeFromArxiv, type MetadataOutcome } from './arxiv-metadata.ts';
import type { BodyLocale } from '../../domain/paper-body.ts';
import { refreshStarterQuestions, starterBodyFor, starterRefresh } from '../questions/starter-body.ts';
import type { KnownPaperIndex } from '../../domain/questions/related.ts';
import { DEFAULT_MAX_BYTES, ENV_MAX_BYTES, digestUrl, fetchDigest, megabytes, readCapped } from '../../net/fetch-digest.ts';

export interface ImportOptions {
  /** Digest files or http(s) URLs. */
  inputs: string[];
  /** The content folder (default `content`). */
  contentDir?: string;
  /** The import date recorded in `sources`, `YYYY-MM-DD`. */
  today: string;
  dryRun?: boolean;
  /** Keep only entries whose titles, summaries or abstracts match. */
  match?: RegExp;
  /** Keep only these refs (`[^N]`). */
  only?: Set<number>;
  /** Treat entry-level problems as fatal. */
  strict?: boolean;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Deadline for each URL download, in milliseconds (default 30 s; see fetch-digest.ts). */
  timeoutMs?: number;
  /** The largest digest a URL may send, in bytes (default 20 MB). */
  maxBytes?: number;
  /**
   * Builds the body of a new paper (people's sections) from its fields once arXiv's metadata is in
   * (so questions read the full abstract); the default is the notes template with starter questions
   * in `locale`, relating the paper to those in `related`.
   */
  bodyFor?: (paper: NewPaper) => string;
  /**
   * Complete new, updated and still-undescribed papers from the arXiv API with these client
   * settings; leave out (or `false`) to import offline.
   */
  arxiv?: ArxivClientOptions | false;
  /** The group's language for the default body (`locale` in group.yaml; default `en`). */
  locale?: BodyLocale;
  /** The papers the group already has, indexed; read from the papers folder when absent. */
  related?: KnownPaperIndex;
}

/** A new paper's fields as its body is written: digest fields completed by arXiv where it answered. */
export type NewPaper = PaperText & { abstractTruncated?: boolean; abstractZhTruncated?: boolean; authors?: string[] };

export interface SkippedEntry {
  digest: string;
  ref?: number;
  id?: string;
  line?: number;
  reason: string;
}

export interface DigestReport {
  input: string;
  /** Where the digest is (or would be) kept, relative to the content folder's parent. */
  storedAs: string;
  entries: number;
  kept: number;
  problems: DigestProblem[];
}

export interface ImportReport {
  digests: DigestReport[];
  added: string[];
  updated: { id: string; fields: string[]; version?: [number | undefined, number] }[];
  unchanged: string[];
  skipped: SkippedEntry[];
  /** Entries left out by `--match` or `--only` (not an error). */
  filtered: number;
  writes: PlannedWrite[];
  papersDir: string;
  milliseconds: number;
  /** What the arXiv step did; absent for an offline import. */
  metadata?: MetadataOutcome;
}

/**
 * Reads a digest file with the same limit as a download: a file this big is not a digest (a wrong
 * path, a data dump). A regular file is refused by its size before it is read; a pipe or device
 * (`<(curl …)`, /dev/stdin) is read until it passes the limit.
 */
async function readLimited(input: string, maxBytes: number): Promise<Uint8Array> {
  const limit = `${megabytes(maxBytes)} (${maxBytes} bytes) a digest may have (about 2 MB is usual; ${ENV_MAX_BYTES} raises the limit)`;
  const handle = await open(input, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.isFile() && info.size > maxBytes) throw new UserError(`${input}: ${megabytes(info.size)} (${info.size} bytes), more than the ${limit}`);
    return await readCapped(handle.readableWebStream() as ReadableStream<Uint8Array>, maxBytes, () => {
      throw new UserError(`${input}: stopped reading after ${megabytes(maxBytes)}, more than the ${limit}`);
    });
  } finally {
    await handle.close();
  }
}

async function readInput(input: string, options: ImportOptions): Promise<{ name: string; text: string }> {
  let url: URL | undefined;
  try {
    url = digestUrl(input);
  } catch (error) {
    // `notes:v2.md` looks like a URL with the scheme `notes:`; a file by that name is read as a file.
    if (!existsSync(input)) throw error;
  }
  if (url) {
    return fetchDigest(input, {
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    });
  }
  try {
    const buffer = await readLimited(input, options.maxBytes || DEFAULT_MAX_BYTES);
    return { name: basename(input), text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UserError(`${input}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${input}: is a folder; give the digest file itself`);
    if (error instanceof TypeError) throw new UserError(`${input}: not UTF-8 text; expected a markdown digest`);
    throw new UserError(`${input}: cannot read it (${(error as Error).message})`);
  }
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A copy of this digest already kept under one of the names {@link storageName} gives it (`name`,
 * `stem-YYYY-MM-DD`, `stem-YYYY-MM-DD-hash`, `stem-hash`), found on any earlier day.
 */
async function keptCopy(paths: ContentPaths, stem: string, ext: string, text: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(paths.digests);
  } catch {
    return undefined;
  }
  const pattern = new RegExp(`^${escapeRegex(stem)}(?:-\\d{4}-\\d{2}-\\d{2})?(?:-[0-9a-f]{8})?${escapeRegex(ext)}$`);
  const size = Buffer.byteLength(text);
  for (const candidate of names.filter((n) => pattern.test(n)).sort()) {
    const path = join(paths.digests, candidate);
    if ((await stat(path)).size === size && (await readFile(path, 'utf8')) === text) return candidate;
  }
  return undefined;
}

/**
 * Picks the file name under `content/digests/`: where the same digest is already kept (so importing
 * it again, on any day, changes nothing), else the original name unless a different file has it.
 */
async function storageName(paths: ContentPaths, name: string, text: string, today: string, taken: Map<string, string>): Promise<string> {
  const stem = name.slice(0, name.length - extname(name).length);
  const ext = extname(name);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  const kept = await keptCopy(paths, stem, ext, text);
  if (kept) return kept;
  for (const candidate of [name, `${stem}-${today}${ext}`, `${stem}-${today}-${hash}${ext}`]) {
    const claimed = taken.get(candidate);
    if (claimed !== undefined) {
      if (claimed === text) return candidate;
      continue;
    }
    const path = join(paths.digests, candidate);
    if (!existsSync(path)) return candidate;
    if ((await readFile(path, 'utf8')) === text) return candidate;
  }
  return `${stem}-${hash}${ext}`;
}

function matches(entry: DigestEntry, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  return [entry.title, entry.titleZh, entry.summaryZh, entry.summaryEn, entry.abstract, entry.abstractZh].some((t) => {
    pattern.lastIndex = 0;
    return pattern.test(t);
  });
}

export function formatDigestProblem(file: string, p: DigestProblem): string {
  return `${file}:${p.line}: ${p.message}${p.found !== undefined ? `\n    found: "${p.found}"` : ''}`;
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const paths = contentPaths(options.contentDir);
  if (options.inputs.length === 0) throw new UserError('give at least one digest file or URL, e.g. npm run import -- digests/cs.CL.md');
  const report: ImportReport = {
    digests: [],
    added: [],
    updated: [],
    unchanged: [],
    skipped: [],
    filtered: 0,
    writes: [],
    papersDir: paths.papers,
    milliseconds: 0,
  };
  /** The newest text of each paper path touched in this run (existing or planned). */
  const planned = new Map<string, { text: string; isNew: boolean; original?: string; id: string }>();
  const storedDigests = new Map<string, string>();
  const updatedFields = new Map<string, Set<string>>();
  const versionChanges = new Map<string, [number | undefined, number]>();
  /** Every entry merged into each paper path in this run, in order. */
  const merges = new Map<string, { fields: DigestFields; source: PaperSource }[]>();
  const merge = (path: string, fields: DigestFields, source: PaperSource) => {
    const current = planned.get(path)!;
    const merged = mergePaper(current.text, relative('.', path), fields, source);
    planned.set(path, { ...current, text: merged.text });
    if (merged.changed.length) {
      const set = updatedFields.get(path) ?? new Set<string>();
      merged.changed.forEach((f) => set.add(f));
      updatedFields.set(path, set);
    }
    if (merged.versionChange) {
      const earlier = versionChanges.get(path);
      versionChanges.set(path, [earlier ? earlier[0] : merged.versionChange[0], merged.versionChange[1]]);
    }
  };
  const bodyFor =
    options.bodyFor ?? starterBodyFor({ content: paths, today: options.today, ...(options.locale ? { locale: options.locale } : {}), ...(options.related ? { related: options.related } : {}) });

  for (const input of options.inputs) {
    const { name, text } = await readInput(input, options);
    const parsed = parseDigest(text, { category: categoryFromDigestName(name) });
    if (parsed.fatal) throw new UserError(formatDigestProblem(input, parsed.fatal));
    if (options.strict) {
      const errors = parsed.problems.filter((p) => p.severity === 'error');
      if (errors.length) throw new UserError(errors.map((p) => formatDigestProblem(input, p)).join('\n'));
    }
    const stored = await storageName(paths, name, text, options.today, storedDigests);
    const digestPath = join(paths.digests, stored);
    if (!storedDigests.has(stored)) {
      storedDigests.set(stored, text);
      if (!existsSync(digestPath)) report.writes.push({ path: digestPath, content: text });
    }
    for (const p of parsed.problems.filter((q) => q.severity === 'error')) {
      report.skipped.push({ digest: stored, ...(p.ref ? { ref: p.ref } : {}), line: p.line, reason: p.message });
    }

    let kept = 0;
    for (const entry of parsed.entries) {
      if ((options.only && !options.only.has(entry.ref)) || (options.match && !matches(entry, options.match))) {
        report.filtered++;
        continue;
      }
      kept++;
      const path = paperPath(paths, entry.id);
      const source = { digest: stored, ref: entry.ref, imported: options.today };
      const fields = digestFields(entry);
      let current = planned.get(path);
      if (!current && existsSync(path)) {
        const original = await readFile(path, 'utf8');
        current = { text: original, isNew: false, original, id: entry.id };
      }
      merges.set(path, [...(merges.get(path) ?? []), { fields, source }]);
      if (!current) {
        // The body is written once arXiv has had its say (see below), so questions read the full abstract.
        const text = newPaperFile(fields, source, '');
        planned.set(path, { text, isNew: true, id: entry.id });
        continue;
      }
      planned.set(path, current);
      merge(path, fields, source);
    }
    report.digests.push({ input, storedAs: digestPath, entries: parsed.entries.length, kept, problems: parsed.problems });
  }

  // A paper that several entries describe (a digest listing it twice, or several digests) gets their
  // merges applied again until nothing changes: a merge only ever raises the version, fills a field or
  // completes a cut abstract, so this settles, and importing the same digests again changes nothing.
  for (const [path, list] of merges) {
    if (list.length < 2) continue;
    for (let round = 0; ; round++) {
      const before = planned.get(path)!.text;
      for (const { fields, source } of list) merge(path, fields, source);
      if (planned.get(path)!.text === before) break;
      if (round >= 20) throw new Error(`merging the ${list.length} entries of ${path} does not settle`);
    }
  }

  if (options.arxiv) {
    // New and updated papers, and any paper of these digests arXiv has not described yet.
    const wanted = [...planned].filter(([, state]) => state.isNew || state.text !== state.original || !hasArxivMetadata(readFrontmatter(state.text, state.id).data));
    report.metadata = await completeFromArxiv(
      wanted.map(([path, state]) => ({ id: state.id, file: relative('.', path), text: state.text })),
      options.arxiv,
    );
    const refresh = starterRefresh(paths, options.locale ?? 'en', options.today, options.related);
    for (const [path, state] of wanted) {
      const completed = report.metadata.texts.get(state.id);
      if (completed === undefined) continue;
      // A paper imported before, while arXiv could not be reached: its questions were written from the cut abstract.
      const text = state.isNew ? completed : refreshStarterQuestions(state.text, completed, relative('.', path), refresh);
      planned.set(path, { ...state, text });
      const set = updatedFields.get(path) ?? new Set<string>();
      report.metadata.changed.get(state.id)!.forEach((f) => set.add(f));
      if (text !== completed) set.add('starter questions');
      updatedFields.set(path, set);
    }
  }

  for (const [path, state] of planned) {
    if (state.isNew) {
      // The frontmatter is the one newPaperFile wrote from the digest entry, completed by arXiv.
      const { data, yaml: yamlText, delimiters } = readFrontmatter(state.text, relative('.', path));
      state.text = joinFrontmatter(yamlText, bodyFor(data as unknown as NewPaper), delimiters);
      report.added.push(state.id);
      report.writes.push({ path, content: state.text });
    } else if (state.text !== state.original) {
      const version = versionChanges.get(path);
      report.updated.push({ id: state.id, fields: [...(updatedFields.get(path) ?? [])], ...(version ? { version } : {}) });
      report.writes.push({ path, content: state.text });
    } else {
      report.unchanged.push(state.id);
    }
  }
  if (!options.dryRun) await writeAllOrNothing(report.writes, { within: paths.root });
  report.milliseconds = performance.now() - started;
  return report;
}
