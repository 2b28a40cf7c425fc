/**
 * Turning a digest entry into a paper file, or merging it into the file that already exists.
 *
 * The ownership rule: the importer owns the digest fields (IMPORTER_FIELDS) and nothing else. A merge
 * rewrites only the importer's frontmatter blocks that actually change; people's fields (known or not),
 * comments and the body stay byte for byte. Merging the same entry twice changes nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DigestEntry } from '../../domain/digest/parse-digest.ts';
import { dumpKey, editYaml, joinFrontmatter, readFrontmatter, type FrontmatterFile } from '../frontmatter.ts';
import type { ArxivEntry } from '../../net/arxiv-api.ts';
import { IMPORTER_FIELDS, type PaperSource } from '../../schemas/paper.ts';

/** The importer-owned values an entry provides, in the order they are written. */
export type DigestFields = Omit<DigestEntry, 'ref' | 'line' | 'link'> & {
  /** Authors, when the source names them (the arXiv API and BibTeX do; digests do not). */
  authors?: string[];
};

export function digestFields(entry: DigestEntry | DigestFields): DigestFields {
  return {
    id: entry.id,
    ...(entry.version ? { version: entry.version } : {}),
    title: entry.title,
    titleZh: entry.titleZh,
    summaryZh: entry.summaryZh,
    summaryEn: entry.summaryEn,
    abstract: entry.abstract,
    abstractZh: entry.abstractZh,
    abstractTruncated: entry.abstractTruncated,
    abstractZhTruncated: entry.abstractZhTruncated,
    ...(entry.announceType ? { announceType: entry.announceType } : {}),
    categories: [...entry.categories],
    ...('authors' in entry && entry.authors?.length ? { authors: [...entry.authors] } : {}),
  };
}

/**
 * The title of a paper whose details could not be fetched (arXiv unreachable): `arXiv:2404.01399`.
 * The schema needs a non-empty title; this one also marks the file, so that a later `npm run add` or
 * digest import fills in the real title (see {@link mergePaper}).
 */
export function placeholderTitle(id: string): string {
  return `arXiv:${id}`;
}

/** Whether a title is the {@link placeholderTitle} of the paper. */
export function isPlaceholderTitle(title: unknown, id: string): boolean {
  return typeof title === 'string' && title.trim() === placeholderTitle(id);
}

/** The team's fields a new paper starts with. */
const TEAM_DEFAULTS = { status: 'candidate', tags: [], votes: 0 };

/** Source entries as stored: only the keys that are set, in a fixed order. */
function sourceRecord(source: PaperSource): PaperSource {
  return {
    ...(source.digest ? { digest: source.digest } : {}),
    ...(source.ref ? { ref: source.ref } : {}),
    ...(source.via && source.via !== 'digest' ? { via: source.via } : {}),
    imported: source.imported,
  };
}

/** The text of a new paper file. */
export function newPaperFile(fields: DigestFields, source: PaperSource, body: string): string {
  const yamlText = [...Object.entries(fields).map(([k, v]) => dumpKey(k, v)), dumpKey('sources', [sourceRecord(source)]), ...Object.entries(TEAM_DEFAULTS).map(([k, v]) => dumpKey(k, v))].join('');
  return joinFrontmatter(yamlText, body);
}

export interface MergeResult {
  text: string;
  /** Importer fields whose value changed, e.g. `['version', 'abstract', 'sources']`. */
  changed: string[];
  /** Set when the entry carried a newer version: `[old, new]`. */
  versionChange?: [number | undefined, number];
}

const TEXT_FIELDS = ['title', 'titleZh', 'summaryZh', 'summaryEn'] as const;

function isSameSource(a: Record<string, unknown>, b: PaperSource): boolean {
  if (b.digest) return a.digest === b.digest;
  return a.via === b.via && !a.digest;
}

/**
 * Merges an entry into an existing paper file.
 *
 * - A newer version (higher `vN`) refreshes every digest field it has text for.
 * - The same, an older or an unknown version only fills fields that are empty, and replaces an abstract
 *   the digest had cut with a complete one.
 * - Categories are united; the source is appended once.
 * - A placeholder title (`arXiv:<id>`, written when arXiv could not be reached) counts as empty, so
 *   any real title replaces it; an incoming placeholder title never replaces anything.
 */
