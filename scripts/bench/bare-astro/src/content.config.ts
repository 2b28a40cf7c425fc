import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** Every paper file of the benchmark's content folder, read with no schema. */
export const collections = {
  papers: defineCollection({ loader: glob({ pattern: '*.md', base: process.env.BARE_PAPERS_DIR ?? './papers' }) }),
};
