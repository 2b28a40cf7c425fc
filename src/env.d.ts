/**
 * Types of what Astro and the site's integrations provide to the pages.
 */

/** The file of the build's related lists, named by the search-index integration (src/integrations/related-lists.ts). */
declare module 'virtual:reading-group/related-lists' {
  /** The build's related lists, or undefined in `astro dev` (the pages compute them). */
  export const relatedListsFile: string | undefined;
}
