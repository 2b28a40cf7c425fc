/**
 * Adding an absence to `content/group.yaml`, or taking days out of one, without rewriting the file:
 * the `yaml` package's parser finds where the member's `away` list is (or where it would go), and one
 * line (or one flow item) is inserted, replaced or removed there. Every other byte — comments, blank
 * lines, quoting, line endings, a byte-order mark — stays as it was. The result is read back with
 * the group schema and must equal the old group with exactly that change; otherwise nothing is written.
 */
import { isMap, isSeq, isScalar, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseGroup } from '../load-group.ts';
import { addDays } from '../../domain/dates.ts';
import { RequestRefused } from '../../domain/requests/refused.ts';

export interface Absence {
  from: string;
  to: string;
  /** Already cleaned: one line of ordinary text. */
  reason?: string;
}

/** The flow mapping written for an absence: `{ from: 2026-12-10, to: 2026-12-10, reason: "conference" }`. */
export function absenceText(absence: Absence): string {
  // JSON strings are YAML double-quoted scalars; the reason has no control or line-separator characters (see cleanLine).
  return `{ from: ${absence.from}, to: ${absence.to}${absence.reason ? `, reason: ${JSON.stringify(absence.reason)}` : ''} }`;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset just after the end of the line holding `offset - 1`. */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset - 1));
  return newline < 0 ? text.length : newline + 1;
}

function memberMap(doc: ReturnType<typeof parseDocument>, memberId: string, file: string): YAMLMap {
  const members: unknown = doc.get('members', true);
  if (!isSeq(members)) throw new RequestRefused(`${file} has no list of members`);
  for (const item of members.items) {
    if (isMap(item) && String(item.get('id')) === memberId) return item;
  }
  throw new RequestRefused(`${file} has no member "${memberId}"`);
}

/**
 * The text of `group.yaml` with `absence` added to the member's `away` list. Throws a
 * {@link RequestRefused} when the member's entry is written in a shape this edit does not handle (a
 * flow mapping `{ id: …, name: … }`), naming the line to add by hand.
 */
export function addAbsence(original: string, memberId: string, absence: Absence, file: string): string {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) throw new RequestRefused(`${file} is not valid YAML; fix it first (npm run check-content shows where)`);
  const member = memberMap(doc, memberId, file);
  const item = absenceText(absence);
  const byHand = `add \`- ${item}\` under \`away:\` of member "${memberId}" in ${file} by hand`;
  if (member.flow || !member.range) throw new RequestRefused(`the member "${memberId}" is written on one line in ${file}, which this edit does not rewrite; ${byHand}`);
  const away = member.get('away', true);
  let edited: string;
  if (isSeq(away) && away.flow && away.range) {
    // `away: [ … ]`: the new item goes before the closing bracket.
    const close = text.lastIndexOf(']', away.range[1]);
    const empty = (away as YAMLSeq).items.length === 0;
    edited = `${text.slice(0, close).replace(/\s*$/, '')}${empty ? '' : ', '}${item}${text.slice(close)}`;
  } else if (isSeq(away) && away.range && (away as YAMLSeq).items.length > 0) {
    // A block list: a new `- { … }` line after its last item, at the same indentation as the first.
    const first = (away as YAMLSeq).items[0] as { range?: [number, number, number] };
    const dash = text.lastIndexOf('-', first.range![0]);
    const indent = ' '.repeat(columnOf(text, dash));
    const at = endOfLine(text, away.range[1]);
    const before = text.slice(0, at);
    edited = `${before}${before.endsWith('\n') ? '' : eol}${indent}- ${item}${eol}${text.slice(at)}`;
  } else if (away === undefined || (isScalar(away) && (away.value === null || away.value === undefined))) {
    // No list yet: an `away:` key after the member's last line, at the indentation of its keys.
    const pairs = member.items;
    const firstKey = pairs[0]?.key as { range?: [number, number, number] } | undefined;
    if (!firstKey?.range) throw new RequestRefused(`cannot find where member "${memberId}" is written in ${file}; ${byHand}`);
    const indent = ' '.repeat(columnOf(text, firstKey.range[0]));
    if (away !== undefined) {
      // `away:` with nothing after it: the item goes on the next line.
      const keyNode = pairs.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === 'away')!.key as { range: [number, number, number] };
      const at = endOfLine(text, keyNode.range[1]);
      edited = `${text.slice(0, at)}${indent}  - ${item}${eol}${text.slice(at)}`;
    } else {
      const last = pairs.at(-1)!;
      const end = ((last.value ?? last.key) as { range?: [number, number, number] }).range![1];
      const at = endOfLine(text, end);
      const before = text.slice(0, at);
      edited = `${before}${before.endsWith('\n') ? '' : eol}${indent}away:${eol}${indent}  - ${item}${eol}${text.slice(at)}`;
    }
  } else {
    throw new RequestRefused(`the \`away\` of member "${memberId}" in ${file} is not a list; ${byHand}`);
  }
  const result = bom + edited;
  // Read back: the same group, with exactly this absence added.
  const before = parseGroup(original, file);
  const after = parseGroup(result, file);
  const expected = structuredClone(before);
  const target = expected.members.find((m) => m.id === memberId)!;
  target.away = [...target.away, { from: absence.from, to: absence.to, ...(absence.reason ? { reason: absence.reason } : {}) }];
  if (JSON.stringify(after) !== JSON.stringify(expected)) throw new RequestRefused(`adding the absence would change more of ${file} than intended; ${byHand}`);
  return result;
}

