import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/site/views/robots.ts';

describe('robots.txt', () => {
  it('welcomes crawlers to a public group and points them at the sitemap', () => {
    expect(robotsTxt(false, 'https://org.github.io/rg/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://org.github.io/rg/sitemap.xml\n');
  });
  it('keeps crawlers out of a private group and names no sitemap', () => {
    expect(robotsTxt(true, 'https://x/sitemap.xml')).toBe('User-agent: *\nDisallow: /\n');
  });
});
