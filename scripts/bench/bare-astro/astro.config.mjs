// The benchmark's second reference (scripts/bench.ts): a bare Astro site on the same paper files,
// one page per paper through Astro's own markdown pipeline and nothing else — no layout, listings,
// search index, related papers or math. What the project adds is measured against it.
import { defineConfig } from 'astro/config';

export default defineConfig({ outDir: process.env.BARE_OUT_DIR ?? './dist', cacheDir: process.env.BARE_CACHE_DIR ?? './node_modules/.astro', logLevel: 'warn' });