export function mergePaper(existing: string, file: string, incoming: DigestFields, source: PaperSource): MergeResult {
  const { data, yaml: yamlText, body, delimiters } = readFrontmatter(existing, file);
  if (isPlaceholderTitle(incoming.title, incoming.id)) incoming = { ...incoming, title: '' };
  const next: Record<string, unknown> = {};
  const oldVersion = typeof data.version === 'number' ? data.version : undefined;
  const newer = incoming.version !== undefined && (oldVersion === undefined || incoming.version > oldVersion);
  const placeholder = isPlaceholderTitle(data.title, incoming.id);
  const str = (key: string) => (typeof data[key] === 'string' && !(key === 'title' && placeholder) ? data[key] : '');

  if (newer) {
    next.version = incoming.version;
    for (const key of TEXT_FIELDS) if (incoming[key]) next[key] = incoming[key];
    if (incoming.announceType) next.announceType = incoming.announceType;
    if (incoming.abstract) {
      next.abstract = incoming.abstract;
      next.abstractTruncated = incoming.abstractTruncated;
    }
    if (incoming.abstractZh) {
      next.abstractZh = incoming.abstractZh;
      next.abstractZhTruncated = incoming.abstractZhTruncated;
    }
  } else {
    for (const key of TEXT_FIELDS) if (!str(key) && incoming[key]) next[key] = incoming[key];
    if (data.announceType === undefined && incoming.announceType) next.announceType = incoming.announceType;
    const fill = (text: 'abstract' | 'abstractZh', flag: 'abstractTruncated' | 'abstractZhTruncated') => {
      if (!incoming[text]) return;
      const wasCut = !str(text) || (data[flag] === true && !incoming[flag] && incoming[text].length > str(text).length);
      if (wasCut) {
        next[text] = incoming[text];
        next[flag] = incoming[flag];
      }
    };
    fill('abstract', 'abstractTruncated');
    fill('abstractZh', 'abstractZhTruncated');
  }
  if (incoming.authors?.length && !Array.isArray(data.authors)) next.authors = incoming.authors;

  const categories = Array.isArray(data.categories) ? (data.categories as string[]) : [];
  const merged = [...categories, ...incoming.categories.filter((c) => !categories.includes(c))];
  next.categories = merged;

  const sources = Array.isArray(data.sources) ? (data.sources as Record<string, unknown>[]) : [];
  if (!sources.some((s) => isSameSource(s, source))) next.sources = [...sources, sourceRecord(source)];

  const written = writeChanges(existing, { data, yaml: yamlText, body, delimiters }, next);
  return { ...written, ...(written.changed.length && newer && incoming.version ? { versionChange: [oldVersion, incoming.version] } : {}) };
}

/**
 * Rewrites the importer fields in `next` whose values differ from the file's, each block in place or,
 * when new, after the importer field that precedes it; everything else stays byte for byte.
 */
function writeChanges(existing: string, file: Omit<FrontmatterFile, 'data'> & { data: Record<string, unknown> }, next: Record<string, unknown>): MergeResult {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (!isDeepStrictEqual(file.data[key], value)) changes[key] = value;
  }
  const changed = Object.keys(changes);
  if (changed.length === 0) return { text: existing, changed };
  const order: readonly string[] = IMPORTER_FIELDS;
  const insertAfter = (key: string, present: Set<string>) =>
    order
      .slice(0, order.indexOf(key))
      .reverse()
      .find((k) => present.has(k));
  return { text: joinFrontmatter(editYaml(file.yaml, changes, insertAfter), file.body, file.delimiters), changed };
}

/** What the arXiv API says about a paper, as far as its file goes. */
export type ArxivMetadata = Pick<ArxivEntry, 'id' | 'title' | 'abstract' | 'authors' | 'categories' | 'published' | 'updated' | 'primaryCategory' | 'comment' | 'journalRef' | 'doi'>;

/** The `YYYY-MM-DD` of an API timestamp, or undefined when it is not one. */
function dayOf(timestamp: string | undefined): string | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(timestamp?.trim() ?? '')?.[1];
  return day;
}

/**
 * Completes a paper file from the arXiv API: authors, submitted and updated days, comment, journal
 * reference, DOI and primary category (arXiv's word is the newest, so these are replaced when arXiv
 * says otherwise), the full abstract in place of one a digest had cut (or none), a real title in place
 * of the placeholder, and any category not yet listed. Like {@link mergePaper} it rewrites only the
 * importer's blocks that change, so people's fields and the body stay byte for byte, and merging the
 * same metadata twice changes nothing.
 */
export function mergeArxivMetadata(existing: string, file: string, meta: ArxivMetadata): MergeResult {
  const { data, yaml: yamlText, body, delimiters } = readFrontmatter(existing, file);
  const next: Record<string, unknown> = {};
  if (meta.authors.length) next.authors = meta.authors;
  const submitted = dayOf(meta.published);
  const updated = dayOf(meta.updated);
  if (submitted) next.submitted = submitted;
  if (updated) next.updated = updated;
  if (meta.comment) next.comment = meta.comment;
  if (meta.journalRef) next.journalRef = meta.journalRef;
  if (meta.doi) next.doi = meta.doi;
  if (meta.primaryCategory) next.primaryCategory = meta.primaryCategory;
  const abstract = typeof data.abstract === 'string' ? data.abstract : '';
  if (meta.abstract && (!abstract || data.abstractTruncated === true)) {
    next.abstract = meta.abstract;
    next.abstractTruncated = false;
  }
  if (meta.title && (typeof data.title !== 'string' || !data.title.trim() || isPlaceholderTitle(data.title, meta.id))) next.title = meta.title;
  const categories = Array.isArray(data.categories) ? (data.categories as string[]) : [];
  const added = meta.categories.filter((c) => !categories.includes(c));
  if (added.length) next.categories = [...categories, ...added];

  return writeChanges(existing, { data, yaml: yamlText, body, delimiters }, next);
}
