/**
 * Types of what Astro and the site's integrations provide to the pages.
 */

/** The file of the build's related lists, named by the search-index integration (src/site/integrations/related-lists.ts). */
declare module 'virtual:reading-group/related-lists' {
  /** The build's related lists, or undefined in `astro dev` (the pages compute them). */
  export const relatedListsFile: string | undefined;
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