/** One absence as the group schema reads it. */
export interface AbsenceData {
  from: string;
  to?: string | undefined;
  reason?: string | undefined;
}

/**
 * Takes the days `from`..`to` out of a member's absences. An absence that overlaps them is cut: what
 * lies before and after stays (zero, one or two pieces, with the same reason). Returns the new list
 * and, for each absence that changed (by its index), the pieces that replace it.
 */
export function cutAbsences(away: readonly AbsenceData[], from: string, to: string): { next: AbsenceData[]; cut: Map<number, Absence[]> } {
  const next: AbsenceData[] = [];
  const cut = new Map<number, Absence[]>();
  away.forEach((range, index) => {
    const end = range.to ?? range.from;
    if (end < from || range.from > to) {
      next.push(range);
      return;
    }
    const reason = range.reason === undefined ? {} : { reason: range.reason };
    const pieces: Absence[] = [];
    if (range.from < from) pieces.push({ from: range.from, to: addDays(from, -1), ...reason });
    if (end > to) pieces.push({ from: addDays(to, 1), to: end, ...reason });
    cut.set(index, pieces);
    next.push(...pieces);
  });
  return { next, cut };
}

/**
 * The text of `group.yaml` with the member's absences cut as {@link cutAbsences} says: each changed
 * item of the `away` list is replaced by its pieces (one `- { … }` line each, or flow items), or
 * removed; a block list left empty goes with its `away:` key, so that "I can't come" then "I can come
 * after all" gives back the file as it was. Every other byte stays; the result is read back and must
 * be the old group with exactly that change, otherwise nothing is written.
 */
export function replaceAbsences(original: string, memberId: string, cut: ReadonlyMap<number, readonly Absence[]>, file: string): string {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) throw new RequestRefused(`${file} is not valid YAML; fix it first (npm run check-content shows where)`);
  const member = memberMap(doc, memberId, file);
  const byHand = `take the days out of \`away:\` of member "${memberId}" in ${file} by hand`;
  if (member.flow || !member.range) throw new RequestRefused(`the member "${memberId}" is written on one line in ${file}, which this edit does not rewrite; ${byHand}`);
  const away = member.get('away', true);
  if (!isSeq(away) || !away.range) throw new RequestRefused(`the \`away\` of member "${memberId}" in ${file} is not a list; ${byHand}`);
  const items = (away as YAMLSeq).items as { range?: [number, number, number] }[];
  if (items.some((i) => !i.range)) throw new RequestRefused(`cannot find where the absences of member "${memberId}" are written in ${file}; ${byHand}`);
  const survivors = items.flatMap((_, index) => ((cut.get(index)?.length ?? 1) > 0 ? [index] : []));
  let edited: string;
  if (away.flow) {
    // `away: [ … ]`: the list between its brackets is written anew from its items' own text.
    const open = text.indexOf('[', away.range[0]);
    const close = text.lastIndexOf(']', away.range[1]);
    if (open < 0 || close < open || text.slice(open, close).includes('\n')) throw new RequestRefused(`the \`away\` list of member "${memberId}" in ${file} spans several lines; ${byHand}`);
    const parts = items.flatMap((item, index) => {
      const pieces = cut.get(index);
      return pieces ? pieces.map(absenceText) : [text.slice(item.range![0], item.range![1])];
    });
    edited = `${text.slice(0, open + 1)}${parts.join(', ')}${text.slice(close)}`;
  } else if (survivors.length === 0) {
    // Nothing left: the `away:` key goes with its items.
    const key = member.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === 'away')!.key as { range: [number, number, number] };
    const start = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    edited = `${text.slice(0, start)}${text.slice(endOfLine(text, items.at(-1)!.range![1]))}`;
  } else {
    edited = text;
    // From the last item to the first, so that the earlier offsets stay true.
    for (const index of [...cut.keys()].sort((a, b) => b - a)) {
      const range = items[index]!.range!;
      const dash = edited.lastIndexOf('-', range[0]);
      const start = edited.lastIndexOf('\n', dash - 1) + 1;
      const indent = ' '.repeat(dash - start);
      const lines = cut
        .get(index)!
        .map((piece) => `${indent}- ${absenceText(piece)}${eol}`)
        .join('');
      edited = `${edited.slice(0, start)}${lines}${edited.slice(endOfLine(edited, range[1]))}`;
    }
  }
  const result = bom + edited;
  const before = parseGroup(original, file);
  const after = parseGroup(result, file);
  const expected = structuredClone(before);
  const target = expected.members.find((m) => m.id === memberId)!;
  target.away = target.away.flatMap((range, index) => (cut.has(index) ? cut.get(index)!.map((p) => ({ from: p.from, to: p.to, ...(p.reason !== undefined ? { reason: p.reason } : {}) })) : [range]));
  if (JSON.stringify(after) !== JSON.stringify(expected)) throw new RequestRefused(`taking the days out would change more of ${file} than intended; ${byHand}`);
  return result;
}
