/**
 * The text of a paper that generators and indexes read: its titles, summaries and abstracts in both
 * languages. A digest entry, a paper file's frontmatter and a catalog record all fit.
 */
export interface PaperText {
  id: string;
  title: string;
  titleZh?: string;
  summaryZh?: string;
  summaryEn?: string;
  abstract?: string;
  abstractZh?: string;
}
