/**
 * The site's collections. Loaders read the group's files in `content/` with the same code as the
 * commands and `npm run check-content` (src/files/check-content.ts) and the same schemas (src/schemas),
 * so a file that passes `npm run check-content` passes the build, with the same messages otherwise.
 */
import { defineCollection } from 'astro:content';
import { paperSchema } from './schemas/paper.ts';
import { sessionSchema } from './schemas/session.ts';
import { groupSchema } from './schemas/group.ts';
import { contentPaths } from './files/content-paths.ts';
import { paperFormat, sessionFormat, sessionsCrossCheck } from './files/check-content.ts';
import { markdownFolderLoader } from './site/data/markdown-loader.ts';
import { groupFileLoader } from './site/data/group-loader.ts';
import { paperPageFilter } from './files/paper-pages-fs.ts';
import { brokenFilesSchema, trackBrokenFiles } from './site/data/broken-files.ts';

// CONTENT_DIR points the build at another content folder (the benchmark's generated one).
const paths = contentPaths(process.env.CONTENT_DIR || './content');
// In `astro dev`, the files that fail to load, for the pages to show (src/site/data/broken-files.ts).
const broken = trackBrokenFiles();
const papers = defineCollection({
  // Only papers that get a page are entries (src/domain/paper-pages.ts); search and exports read every file.
  loader: markdownFolderLoader(paths.papers, paperFormat, broken, undefined, paperPageFilter(paths)),
  schema: paperSchema,
});

const sessions = defineCollection({
  loader: markdownFolderLoader(paths.sessions, sessionFormat, broken, sessionsCrossCheck(paths)),
  schema: sessionSchema,
});

const group = defineCollection({
  loader: groupFileLoader(paths.group, broken),
  schema: groupSchema,
});

const brokenFiles = defineCollection({ loader: broken.loader, schema: brokenFilesSchema });

export const collections = { papers, sessions, group, brokenFiles };
