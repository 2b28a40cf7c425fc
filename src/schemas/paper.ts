/**
 * A paper file, `content/papers/<arxiv-id>.md`. Its frontmatter has two owners:
 *
 * - the importer owns the digest fields ({@link IMPORTER_FIELDS}) and may refresh them when a newer
 *   version of the paper arrives;
 * - people own everything else: `status`, `tags`, `votes`, any field they add, and the body
 *   (`## Notes` and `## Discussion questions`). The importer keeps these byte for byte.
 */
import { z } from 'astro/zod';
import { ARXIV_ID, isoDate } from './common.ts';

export const PAPER_STATUSES = ['candidate', 'shortlisted', 'scheduled', 'discussed', 'archived'] as const;
/** The announce types arXiv uses; old RSS spelled the last two as `UPDATED` and `CROSS LISTED`. */
export const ANNOUNCE_TYPES = ['new', 'cross', 'replace', 'replace-cross'] as const;
export type AnnounceType = (typeof ANNOUNCE_TYPES)[number];

/** Where a paper's digest fields came from: one entry per digest (or other source) that carried it. */
export const paperSourceSchema = z.object({
  /** File name of the digest under `content/digests/`, e.g. `cs.CL-2023-06-01.md`. */
  digest: z.string().min(1).optional(),
  /** The entry's footnote number `[^ref]` in that digest. */
  ref: z.int().positive().optional(),
  /** How the paper arrived when not from a digest: `arxiv-api` or `bibtex`. */
  via: z.enum(['digest', 'arxiv-api', 'bibtex']).optional(),
  /** The day the import ran, `YYYY-MM-DD`. */
  imported: isoDate,
});

export const paperSchema = z.looseObject({
  /** The arXiv id without version: `2404.01399`, or old-style `hep-th/9901001`. */
  id: z.string({ error: 'expected an arXiv id in quotes, e.g. "2404.01399" (unquoted, YAML reads it as a number)' }).regex(ARXIV_ID, {
    error: 'expected an arXiv id such as 2404.01399 or hep-th/9901001 (without version)',
  }),
  /** The arXiv version the digest fields describe (`v2` is 2); absent when the digest did not say. */
  version: z.int().positive().optional(),
  /** English title, without the old RSS suffix `(arXiv:… [cs.CL])`; may contain TeX math in `$…$`. */
  title: z.string().min(1, { error: 'a paper needs its English title' }),
  /** Chinese title; empty when the digest had none. */
  titleZh: z.string().default(''),
  /** One-line Chinese summary from the digest. */
  summaryZh: z.string().default(''),
  /** One-line English summary (usually empty in digests). */
  summaryEn: z.string().default(''),
  /** English abstract, without the `arXiv:… Announce Type: … Abstract:` prefix. */
  abstract: z.string().default(''),
  /** Chinese abstract (a machine translation), without the `公告类型` prefix; may be empty. */
  abstractZh: z.string().default(''),
  /** True when the digest cut the English abstract (at 1,000 characters). */
  abstractTruncated: z.boolean().default(false),
  /** True when the Chinese abstract ends in an ellipsis, a truncation note, or mid-formula. */
  abstractZhTruncated: z.boolean().default(false),
  /** arXiv's announce type at import: new, cross(-list), replace(ment), replace-cross. */
  announceType: z.enum(ANNOUNCE_TYPES).optional(),
  /** arXiv categories seen for this paper, e.g. `cs.CL`. */
  categories: z.array(z.string()).default([]),
  /** Authors in arXiv's order, when a source provided them (digests do not; the arXiv API does). */
  authors: z.array(z.string()).optional(),
  /** The day version 1 was submitted to arXiv, `YYYY-MM-DD` (from the arXiv API). Absent until arXiv has described the paper. */
  submitted: isoDate.optional(),
  /** The day the newest version was submitted, `YYYY-MM-DD` (from the arXiv API). */
  updated: isoDate.optional(),
  /** The authors' arXiv comment: pages, figures, venue (e.g. `Accepted at ACL 2024; 12 pages`). */
  comment: z.string().optional(),
  /** The journal reference, once the paper is published (e.g. `Phys. Rev. D 110, 044012 (2024)`). */
  journalRef: z.string().optional(),
  /** The DOI of the published version (e.g. `10.1103/PhysRevD.110.044012`). */
  doi: z.string().optional(),
  /** arXiv's primary category, e.g. `cs.CL`. */
  primaryCategory: z.string().optional(),
  /** Every digest or source that carried this paper, oldest first. The first gives the date added. */
  sources: z.array(paperSourceSchema).min(1, { error: 'a paper needs at least one source' }),

  /** The team's decision so far. New papers are candidates. */
  status: z.enum(PAPER_STATUSES).default('candidate'),
  /** Free tags chosen by the team, e.g. `safety`, `efficiency`. */
  tags: z.array(z.string().min(1), { error: 'expected a list of tags, e.g. [safety, alignment]' }).default([]),
  /**
   * Votes: the ids of the members who voted, e.g. `[alice, bruno]` (what the site's vote links
   * write), or a count written by hand (counted as is; a vote from the site then asks for the list).
   */
  votes: z.union([z.int().min(0), z.array(z.string())], { error: 'expected a number of votes (0 or more) or a list of who voted, e.g. [alice, bruno]' }).default(0),
  /** The member who suggested the paper from the site (a member id), when it came that way. */
  suggestedBy: z.string().optional(),
});

export type PaperData = z.output<typeof paperSchema>;
export type PaperStatus = (typeof PAPER_STATUSES)[number];
export type PaperSource = z.output<typeof paperSourceSchema>;

/** The frontmatter keys the importer owns; everything else in a paper file belongs to people. */
export const IMPORTER_FIELDS = [
  'id',
  'version',
  'title',
  'titleZh',
  'summaryZh',
  'summaryEn',
  'abstract',
  'abstractZh',
  'abstractTruncated',
  'abstractZhTruncated',
  'announceType',
  'categories',
  'authors',
  'submitted',
  'updated',
  'comment',
  'journalRef',
  'doi',
  'primaryCategory',
  'sources',
] as const;
export type ImporterField = (typeof IMPORTER_FIELDS)[number];

/** The number of votes, whichever way they are written. */
export function voteCount(votes: PaperData['votes']): number {
  return Array.isArray(votes) ? votes.length : votes;
}

/** The fields arXiv's API fills in ({@link mergeArxivMetadata}); a paper without `submitted` still waits for them. */
export const ARXIV_METADATA_FIELDS = ['authors', 'submitted', 'updated', 'comment', 'journalRef', 'doi', 'primaryCategory'] as const;

/** Whether arXiv has described this paper yet (its metadata arrived at an import, `add` or `metadata` run). */
export function hasArxivMetadata(paper: { submitted?: unknown }): boolean {
  return typeof paper.submitted === 'string' && paper.submitted !== '';
}

/** The day a paper was first imported: the date of its oldest source. */
export function dateAdded(paper: Pick<PaperData, 'sources'>): string {
  return paper.sources.reduce((min, s) => (s.imported < min ? s.imported : min), paper.sources[0]!.imported);
}
