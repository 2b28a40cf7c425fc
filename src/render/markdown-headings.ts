/**
 * Minutes and agendas often start with their own `## Minutes` heading; the page already titles the
 * section, so a first heading that repeats it is dropped.
 */
export function withoutLeadingHeading(markdown: string, titles: string[]): string {
  const wanted = new Set(titles.map((t) => t.trim().toLowerCase()));
  const match = /^\s*#{1,3}\s+(.+?)\s*#*\s*(?:\n|$)/.exec(markdown);
  return match && wanted.has(match[1]!.trim().toLowerCase()) ? markdown.slice(match[0].length) : markdown;
}
