/**
 * Types of what Astro and the site's integrations provide to the pages.
 */

/** The files of the build's scan, named by the search-index integration (src/site/integrations/scan-files.ts). */
declare module 'virtual:reading-group/scan-files' {
  /** What the build's scan wrote for the pages, or undefined in `astro dev` (the pages compute it). */
  export const scanFiles: import('./site/integrations/scan-files.ts').ScanFiles | undefined;
}

declare namespace App {
  /**
   * The page context: what every page and component needs besides its own data. src/middleware.ts
   * sets it before each page renders (src/site/data/page-context.ts builds it; `PageContext` there is
   * this type).
   */
  interface Locals {
    group: import('./schemas/group.ts').Group;
    locale: import('./domain/i18n.ts').Locale;
    /** The site's strings in the group's locale. */
    t: import('./domain/i18n.ts').Strings;
    /** The base path, ending in `/`. */
    base: string;
    /** A path of the site (src/domain/routes.ts) as a link, with the base path in front. */
    href: (path: string) => string;
  }
}
