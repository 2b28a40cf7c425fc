/**
 * The site's data, loaded once per build and shared by every page: collections from astro:content,
 * turned into plain records by src/domain. Pages call these getters and never parse strings themselves.
 *
 * "Today" (for the next session and the inbox) is SITE_TODAY when set, otherwise the build day in the
 * group's time zone: the same content and the same day give the same site.
 */
import { getCollection, getEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type Catalog } from '../../domain/catalog.ts';
import type { Group } from '../../schemas/group.ts';
import { todayIn } from '../../domain/dates.ts';
import { viewKeys } from '../views/view-key.ts';
import { pageContext, type PageContext } from './page-context.ts';
import { relatedLists } from '../../domain/related/related-index.ts';
import { relatedLinks, type RelatedLink } from '../../domain/related/discussed.ts';
import { BROKEN_FILES_ENTRY, brokenFilesError } from './broken-files.ts';
import { awaitRelatedLists, EXPORTS, type ExportFormat, type ExportLayout } from '../integrations/scan-files.ts';
import { codeVersion } from '../integrations/code-version.ts';
import { scanFiles } from 'virtual:reading-group/scan-files';
import { siteRepository } from '../../domain/requests/links.ts';
import { markdownFileNames } from '../../files/check-content.ts';
import { contentPaths } from '../../files/content-paths.ts';
import { parsePaperFile } from '../../files/paper-file.ts';
import type { PaperData } from '../../schemas/paper.ts';
import { paperBibtex } from '../../render/bibtex.ts';
import { archivedPaperCsl, paperCsl } from '../../render/csl.ts';

/** The id a paper file is named after (`hep-th_9901001.md` is `hep-th/9901001`). */
function idOfFile(name: string): string {
  return name.slice(0, -3).replace('_', '/');
}

export interface Site extends Catalog {
  today: string;
  /** What every page needs besides its own data, its strings and the base path among them (src/middleware.ts puts it in Astro.locals). */
  context: PageContext;
  /**
   * The related papers of each paper (about five, each marked when the group discussed it; the index
   * is built once). In a build it settles once the build's scan has computed them, on the other core,
   * so only the paper pages wait for it.
   */
  relatedPapers(): Promise<(id: string) => RelatedLink[]>;
  /**
   * The incremental-build key of a page that renders `view` and the page context: a hash of the view,
   * the page context and the site's code (src/site/views/view-key.ts). Unchanged pages are copied from the
   * last build instead of rendered again (Astro's incremental build).
   */
  viewKey(view: unknown): string;
  /** How many paper files have no page of their own (untouched candidates past the window). */
  papersWithoutPage: number;
  /**
   * Every paper for an export, one rendered item at a time, never all at once: those with a page, then,
   * in `astro dev`, those without. In a build the papers without a page (rendered by the build's scan,
   * which read their files) are appended to the written file after the build (completeExport in
   * src/site/integrations/scan-files.ts), so that Astro never holds them in memory.
   */
  exportItems(format: ExportFormat): Iterable<string>;
  /** How the export endpoint lays the items out; in a build without the tail, which comes after the papers without a page. */
  exportLayout(format: ExportFormat): ExportLayout;
}

/** The content folder the site is built from (CONTENT_DIR points the benchmark at its own). */
const contentDir = process.env.CONTENT_DIR || 'content';

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [papers, sessions, groups] = await Promise.all([getCollection('papers'), getCollection('sessions'), getCollection('group')]);
  const loaded = groups[0]?.data;
  if (!loaded) throw new Error('content/group.yaml is missing');
  // "Edit this page" and the request links: group.yaml's repository, else the one the deploy workflow names.
  const repository = siteRepository(loaded.repository, process.env.REPOSITORY_URL);
  const group: Group = repository ? { ...loaded, repository } : loaded;
  const catalog = buildCatalog({
    papers: papers.map((entry) => ({ ...entry.data, body: entry.body ?? '', filePath: entry.filePath ?? '' })),
    sessions: sessions.map((entry) => ({ ...entry.data, body: entry.body ?? '', filePath: entry.filePath ?? '' })),
    group,
  });
  const today = process.env.SITE_TODAY || todayIn(group.timezone);
  // During `astro build` a worker thread computes related papers on the other core and writes them
  // to a file (src/site/integrations/scan-files.ts); in `astro dev` they are computed here, once.
  let related: Promise<(id: string) => RelatedLink[]> | undefined;
  const relatedPapers = () =>
    (related ??= (scanFiles === undefined ? Promise.resolve(relatedLists(catalog.papers)) : awaitRelatedLists(scanFiles)).then(
      (lists) =>
        // Related papers are computed over every file; only those with a page are linked.
        (id: string): RelatedLink[] =>
          relatedLinks(
            (lists[id] ?? []).filter((r) => catalog.byId.has(r.id)),
            catalog,
            today,
          ),
    ));
  const context = pageContext(group, import.meta.env.BASE_URL);
  // The page context's data (its strings follow from the locale and the code), the site's address, and the code.
  const viewKey = viewKeys({ code: codeVersion(), group: context.group, base: context.base, site: import.meta.env.SITE });
  const papersDir = contentPaths(contentDir).papers;
  const withoutPage = markdownFileNames(papersDir).filter((name) => !catalog.byId.has(idOfFile(name)));
  const render: Record<ExportFormat, { page(paper: PaperData): string; archived(paper: PaperData): string }> = {
    bibtex: { page: paperBibtex, archived: paperBibtex },
    csl: { page: (paper) => JSON.stringify(paperCsl(paper)), archived: (paper) => JSON.stringify(archivedPaperCsl(paper)) },
  };
  function* exportItems(format: ExportFormat): Iterable<string> {
    for (const paper of catalog.papers) yield render[format].page(paper);
    // In a build, the papers without a page are appended to the written file afterwards (completeExport in scan-files.ts).
    if (scanFiles) return;
    for (const name of withoutPage) {
      const file = join(papersDir, name);
      yield render[format].archived(parsePaperFile(readFileSync(file, 'utf8'), file).data);
    }
  }
  const exportLayout = (format: ExportFormat): ExportLayout => ({ ...EXPORTS[format].layout, ...(scanFiles ? { tail: '' } : {}) });
  return { ...catalog, today, context, relatedPapers, viewKey, papersWithoutPage: withoutPage.length, exportItems, exportLayout };
}

/** Everything pages need, built once per build. In `astro dev`, fails while a content file is broken. */
export async function getSite(): Promise<Site> {
  // A build stops at the first broken file; the dev server keeps serving and lists them (broken-files.ts).
  if (!__ASTRO_BUILD__) {
    const error = brokenFilesError((await getEntry('brokenFiles', BROKEN_FILES_ENTRY))?.data.messages ?? []);
    if (error) throw error;
  }
  site ??= load();
  return site;
}
