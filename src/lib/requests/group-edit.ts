/**
 * Adding an absence to `content/group.yaml` without rewriting the file: the `yaml` package's parser
 * finds where the member's `away` list is (or where it would go), and one line (or one flow item) is
 * inserted there. Every other byte — comments, blank lines, quoting, line endings, a byte-order mark —
 * stays as it was. The result is read back with the group schema and must equal the old group plus
 * exactly that absence; otherwise nothing is written.
 */
import { isMap, isSeq, isScalar, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseGroup } from '../load-group.ts';
import { RequestRefused } from './refused.ts';

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
  const members = doc.get('members', true);
  if (!isSeq(members)) throw new RequestRefused(`${file} has no list of members`);
  for (const item of (members as YAMLSeq).items) {
    if (isMap(item) && String((item as YAMLMap).get('id')) === memberId) return item as YAMLMap;
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
