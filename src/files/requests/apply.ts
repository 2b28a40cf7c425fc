/**
 * Carrying out a request from the site (see forms.ts): checking who asks and every value against the
 * schemas, then planning the change to `content/` with the same library code the commands use —
 * `addPapers` for a suggestion, block-by-block frontmatter edits for votes, RSVPs and reading,
 * paper-body.ts for a question, a one-line insertion into group.yaml for an absence (and the same
 * kind of edit to take days out of one). The caller writes the planned files all at once under the
 * content lock (src/cli/request.ts).
 *
 * A request is idempotent: asking twice changes nothing the second time, and the reply says so. A
 * request that cannot be carried out throws {@link RequestRefused} with the reason, and nothing is
 * written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { contentPaths, paperPath, sessionPath, type ContentPaths } from '../content-paths.ts';
import { displayPath } from '../display-path.ts';
import { loadGroup } from '../load-group.ts';
import { joinFrontmatter, readFrontmatter, editYaml } from '../frontmatter.ts';
import { parseArxivId, parseArxivInput } from '../../domain/arxiv-id.ts';
import { addPapers } from '../import/add-papers.ts';
import type { ArxivClientOptions } from '../../net/arxiv-api.ts';
import type { PlannedWrite } from '../atomic-write.ts';
import { appendQuestion, parsePaperBody } from '../../domain/paper-body.ts';
import { safeInline } from '../../domain/questions/text.ts';
import { inRange } from '../../domain/dates.ts';
import { isoDate, slugId } from '../../schemas/common.ts';
import { paperSchema, type PaperData } from '../../schemas/paper.ts';
import type { Group, Member } from '../../schemas/group.ts';
import { parseSessionFile } from '../session-file.ts';
import { validateContent } from '../schema-errors.ts';
import type { FieldId } from '../../domain/requests/forms.ts';
import type { IssueRequest } from '../../domain/requests/parse-issue.ts';
import { RequestRefused } from '../../domain/requests/refused.ts';
import { setFlowKey } from './edit-keys.ts';
import { addAbsence, cutAbsences, replaceAbsences } from './group-edit.ts';
import { replyStrings, type ReplyStrings } from '../../domain/requests/strings.ts';

/** The standing in the repository that counts as write access (`issue.author_association`). */
export const WRITE_ACCESS = ['OWNER', 'MEMBER', 'COLLABORATOR'] as const;

/** Limits on free text from a request. */
export const QUESTION_LENGTH = { min: 10, max: 500 } as const;
export const REASON_MAX = 100;

export interface RequestContext {
  /** The content folder (default `content`). */
  contentDir?: string;
  /** Today in the group's time zone, `YYYY-MM-DD` (dates before it are over). */
  today: string;
  /** The arXiv client's settings, for suggestions. */
  api?: ArxivClientOptions;
}

export interface RequestOutcome {
  /** `done`: files to write; `unchanged`: the request was already carried out. */
  status: 'done' | 'unchanged';
  /** The answer for the issue, in markdown. */
  reply: string;
  /** One line for the commit message, e.g. `vote: alice votes for 2404.01399 (#12)`. */
  summary: string;
  writes: PlannedWrite[];
}

