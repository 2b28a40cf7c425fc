/**
 * A recap of a session's minutes for the home page: its first lines and its action items.
 *
 * Action items are lines that start with "Action:" (also "Actions:", "Action item:", "TODO:",
 * "行动：", "待办：", bold or in a list) and the list items under a heading named "Action",
 * "Actions", "Action items", "Next steps", "行动项" or "待办". The first lines are the other
 * paragraphs and list items, in order, each kept whole (markdown inline text, so that math and
 * emphasis render): a line is never cut inside its markup.
 */

export interface MinutesRecap {
  /** The first lines of the minutes (paragraphs and list items, one line each), markdown inline text. */
  lines: string[];
  /** Whether the minutes go on after `lines` (besides the action items). */
  more: boolean;
  /** The action items, without their "Action:" label. */
  actions: string[];
}

const ACTION_LABEL = /^(?:\*\*|__)?(?:actions?(?:\s+items?)?|to-?do|行动项?|待办(?:事项)?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*/i;
const ACTION_HEADING = /^(?:actions?(?:\s+items?)?|next\s+steps|to-?dos?|行动项?|待办(?:事项)?)\s*[:：]?$/i;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** One logical line per paragraph or list item, each tagged with the heading it sits under. */
function blocks(markdown: string): { text: string; heading: string; item: boolean }[] {
  const out: { text: string; heading: string; item: boolean }[] = [];
  let heading = '';
  let current: { text: string; heading: string; item: boolean } | undefined;
  let fence = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      fence = !fence;
      current = undefined;
      continue;
    }
    if (fence) continue;
    const line = raw.trim();
    const h = HEADING.exec(raw);
    if (h) {
      heading = h[2]!.replace(/[*_]/g, '').trim();
      current = undefined;
      continue;
    }
    if (line === '' || /^(?:[-*_]\s*){3,}$/.test(line) || line.startsWith('|') || line.startsWith('>')) {
      current = undefined;
      continue;
    }
    if (LIST_ITEM.test(raw)) {
      current = { text: raw.replace(LIST_ITEM, '').trim(), heading, item: true };
      out.push(current);
    } else if (current) {
      current.text += ` ${line}`;
    } else {
      current = { text: line, heading, item: false };
      out.push(current);
    }
  }
  return out;
}

/** The recap of `markdown` (minutes without their own "Minutes" heading), at most `maxLines` lines. */
export function minutesRecap(markdown: string, maxLines = 3): MinutesRecap {
  const lines: string[] = [];
  const actions: string[] = [];
  let rest = 0;
  for (const block of blocks(markdown)) {
    const labelled = ACTION_LABEL.exec(block.text);
    if (labelled && block.text.length > labelled[0].length) actions.push(block.text.slice(labelled[0].length).trim());
    else if (block.item && ACTION_HEADING.test(block.heading)) actions.push(block.text);
    else if (lines.length < maxLines) lines.push(block.text);
    else rest++;
  }
  return { lines, more: rest > 0, actions };
}
