import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

describe('a private group whose site speaks Chinese', () => {
  it('shows the interface in Chinese and keeps search engines out', () => {
    const work = mkdtempSync(join(tmpdir(), 'rg-variant-'));
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const group = join(content, 'group.yaml');
    writeFileSync(group, `${readFileSync(group, 'utf8').replace('locale: en', 'locale: zh-CN')}\nprivate: true\n`);
    const out = join(work, 'dist');
    execFileSync('npx', ['astro', 'build', '--silent', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), SITE_TODAY: '2026-11-24', SITE_URL: 'https://example.org', BASE_PATH: '/' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="zh-CN"/);
    expect(home).toContain('>论文</a>');
    expect(home).toContain('最近加入');
    // The shipped group has held its one session and planned none: the home page says so in words.
    expect(home).toMatch(/<h2 id="upcoming"[^>]*>即将进行<\/h2>\s*<p[^>]*>之后暂无安排。<\/p>/);
    // Members read words, never the organiser's commands; the organiser gets a link to the README.
    expect(home).toContain('组织者会安排接下来几周的讨论。');
    expect(home).toContain('href="https://github.com/example-lab/reading-group/blob/main/README.md#planning-sessions"');
    for (const file of htmlFiles(out)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/npm run/);
    const paper = readFileSync(join(out, 'papers', '2402.14776', 'index.html'), 'utf8');
    expect(paper).toContain('讨论问题');
    // The English title keeps its own language inside the Chinese page.
    expect(paper).toMatch(/<h1 lang="en"[^>]*>2D Matryoshka Sentence Embeddings<\/h1>/);
    for (const page of [home, paper]) expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    // Every page's footer says, in Chinese, where to take part.
    for (const page of [home, paper]) expect(page).toContain('<a href="/take-part/">在网站上参与：投票、推荐论文、告诉大家你是否参加</a>');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
  });
});

describe('a group whose repository is not on GitHub', () => {
  it('shows no action links and no take-part link in the footer; /take-part/ says how to set it up', () => {
    const work = mkdtempSync(join(tmpdir(), 'rg-variant-'));
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const group = join(content, 'group.yaml');
    writeFileSync(group, readFileSync(group, 'utf8').replace('https://github.com/example-lab/reading-group', 'https://gitlab.com/example-lab/reading-group'));
    const out = join(work, 'dist');
    const env = { ...process.env };
    delete env.REPOSITORY_URL;
    execFileSync('npx', ['astro', 'build', '--silent', '--outDir', out], {
      cwd: ROOT,
      env: { ...env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), SITE_TODAY: '2026-11-24', SITE_URL: 'https://example.org', BASE_PATH: '/' },
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toContain('data-request=');
      expect(html, file).not.toContain('Take part from this site');
    }
    expect(readFileSync(join(out, 'take-part', 'index.html'), 'utf8')).toContain('Taking part from the site is not set up for this group yet.');
  });
});
