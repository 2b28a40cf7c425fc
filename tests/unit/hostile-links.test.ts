import { describe, expect, it } from 'vitest';
import { arxivIdFromUrl, arxivLinks } from '../../src/domain/arxiv-id.ts';
import { editLink } from '../../src/site/views/edit-link.ts';
import { tagSlug } from '../../src/domain/routes.ts';

describe('links built from content', () => {
  it.each([
    'https://arxiv.org/abs/2404.01399',
    'http://www.arxiv.org/abs/2404.01399v2',
    'https://export.arxiv.org/abs/2404.01399',
    'https://rss.arxiv.org/abs/2404.01399',
    'https://arxiv.org/pdf/2404.01399.pdf',
  ])("reads the id from arXiv's own link %s", (url) => expect(arxivIdFromUrl(url)?.id).toBe('2404.01399'));

  it.each([
    'javascript:alert(1)//arxiv.org/abs/2404.01399',
    'data:text/html,arxiv.org/abs/2404.01399',
    'https://arxiv.org.evil.example/abs/2404.01399',
    'https://evil.example/arxiv.org/abs/2404.01399',
    'https://evil.example/?u=https://arxiv.org/abs/2404.01399',
    'https://arxiv.org@evil.example/abs/2404.01399',
    'https://evilarxiv.org/abs/2404.01399',
    'ftp://arxiv.org/abs/2404.01399',
    '//arxiv.org/abs/2404.01399',
    'https://arxiv.org/abs/2404.01399"><script>alert(1)</script>',
    'https://arxiv.org/abs/javascript:alert(1)',
  ])('refuses %s, which is not an arXiv link', (url) => {
    expect(arxivIdFromUrl(url)).toBeUndefined();
  });

  it('builds the arXiv links of a page from the id alone', () => {
    expect(arxivLinks('hep-th/9901001', 2)).toEqual({
      abs: 'https://arxiv.org/abs/hep-th/9901001v2',
      pdf: 'https://arxiv.org/pdf/hep-th/9901001v2',
      html: 'https://arxiv.org/html/hep-th/9901001v2',
    });
  });

  it('makes no "Edit this page" link from a repository address that is not http(s)', () => {
    expect(editLink({ url: 'javascript:alert(1)', branch: 'main' }, 'content/papers/x.md')).toBeUndefined();
    expect(editLink({ url: 'data:text/html,x', branch: 'main' }, 'content/papers/x.md')).toBeUndefined();
    expect(editLink({ url: 'https://github.com/org/group', branch: 'main' }, 'content/papers/x.md')).toBe('https://github.com/org/group/edit/main/content/papers/x.md');
  });

  it('gives tags path segments that stay inside /tags/', () => {
    expect(tagSlug('..')).toBe('tag');
    expect(tagSlug('.')).toBe('tag');
    expect(tagSlug('../../index')).toBe('..-..-index');
    expect(tagSlug(`<img src=x onerror=alert(1)>`)).toBe('img-src=x-onerror=alert(1)');
    expect(tagSlug('"quoted" {tag}')).toBe('quoted-tag');
    expect(tagSlug('安全 Safety')).toBe('安全-safety');
  });
});
