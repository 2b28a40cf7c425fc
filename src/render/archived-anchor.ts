/**
 * How the search index names a paper without a page of its own: the anchor of its heading in an
 * archived-papers index page (search-records.ts), which Pagefind puts in the sub-result's URL and the
 * search page (src/scripts/search-page.ts) turns back into the paper's arXiv id. Kept apart so that
 * the search page's script carries nothing else.
 */
const PREFIX = 'arxiv-';

export function archivedAnchor(id: string): string {
  return `${PREFIX}${id}`;
}

/** The arXiv id a sub-result's URL stands for, or undefined for any other URL. */
export function archivedPaperId(url: string): string | undefined {
  const hash = url.indexOf(`#${PREFIX}`);
  if (hash < 0) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(url.slice(hash + 1 + PREFIX.length));
  } catch {
    return undefined;
  }
  return /^[\w.-]+(?:\/\d+)?$/.test(id) ? id : undefined;
}
