/**
 * One row of a digest's summary table: `| [^N] | [Title](https://arxiv.org/abs/ID) | summary |`.
 *
 * Cells may contain unescaped `|` (`$Y|X$`, `|S|^2`), so the row is not split on `|`: the ref and the
 * arXiv link anchor the match, the title is what lies between them and the summary is the rest.
 */
import { cleanText } from './clean-text.ts';

export interface TableRow {
  ref: number;
  title: string;
  link: string;
  summary: string;
  line: number;
}

const ROW = /^\|\s*\[\^(\d+)\]\s*\|\s*\[(.*?)\]\((https?:\/\/[^\s)]*arxiv\.org\/[^\s)]+)\)\s*\|(.*)$/;

export function parseTableRow(raw: string, line: number): TableRow | undefined {
  const match = ROW.exec(raw);
  if (!match) return undefined;
  const summary = match[4]!.replace(/\|\s*$/, '');
  return { ref: Number(match[1]), title: cleanText(match[2]!), link: match[3]!, summary: cleanText(summary), line };
}
