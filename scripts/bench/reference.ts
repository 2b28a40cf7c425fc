/**
 * The benchmark's floor: a plain Node script that reads each paper, renders its markdown (the body,
 * and the title and abstracts with their math, through the same renderers the site uses) and writes
 * one HTML file per paper. No framework, no listings, no search index.
 *
 * Usage: node scripts/bench/reference.ts <content dir> <out dir>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { renderMathText, escapeHtml } from '../../src/render/math.ts';

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) throw new Error('usage: reference.ts <content dir> <out dir>');
const papersDir = join(contentDir, 'papers');
mkdirSync(outDir, { recursive: true });
const started = performance.now();
let count = 0;
for (const name of readdirSync(papersDir)) {
  if (!name.endsWith('.md')) continue;
  const file = join(papersDir, name);
  const { data, body } = readFrontmatter(readFileSync(file, 'utf8'), file);
  const field = (key: string) => (typeof data[key] === 'string' ? data[key] : '');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(field('title'))}</title></head><body><main>
<h1>${renderMathText(field('title'))}</h1><p lang="zh-CN">${renderMathText(field('titleZh'))}</p>
<p lang="zh-CN">${renderMathText(field('summaryZh'))}</p>
<p lang="en">${renderMathText(field('abstract'))}</p><p lang="zh-CN">${renderMathText(field('abstractZh'))}</p>
${renderMarkdown(body)}</main></body></html>`;
  writeFileSync(join(outDir, `${name.slice(0, -3)}.html`), html);
  count++;
}
console.log(JSON.stringify({ pages: count, seconds: (performance.now() - started) / 1000 }));
