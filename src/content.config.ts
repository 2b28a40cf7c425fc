/**
 * The site's collections. Loaders read the group's files in `content/`; the schemas are the same ones
 * the commands use (src/schemas), so a file that passes `npm run import` or `npm run plan` passes the
 * build, and the other way round.
 */
import { defineCollection } from 'astro:content';
import { paperSchema } from './schemas/paper.ts';
import { sessionSchema } from './schemas/session.ts';
import { groupSchema } from './schemas/group.ts';
import { loadGroup } from './lib/load-group.ts';
import { contentPaths } from './lib/content-paths.ts';
import { markdownFolderLoader } from './data/markdown-loader.ts';

// CONTENT_DIR points the build at another content folder (the benchmark's generated one).
const paths = contentPaths(process.env.CONTENT_DIR || './content');
const papers = defineCollection({
  loader: markdownFolderLoader(paths.papers),
  schema: paperSchema,
});

const sessions = defineCollection({
  loader: markdownFolderLoader(paths.sessions),
  schema: sessionSchema,
});

const group = defineCollection({
  loader: async () => [{ id: 'group', ...loadGroup(paths.group) }],
  schema: groupSchema,
});

export const collections = { papers, sessions, group };
