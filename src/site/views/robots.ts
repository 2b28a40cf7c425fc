/**
 * robots.txt: crawlers welcome on a public group's site (pointed at the sitemap), kept out of a
 * private one. (Crawlers read robots.txt only at a domain's root; under a sub-path the `noindex`
 * meta tag on every page is what keeps a private site out of search engines.)
 */
export function robotsTxt(isPrivate: boolean, sitemapUrl: string): string {
  return isPrivate ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