/** A value from the issue, shown back in a reply: cut short, on one line, in a code span. */
export function shown(value: string): string {
  const line = value
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(/`/g, "'")
    .trim();
  return `\`${line.length > 60 ? `${line.slice(0, 60)}…` : line}\``;
}

/** Text from the group's own files (names, titles) made inert in a GitHub comment: no markup, no @mention. */
export function plain(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One line of ordinary text: control and line-separator characters become spaces, then it is cut. */
export function cleanLine(text: string, max: number): string {
  const line = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? line.slice(0, max).trimEnd() : line;
}

function required(request: IssueRequest, id: FieldId, r: ReplyStrings): string {
  const value = request.fields[id];
  const field = request.form.fields.find((f) => f.id === id)!;
  if (value === undefined) throw new RequestRefused(r.empty(field.label, field.description.toLowerCase()));
  return value;
}

function dateField(request: IssueRequest, id: 'session' | 'from' | 'to', r: ReplyStrings): string {
  const value = required(request, id, r);
  const label = request.form.fields.find((f) => f.id === id)!.label;
  const result = isoDate.safeParse(value);
  if (!result.success) throw new RequestRefused(r.badDate(label, shown(value), result.error.issues[0]?.message ?? 'expected a date written YYYY-MM-DD'));
  return result.data;
}

/** The member a request is for: its opener's, or (with write access, when allowed) the one named. */
export function actingMember(group: Group, request: IssueRequest): { member: Member; onBehalf: boolean } {
  const r = replyStrings(group.locale);
  const own = group.members.find((m) => m.github && m.github.toLowerCase() === request.login.toLowerCase());
  const named = request.fields.member;
  if (named === undefined || (own && named === own.id)) {
    if (own) return { member: own, onBehalf: false };
    throw new RequestRefused(r.notMember(request.login));
  }
  if (!slugId.safeParse(named).success) throw new RequestRefused(r.onBehalfBadId(shown(named)));
  const member = group.members.find((m) => m.id === named);
  if (!member)
    throw new RequestRefused(
      r.onBehalfNotMember(
        shown(named),
        group.members.map((m) => m.id),
      ),
    );
  if (!group.requests.actOnBehalf) throw new RequestRefused(r.onBehalfOff);
  if (!(WRITE_ACCESS as readonly string[]).includes(request.association)) {
    throw new RequestRefused(r.onBehalfNoAccess(request.association.toLowerCase()));
  }
  return { member, onBehalf: true };
}

interface PaperFile {
  path: string;
  shownPath: string;
  text: string;
  frontmatter: ReturnType<typeof readFrontmatter>;
  /** The frontmatter as the paper schema validates it. */
  data: PaperData;
  title: string;
}

function paperId(request: IssueRequest, r: ReplyStrings): string {
  const value = required(request, 'paper', r);
  const parsed = parseArxivId(value.replace(/^arxiv:\s*/i, ''));
  if (!parsed) throw new RequestRefused(r.badPaper(shown(value)));
  return parsed.id;
}

function readPaper(paths: ContentPaths, id: string, r: ReplyStrings): PaperFile {
  const path = paperPath(paths, id);
  if (!existsSync(path)) throw new RequestRefused(r.noPaper(id));
  const text = readFileSync(path, 'utf8');
  const shownPath = displayPath(path);
  const frontmatter = readFrontmatter(text, shownPath);
  const data = validateContent(paperSchema, frontmatter.data, shownPath);
  return { path, shownPath, text, frontmatter, data, title: data.title };
}

/** Who a request is for and in which language the reply is written. */
interface Asker {
  group: Group;
  member: Member;
  r: ReplyStrings;
}

function paperName(paper: PaperFile, id: string, r: ReplyStrings): string {
  return r.paper(id, plain(paper.title));
}

function names({ group, r }: Asker, ids: readonly string[]): string {
  if (ids.length === 0) return r.nobody;
  return r.list(ids.map((id) => plain(group.members.find((m) => m.id === id)?.name ?? id)));
}

function withYaml(paper: { frontmatter: ReturnType<typeof readFrontmatter> }, yamlText: string): string {
  return joinFrontmatter(yamlText, paper.frontmatter.body, paper.frontmatter.delimiters);
}

function votesList(paper: PaperFile, id: string, r: ReplyStrings): string[] {
  const votes = paper.data.votes;
  if (Array.isArray(votes)) return votes.map(String);
  if (votes === 0) return [];
  throw new RequestRefused(r.votesAsNumber(id, String(votes), paper.shownPath));
}

function vote(request: IssueRequest, asker: Asker, paths: ContentPaths): RequestOutcome {
  const { member, r } = asker;
  const id = paperId(request, r);
  const paper = readPaper(paths, id, r);
  const list = votesList(paper, id, r);
  const withdraw = request.form.kind === 'withdraw-vote';
  const has = list.includes(member.id);
  const name = plain(member.name);
  if (withdraw ? !has : has) {
    return { status: 'unchanged', reply: (withdraw ? r.notVoted : r.alreadyVoted)(name, paperName(paper, id, r), names(asker, list)), summary: '', writes: [] };
  }
  const next = withdraw ? list.filter((v) => v !== member.id) : [...list, member.id];
  const yamlText = setFlowKey(paper.frontmatter.yaml, 'votes', next, 'tags');
  return {
    status: 'done',
    reply: (withdraw ? r.withdrawn : r.voted)(name, paperName(paper, id, r), names(asker, next)),
    summary: `${request.form.kind}: ${member.id} ${withdraw ? 'withdraws the vote for' : 'votes for'} ${id}`,
    writes: [{ path: paper.path, content: withYaml(paper, yamlText) }],
  };
}

async function suggest(request: IssueRequest, asker: Asker, paths: ContentPaths, context: RequestContext): Promise<RequestOutcome> {
  const { group, member, r } = asker;
  const value = required(request, 'paper', r);
  const parsed = parseArxivInput(value);
  if (!parsed) throw new RequestRefused(r.badSuggestion(shown(value)));
  const id = parsed.id;
  const path = paperPath(paths, id);
  if (existsSync(path)) {
    const paper = readPaper(paths, id, r);
    const by = typeof paper.frontmatter.data.suggestedBy === 'string' ? names(asker, [paper.frontmatter.data.suggestedBy]) : undefined;
    return { status: 'unchanged', reply: r.alreadyListed(paperName(paper, id, r), plain(r.status(paper.data.status)), by), summary: '', writes: [] };
  }
  const report = await addPapers({ inputs: [id], contentDir: paths.root, today: context.today, dryRun: true, locale: group.locale, ...(context.api ? { api: context.api } : {}) });
  if (report.notFound.includes(id)) throw new RequestRefused(r.notOnArxiv(id));
  const refusal = report.arxivProblems.find((p) => !p.unavailable && p.ids.includes(id));
  if (refusal) throw new RequestRefused(r.arxivRefused(id, refusal.reason));
  const write = report.writes.find((w) => w.path === path);
  if (!write) throw new RequestRefused(r.noFile(id));
  const frontmatter = readFrontmatter(write.content, displayPath(path));
  const status = group.requests.suggestionStatus;
  const yamlText = editYaml(frontmatter.yaml, { status, suggestedBy: member.id }, (key) => (key === 'suggestedBy' ? 'votes' : undefined));
  const title = typeof frontmatter.data.title === 'string' ? frontmatter.data.title : id;
  return {
    status: 'done',
    reply: r.added(r.paper(id, plain(title)), r.status(status), plain(member.name), report.placeholders.includes(id)),
    summary: `suggest: ${member.id} suggests ${id}`,
    writes: [{ path, content: joinFrontmatter(yamlText, frontmatter.body, frontmatter.delimiters) }],
  };
}

interface SessionFileInfo {
  path: string;
  text: string;
  parsed: ReturnType<typeof parseSessionFile>;
}

function readSession(paths: ContentPaths, date: string): SessionFileInfo | undefined {
  const path = sessionPath(paths, date);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  return { path, text, parsed: parseSessionFile(text, displayPath(path)) };
}

/** The session file with `key` set; an RSVP list left empty is taken out, as it was before anyone said they were coming. */
function sessionWith(session: SessionFileInfo, key: 'rsvp' | 'read', value: unknown): string {
  const fm = session.parsed.frontmatter;
  if (key === 'rsvp' && Array.isArray(value) && value.length === 0) return joinFrontmatter(editYaml(fm.yaml, { rsvp: undefined }), fm.body, fm.delimiters);
  const after = key === 'read' && fm.data.rsvp !== undefined ? 'rsvp' : 'papers';
  return joinFrontmatter(setFlowKey(fm.yaml, key, value, after), fm.body, fm.delimiters);
}

/** The days of an absence as a reply writes them: `2026-12-03` or `2026-12-07 to 2026-12-11`. */
function daysText(range: { from: string; to?: string | undefined }, r: ReplyStrings): string {
  return r.days(range.from, range.to ?? range.from);
}

/** The `From` and `To` of an absence form: one day when `To` is empty; refused when backwards or over. */
function daysField(request: IssueRequest, r: ReplyStrings, today: string, back: boolean): { from: string; to: string } {
  const from = dateField(request, 'from', r);
  const to = request.fields.to === undefined ? from : dateField(request, 'to', r);
  if (to < from) throw new RequestRefused(r.toBeforeFrom(to, from, back));
  if (to < today) throw new RequestRefused(r.over(daysText({ from, to }, r), today, back));
  return { from, to };
}

function away(request: IssueRequest, asker: Asker, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const { member, r } = asker;
  const { from, to } = daysField(request, r, context.today, false);
  const reason = request.fields.reason === undefined ? '' : cleanLine(request.fields.reason, REASON_MAX);
  const when = daysText({ from, to }, r);
  if (member.away.some((range) => inRange(from, range) && inRange(to, range))) {
    return { status: 'unchanged', reply: r.alreadyAway(plain(member.name), when), summary: '', writes: [] };
  }
  const groupText = readFileSync(paths.group, 'utf8');
  const writes: PlannedWrite[] = [{ path: paths.group, content: addAbsence(groupText, member.id, { from, to, ...(reason ? { reason } : {}) }, displayPath(paths.group)) }];
  // Saying "I'm coming" to a session in those days is taken back.
  const withdrawn: string[] = [];
  for (const name of existsSync(paths.sessions) ? readdirSync(paths.sessions).sort() : []) {
    const date = /^(\d{4}-\d{2}-\d{2})\.md$/.exec(name)?.[1];
    if (!date || !inRange(date, { from, to })) continue;
    const session = readSession(paths, date)!;
    if (!session.parsed.data.rsvp.includes(member.id)) continue;
    writes.push({
      path: session.path,
      content: sessionWith(
        session,
        'rsvp',
        session.parsed.data.rsvp.filter((m) => m !== member.id),
      ),
    });
    withdrawn.push(date);
  }
  return {
    status: 'done',
    reply: r.away(plain(member.name), when, reason ? plain(reason) : '', withdrawn),
    summary: `away: ${member.id} is away on ${from === to ? from : `${from} to ${to}`}`,
    writes,
  };
}

/** "I can come after all": the days given are taken out of the member's absences (from today on; the past stays). */
function notAway(request: IssueRequest, asker: Asker, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const { member, r } = asker;
  const { from, to } = daysField(request, r, context.today, true);
  const start = from < context.today ? context.today : from;
  const when = daysText({ from: start, to }, r);
  const { next, cut } = cutAbsences(member.away, start, to);
  if (cut.size === 0) return { status: 'unchanged', reply: r.notMarkedAway(plain(member.name), when), summary: '', writes: [] };
  const groupText = readFileSync(paths.group, 'utf8');
  const still = next.filter((range) => (range.to ?? range.from) >= context.today).map((range) => daysText(range, r));
  return {
    status: 'done',
    reply: r.notAway(plain(member.name), when, still),
    summary: `not-away: ${member.id} is no longer away on ${start === to ? start : `${start} to ${to}`}`,
    writes: [{ path: paths.group, content: replaceAbsences(groupText, member.id, cut, displayPath(paths.group)) }],
  };
}

function sessionFor(request: IssueRequest, paths: ContentPaths, r: ReplyStrings): { date: string; session: SessionFileInfo } {
  const date = dateField(request, 'session', r);
  const session = readSession(paths, date);
  if (!session) throw new RequestRefused(r.noSession(date));
  if (session.parsed.data.status === 'cancelled') throw new RequestRefused(r.cancelled(date));
  return { date, session };
}

function rsvp(request: IssueRequest, asker: Asker, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const { member, r } = asker;
  const { date, session } = sessionFor(request, paths, r);
  if (date < context.today) throw new RequestRefused(r.sessionOver(date, context.today));
  const absence = member.away.find((range) => inRange(date, range));
  if (absence) throw new RequestRefused(r.awayOnRsvp(plain(member.name), date, absence.to && absence.to !== absence.from ? daysText(absence, r) : undefined));
  const list = session.parsed.data.rsvp;
  if (list.includes(member.id)) return { status: 'unchanged', reply: r.alreadyComing(plain(member.name), date, names(asker, list)), summary: '', writes: [] };
  const next = [...list, member.id];
  return {
    status: 'done',
    reply: r.coming(plain(member.name), date, names(asker, next)),
    summary: `rsvp: ${member.id} comes on ${date}`,
    writes: [{ path: session.path, content: sessionWith(session, 'rsvp', next) }],
  };
}

/** "I'm not coming after all": the member's id is taken out of the session's `rsvp`. */
function cancelRsvp(request: IssueRequest, asker: Asker, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const { member, r } = asker;
  const { date, session } = sessionFor(request, paths, r);
  if (date < context.today) throw new RequestRefused(r.sessionOver(date, context.today));
  const list = session.parsed.data.rsvp;
  if (!list.includes(member.id)) return { status: 'unchanged', reply: r.notComing(plain(member.name), date, names(asker, list)), summary: '', writes: [] };
  const next = list.filter((m) => m !== member.id);
  return {
    status: 'done',
    reply: r.noLongerComing(plain(member.name), date, names(asker, next)),
    summary: `cancel-rsvp: ${member.id} no longer comes on ${date}`,
    writes: [{ path: session.path, content: sessionWith(session, 'rsvp', next) }],
  };
}

function read(request: IssueRequest, asker: Asker, paths: ContentPaths): RequestOutcome {
  const { member, r } = asker;
  const { date, session } = sessionFor(request, paths, r);
  const id = paperId(request, r);
  if (!session.parsed.data.papers.some((p) => p.id === id))
    throw new RequestRefused(
      r.notInSession(
        date,
        id,
        session.parsed.data.papers.map((p) => p.id),
      ),
    );
  const readMap = session.parsed.data.read;
  const list = readMap[id] ?? [];
  if (list.includes(member.id)) return { status: 'unchanged', reply: r.alreadyRead(plain(member.name), id, date), summary: '', writes: [] };
  const next = { ...readMap, [id]: [...list, member.id] };
  return {
    status: 'done',
    reply: r.read(plain(member.name), id, date, names(asker, next[id]!)),
    summary: `read: ${member.id} has read ${id} for ${date}`,
    writes: [{ path: session.path, content: sessionWith(session, 'read', next) }],
  };
}

/** A question as one inert list item: one line, `<` escaped, no leading markup that would start a block. */
export function questionLine(text: string): string {
  return safeInline(cleanLine(text, 10_000)).replace(/^([#>=|]|[-*+](?=\s)|\d{1,9}[.)](?=\s|$))/, '\\$1');
}

function question(request: IssueRequest, asker: Asker, paths: ContentPaths): RequestOutcome {
  const { member, r } = asker;
  const id = paperId(request, r);
  const paper = readPaper(paths, id, r);
  const raw = cleanLine(required(request, 'question', r), 10_000);
  if (raw.length < QUESTION_LENGTH.min) throw new RequestRefused(r.questionShort(raw.length, QUESTION_LENGTH.min));
  if (raw.length > QUESTION_LENGTH.max) throw new RequestRefused(r.questionLong(raw.length, QUESTION_LENGTH.max));
  const text = questionLine(raw);
  const credit = ` — proposed by ${safeInline(member.name)}`;
  const normal = (q: string) =>
    q
      .replace(/\s+—\s+proposed by .*$/u, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const existing = parsePaperBody(paper.frontmatter.body).questions;
  if (existing.some((q) => normal(q) === normal(text))) return { status: 'unchanged', reply: r.questionExists(paperName(paper, id, r)), summary: '', writes: [] };
  const body = appendQuestion(paper.frontmatter.body, `${text}${credit}`);
  return {
    status: 'done',
    reply: r.questionAdded(paperName(paper, id, r), plain(member.name)),
    summary: `question: ${member.id} proposes a question for ${id}`,
    writes: [{ path: paper.path, content: joinFrontmatter(paper.frontmatter.yaml, body, paper.frontmatter.delimiters) }],
  };
}

/**
 * Plans a request; throws {@link RequestRefused} (or a content error) when it cannot be carried out.
 * The reply, and the reason of a refusal, are in the group's language (`locale`).
 */
export async function planRequest(request: IssueRequest, context: RequestContext): Promise<RequestOutcome> {
  const paths = contentPaths(context.contentDir);
  const group = loadGroup(paths.group);
  const { member, onBehalf } = actingMember(group, request);
  const asker: Asker = { group, member, r: replyStrings(group.locale) };
  let outcome: RequestOutcome;
  switch (request.form.kind) {
    case 'vote':
    case 'withdraw-vote':
      outcome = vote(request, asker, paths);
      break;
    case 'suggest':
      outcome = await suggest(request, asker, paths, context);
      break;
    case 'away':
      outcome = away(request, asker, paths, context);
      break;
    case 'not-away':
      outcome = notAway(request, asker, paths, context);
      break;
    case 'rsvp':
      outcome = rsvp(request, asker, paths, context);
      break;
    case 'cancel-rsvp':
      outcome = cancelRsvp(request, asker, paths, context);
      break;
    case 'read':
      outcome = read(request, asker, paths);
      break;
    case 'question':
      outcome = question(request, asker, paths);
      break;
  }
  const by = onBehalf ? ` (requested by @${request.login} on behalf of ${member.id})` : '';
  const issue = request.number ? ` (#${request.number})` : '';
  return { ...outcome, reply: `${outcome.reply}${onBehalf ? `\n\n${asker.r.madeFor(request.login, plain(member.name))}` : ''}`, summary: outcome.summary && `${outcome.summary}${issue}${by}` };
}
