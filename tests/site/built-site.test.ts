import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { DIST, distFiles, readDist, rel } from './dist.ts';

const paperFiles = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'papers')).filter((f) => f.endsWith('.md'));

describe('the built site', () => {
  it('has a page for every paper in content/papers', () => {
    expect(paperFiles.length).toBeGreaterThanOrEqual(18);
    for (const file of paperFiles) expect(existsSync(join(DIST, 'papers', file.replace(/\.md$/, ''), 'index.html')), file).toBe(true);
  });

  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const file of distFiles('.html')) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) failures.push(`${rel(file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('renders math in titles instead of showing raw TeX', () => {
    const page = readDist('papers/2404.01399/index.html');
    expect(page).toContain('class="katex"');
    for (const file of distFiles('.html')) {
      const headings = readDist(file).match(/<h[1-3][^>]*>[\s\S]*?<\/h[1-3]>/g) ?? [];
      for (const h of headings) {
        const visible = h.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<[^>]+>/g, '');
        expect(visible, rel(file)).not.toMatch(/\$[^$]*\\[a-z]+/);
      }
    }
  });

  it('marks the language of every bilingual block', () => {
    const page = readDist('papers/2402.14776/index.html');
    expect(page).toMatch(/<html lang="(en|zh-CN)"/);
    expect(page).toMatch(/<p lang="zh-CN"[^>]*>2D Matryoshka句子嵌入<\/p>/);
    expect(page).toMatch(/lang="en"[^>]*>[^<]*2D Matryoshka Sentence Embeddings/);
  });
});
