/**
 * A paper as a list shows it (src/components/PaperListItem.astro): title, Chinese title, the first
 * authors, the one-line summary in the interface's language, status, votes, tags and the day it was
 * added. Listing pages hold these instead of whole papers, so that a list page's incremental-build key
 * (src/site/views/view-key.ts) changes only with what the page shows — a note written on a paper
 * re-renders its page, not every list it is on — and is cheap to hash.
 */
import type { PaperRecord } from '../../domain/catalog.ts';
import { listSummary } from '../../render/excerpt.ts';
import type { PaperStatus } from '../../schemas/paper.ts';
import type { Locale } from '../../schemas/common.ts';

export interface PaperListItemView {
  id: string;
  title: string;
  titleZh: string;
  /** The first four authors at most: the short form shows all of three, or two and "et al." (shortAuthors). */
  authors: string[];
  summary: { text: string; lang: Locale };
  status: PaperStatus;
  voteCount: number;
  tags: string[];
  added: string;
}

const made = new WeakMap<PaperRecord, { locale: Locale; item: PaperListItemView }>();

/** The list item of a paper, made once per paper and locale (a paper is on several lists). */
export function paperListItemView(paper: PaperRecord, locale: Locale): PaperListItemView {
  const known = made.get(paper);
  if (known?.locale === locale) return known.item;
  const item: PaperListItemView = {
    id: paper.id,
    title: paper.title,
    titleZh: paper.titleZh,
    authors: (paper.authors ?? []).slice(0, 4),
    summary: listSummary(paper, locale),
    status: paper.status,
    voteCount: paper.voteCount,
    tags: paper.tags,
    added: paper.added,
  };
  made.set(paper, { locale, item });
  return item;
}

/** The list items of papers, in their order. */
export function paperListItems(papers: readonly PaperRecord[], locale: Locale): PaperListItemView[] {
  return papers.map((paper) => paperListItemView(paper, locale));
}
