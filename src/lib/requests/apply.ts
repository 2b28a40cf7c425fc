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
import { parseArxivId, parseArxivInput } from '../arxiv-id.ts';
import { addPapers } from '../import/add-papers.ts';
import type { ArxivClientOptions } from '../arxiv-api.ts';
import type { PlannedWrite } from '../atomic-write.ts';
import { appendQuestion, parsePaperBody } from '../paper-body.ts';
import { safeInline } from '../questions/text.ts';
import { inRange } from '../dates.ts';
import { isoDate, slugId } from '../../schemas/common.ts';
import { paperSchema } from '../../schemas/paper.ts';
import type { Group, Member } from '../../schemas/group.ts';
import { parseSessionFile } from '../sessions/session-file.ts';
import { validateContent } from '../schema-errors.ts';
import type { FieldId } from './forms.ts';
import type { IssueRequest } from './parse-issue.ts';
import { RequestRefused } from './refused.ts';
import { setFlowKey } from './edit-keys.ts';
import { addAbsence, cutAbsences, replaceAbsences } from './group-edit.ts';

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
  const line = value.replace(/[\s\u2028\u2029]+/g, ' ').replace(/`/g, "'").trim();
  return `\`${line.length > 60 ? `${line.slice(0, 60)}…` : line}\``;
}

/** Text from the group's own files (names, titles) made inert in a GitHub comment: no markup, no @mention. */
export function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/@/g, '@\u200b').replace(/\s+/g, ' ').trim();
}

/** One line of ordinary text: control and line-separator characters become spaces, then it is cut. */
export function cleanLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max).trimEnd() : line;
}

function required(request: IssueRequest, id: FieldId): string {
  const value = request.fields[id];
  const field = request.form.fields.find((f) => f.id === id)!;
  if (value === undefined) throw new RequestRefused(`the form's field "${field.label}" is empty; ${field.description.toLowerCase()}`);
  return value;
}

function dateField(request: IssueRequest, id: 'session' | 'from' | 'to'): string {
  const value = required(request, id);
  const label = request.form.fields.find((f) => f.id === id)!.label;
  const result = isoDate.safeParse(value);
  if (!result.success) throw new RequestRefused(`"${label}" is ${shown(value)}; ${result.error.issues[0]?.message ?? 'expected a date written YYYY-MM-DD'}`);
  return result.data;
}

/** The member a request is for: its opener's, or (with write access, when allowed) the one named. */
export function actingMember(group: Group, request: IssueRequest): { member: Member; onBehalf: boolean } {
  const own = group.members.find((m) => m.github && m.github.toLowerCase() === request.login.toLowerCase());
  const named = request.fields.member;
  if (named === undefined || (own && named === own.id)) {
    if (own) return { member: own, onBehalf: false };
    throw new RequestRefused(
      `thank you for taking part, @${request.login}! Your GitHub account is not linked to a member of the group yet, so this request cannot be recorded. ` +
        `Ask someone who maintains the group to add \`github: ${request.login}\` to your entry in content/group.yaml, then open the request again.`,
    );
  }
  if (!slugId.safeParse(named).success) throw new RequestRefused(`"On behalf of" is ${shown(named)}; expected a member id such as alice`);
  const member = group.members.find((m) => m.id === named);
  if (!member) throw new RequestRefused(`"On behalf of" is ${shown(named)}, which is not a member of the group; the members are ${group.members.map((m) => m.id).join(', ')}`);
  if (!group.requests.actOnBehalf) throw new RequestRefused('this group does not let anyone make requests for other members (`requests.actOnBehalf` in content/group.yaml is off); leave "On behalf of" empty');
  if (!(WRITE_ACCESS as readonly string[]).includes(request.association)) {
    throw new RequestRefused(`only people with write access to the repository may make a request for another member (your standing here is ${request.association.toLowerCase()}); leave "On behalf of" empty`);
  }
  return { member, onBehalf: true };
}

interface PaperFile {
  path: string;
  shownPath: string;
  text: string;
  frontmatter: ReturnType<typeof readFrontmatter>;
  title: string;
}

function paperId(request: IssueRequest): string {
  const value = required(request, 'paper');
  const parsed = parseArxivId(value.replace(/^arxiv:\s*/i, ''));
  if (!parsed) throw new RequestRefused(`"Paper" is ${shown(value)}; expected an arXiv id such as 2404.01399`);
  return parsed.id;
}

function readPaper(paths: ContentPaths, id: string): PaperFile {
  const path = paperPath(paths, id);
  if (!existsSync(path)) throw new RequestRefused(`the group has no paper ${id}; suggest it first (the "Suggest a paper" form)`);
  const text = readFileSync(path, 'utf8');
  const shownPath = displayPath(path);
  const frontmatter = readFrontmatter(text, shownPath);
  const data = validateContent(paperSchema, frontmatter.data, shownPath);
  return { path, shownPath, text, frontmatter, title: data.title };
}

function paperName(paper: PaperFile, id: string): string {
  return `arXiv:${id} (${plain(paper.title)})`;
}

function names(group: Group, ids: readonly string[]): string {
  if (ids.length === 0) return 'nobody';
  return ids.map((id) => plain(group.members.find((m) => m.id === id)?.name ?? id)).join(', ');
}

function withYaml(paper: { frontmatter: ReturnType<typeof readFrontmatter> }, yamlText: string): string {
  return joinFrontmatter(yamlText, paper.frontmatter.body, paper.frontmatter.delimiters);
}

function votesList(paper: PaperFile, id: string): string[] {
  const votes = paper.frontmatter.data.votes ?? 0;
  if (Array.isArray(votes)) return votes.map(String);
  if (votes === 0) return [];
  throw new RequestRefused(
    `the votes of ${id} are written as a number (${String(votes)}) in ${paper.shownPath}, so who voted is not known and a vote from the site could lose them. ` +
      `Replace \`votes: ${String(votes)}\` with the list of who voted (e.g. \`votes: [alice, bruno]\`, through "Edit this page"), then vote again.`,
  );
}

function vote(request: IssueRequest, group: Group, member: Member, paths: ContentPaths): RequestOutcome {
  const id = paperId(request);
  const paper = readPaper(paths, id);
  const list = votesList(paper, id);
  const withdraw = request.form.kind === 'withdraw-vote';
  const has = list.includes(member.id);
  if (withdraw ? !has : has) {
    return {
      status: 'unchanged',
      reply: withdraw
        ? `${plain(member.name)} had not voted for ${paperName(paper, id)}; nothing to withdraw, nothing changed. Votes: ${names(group, list)}.`
        : `${plain(member.name)} had already voted for ${paperName(paper, id)}; nothing changed. Votes: ${names(group, list)}.`,
      summary: '',
      writes: [],
    };
  }
  const next = withdraw ? list.filter((v) => v !== member.id) : [...list, member.id];
  const yamlText = setFlowKey(paper.frontmatter.yaml, 'votes', next, 'tags');
  return {
    status: 'done',
    reply: `${withdraw ? 'Withdrawn' : 'Recorded'}: ${plain(member.name)} ${withdraw ? 'no longer votes' : 'votes'} for ${paperName(paper, id)}. Votes now: ${names(group, next)}.`,
    summary: `${request.form.kind}: ${member.id} ${withdraw ? 'withdraws the vote for' : 'votes for'} ${id}`,
    writes: [{ path: paper.path, content: withYaml(paper, yamlText) }],
  };
}

async function suggest(request: IssueRequest, group: Group, member: Member, paths: ContentPaths, context: RequestContext): Promise<RequestOutcome> {
  const value = required(request, 'paper');
  const parsed = parseArxivInput(value);
  if (!parsed) throw new RequestRefused(`"Paper" is ${shown(value)}; expected an arXiv id or link, e.g. 2404.01399 or https://arxiv.org/abs/2404.01399`);
  const id = parsed.id;
  const path = paperPath(paths, id);
  if (existsSync(path)) {
    const paper = readPaper(paths, id);
    const by = typeof paper.frontmatter.data.suggestedBy === 'string' ? `, suggested by ${names(group, [paper.frontmatter.data.suggestedBy])}` : '';
    return { status: 'unchanged', reply: `${paperName(paper, id)} is already on the group's list (${plain(String(paper.frontmatter.data.status ?? 'candidate'))}${by}); nothing changed.`, summary: '', writes: [] };
  }
  const report = await addPapers({ inputs: [id], contentDir: paths.root, today: context.today, dryRun: true, locale: group.locale, ...(context.api ? { api: context.api } : {}) });
  if (report.notFound.includes(id)) throw new RequestRefused(`arXiv has no paper ${id}; check the id`);
  const refusal = report.arxivProblems.find((p) => !p.unavailable && p.ids.includes(id));
  if (refusal) throw new RequestRefused(`arXiv refused to describe ${id}: ${refusal.reason}`);
  const write = report.writes.find((w) => w.path === path);
  if (!write) throw new RequestRefused(`could not make a file for ${id}`);
  const frontmatter = readFrontmatter(write.content, displayPath(path));
  const status = group.requests.suggestionStatus;
  const yamlText = editYaml(frontmatter.yaml, { status, suggestedBy: member.id }, (key) => (key === 'suggestedBy' ? 'votes' : undefined));
  const title = String(frontmatter.data.title ?? id);
  const placeholder = report.placeholders.includes(id);
  return {
    status: 'done',
    reply:
      `Added arXiv:${id} (${plain(title)}) to the group's papers as ${status}, suggested by ${plain(member.name)}.` +
      (placeholder ? ' arXiv could not be reached just now, so its page shows only the id and links until the next import or `npm run metadata` fills in the title and abstract.' : ''),
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

function away(request: IssueRequest, group: Group, member: Member, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const from = dateField(request, 'from');
  const to = request.fields.to === undefined ? from : dateField(request, 'to');
  if (to < from) throw new RequestRefused(`"To" (${to}) is before "From" (${from}); give the first and the last day you are away`);
  if (to < context.today) throw new RequestRefused(`${from === to ? from : `${from} to ${to}`} is over already (today is ${context.today}); nothing to record`);
  const reason = request.fields.reason === undefined ? '' : cleanLine(request.fields.reason, REASON_MAX);
  const when = from === to ? from : `${from} to ${to}`;
  if (member.away.some((r) => inRange(from, r) && inRange(to, r))) {
    return { status: 'unchanged', reply: `${plain(member.name)} is already marked away on ${when} in content/group.yaml; nothing changed.`, summary: '', writes: [] };
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
    writes.push({ path: session.path, content: sessionWith(session, 'rsvp', session.parsed.data.rsvp.filter((m) => m !== member.id)) });
    withdrawn.push(date);
  }
  return {
    status: 'done',
    reply:
      `Recorded: ${plain(member.name)} is away on ${when}${reason ? ` (${plain(reason)})` : ''}. The next planning run (\`npm run plan\`) gives any turn to present on those days to someone else.` +
      (withdrawn.length ? ` No longer listed as coming on ${withdrawn.join(', ')}.` : ''),
    summary: `away: ${member.id} is away on ${when}`,
    writes,
  };
}

/** The days of an absence as the replies write them: `2026-12-03` or `2026-12-07 to 2026-12-11`. */
function daysText(range: { from: string; to?: string | undefined }): string {
  return range.to && range.to !== range.from ? `${range.from} to ${range.to}` : range.from;
}

/** "I can come after all": the days given are taken out of the member's absences (from today on; the past stays). */
function notAway(request: IssueRequest, group: Group, member: Member, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const from = dateField(request, 'from');
  const to = request.fields.to === undefined ? from : dateField(request, 'to');
  if (to < from) throw new RequestRefused(`"To" (${to}) is before "From" (${from}); give the first and the last day you can come after all`);
  if (to < context.today) throw new RequestRefused(`${daysText({ from, to })} is over already (today is ${context.today}); nothing to take back`);
  const start = from < context.today ? context.today : from;
  const when = daysText({ from: start, to });
  const { next, cut } = cutAbsences(member.away, start, to);
  if (cut.size === 0) {
    return { status: 'unchanged', reply: `${plain(member.name)} is not marked away on ${when} in content/group.yaml; nothing changed.`, summary: '', writes: [] };
  }
  const groupText = readFileSync(paths.group, 'utf8');
  const still = next.filter((r) => (r.to ?? r.from) >= context.today);
  return {
    status: 'done',
    reply:
      `Recorded: ${plain(member.name)} is no longer away on ${when}. The next planning run (\`npm run plan\`) may give them a turn to present on those days; to say you are coming to a session, use its "I'm coming" link.` +
      (still.length ? ` Still away: ${still.map(daysText).join(', ')}.` : ''),
    summary: `not-away: ${member.id} is no longer away on ${when}`,
    writes: [{ path: paths.group, content: replaceAbsences(groupText, member.id, cut, displayPath(paths.group)) }],
  };
}

function sessionFor(request: IssueRequest, paths: ContentPaths): { date: string; session: SessionFileInfo } {
  const date = dateField(request, 'session');
  const session = readSession(paths, date);
  if (!session) throw new RequestRefused(`the group has no session on ${date}`);
  if (session.parsed.data.status === 'cancelled') throw new RequestRefused(`the session on ${date} is cancelled`);
  return { date, session };
}

function rsvp(request: IssueRequest, group: Group, member: Member, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const { date, session } = sessionFor(request, paths);
  if (date < context.today) throw new RequestRefused(`the session on ${date} is over (today is ${context.today})`);
  const absence = member.away.find((r) => inRange(date, r));
  if (absence) {
    throw new RequestRefused(
      `content/group.yaml says ${plain(member.name)} is away on ${date}${absence.to && absence.to !== absence.from ? ` (${absence.from} to ${absence.to})` : ''}. ` +
        'If you can come after all, say so first with the "I can come after all" link on the session\'s page (or the form "I can come after all"), then say you are coming again.',
    );
  }
  const list = session.parsed.data.rsvp;
  if (list.includes(member.id)) return { status: 'unchanged', reply: `${plain(member.name)} is already listed as coming on ${date}; nothing changed. Coming: ${names(group, list)}.`, summary: '', writes: [] };
  const next = [...list, member.id];
  return {
    status: 'done',
    reply: `Recorded: ${plain(member.name)} is coming on ${date}. Coming: ${names(group, next)}.`,
    summary: `rsvp: ${member.id} comes on ${date}`,
    writes: [{ path: session.path, content: sessionWith(session, 'rsvp', next) }],
  };
}

/** "I'm not coming after all": the member's id is taken out of the session's `rsvp`. */
function cancelRsvp(request: IssueRequest, group: Group, member: Member, paths: ContentPaths, context: RequestContext): RequestOutcome {
  const { date, session } = sessionFor(request, paths);
  if (date < context.today) throw new RequestRefused(`the session on ${date} is over (today is ${context.today})`);
  const list = session.parsed.data.rsvp;
  if (!list.includes(member.id)) return { status: 'unchanged', reply: `${plain(member.name)} was not listed as coming on ${date}; nothing to take back, nothing changed. Coming: ${names(group, list)}.`, summary: '', writes: [] };
  const next = list.filter((m) => m !== member.id);
  return {
    status: 'done',
    reply: `Recorded: ${plain(member.name)} is no longer listed as coming on ${date}. Coming: ${names(group, next)}.`,
    summary: `cancel-rsvp: ${member.id} no longer comes on ${date}`,
    writes: [{ path: session.path, content: sessionWith(session, 'rsvp', next) }],
  };
}

function read(request: IssueRequest, group: Group, member: Member, paths: ContentPaths): RequestOutcome {
  const { date, session } = sessionFor(request, paths);
  const id = paperId(request);
  if (!session.parsed.data.papers.some((p) => p.id === id)) {
    throw new RequestRefused(`the session on ${date} does not have paper ${id}; its papers are ${session.parsed.data.papers.map((p) => p.id).join(', ') || 'none yet'}`);
  }
  const readMap = session.parsed.data.read;
  const list = readMap[id] ?? [];
  if (list.includes(member.id)) return { status: 'unchanged', reply: `${plain(member.name)} is already listed as having read arXiv:${id} for ${date}; nothing changed.`, summary: '', writes: [] };
  const next = { ...readMap, [id]: [...list, member.id] };
  return {
    status: 'done',
    reply: `Recorded: ${plain(member.name)} has read arXiv:${id} for the session on ${date}. Read it: ${names(group, next[id]!)}.`,
    summary: `read: ${member.id} has read ${id} for ${date}`,
    writes: [{ path: session.path, content: sessionWith(session, 'read', next) }],
  };
}

/** A question as one inert list item: one line, `<` escaped, no leading markup that would start a block. */
export function questionLine(text: string): string {
  return safeInline(cleanLine(text, 10_000)).replace(/^([#>=|]|[-*+](?=\s)|\d{1,9}[.)](?=\s|$))/, '\\$1');
}

function question(request: IssueRequest, group: Group, member: Member, paths: ContentPaths): RequestOutcome {
  const id = paperId(request);
  const paper = readPaper(paths, id);
  const raw = cleanLine(required(request, 'question'), 10_000);
  if (raw.length < QUESTION_LENGTH.min) throw new RequestRefused(`the question is ${raw.length} characters long; write at least ${QUESTION_LENGTH.min}`);
  if (raw.length > QUESTION_LENGTH.max) throw new RequestRefused(`the question is ${raw.length.toLocaleString('en')} characters long; keep it under ${QUESTION_LENGTH.max} (a sentence or two)`);
  const text = questionLine(raw);
  const credit = ` — proposed by ${safeInline(member.name)}`;
  const normal = (q: string) => q.replace(/\s+—\s+proposed by .*$/u, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const existing = parsePaperBody(paper.frontmatter.body).questions;
  if (existing.some((q) => normal(q) === normal(text))) {
    return { status: 'unchanged', reply: `${paperName(paper, id)} already has this question; nothing changed.`, summary: '', writes: [] };
  }
  const body = appendQuestion(paper.frontmatter.body, `${text}${credit}`);
  return {
    status: 'done',
    reply: `Added to the discussion questions of ${paperName(paper, id)}, credited to ${plain(member.name)}.`,
    summary: `question: ${member.id} proposes a question for ${id}`,
    writes: [{ path: paper.path, content: joinFrontmatter(paper.frontmatter.yaml, body, paper.frontmatter.delimiters) }],
  };
}

/** Plans a request; throws {@link RequestRefused} (or a content error) when it cannot be carried out. */
export async function planRequest(request: IssueRequest, context: RequestContext): Promise<RequestOutcome> {
  const paths = contentPaths(context.contentDir);
  const group = loadGroup(paths.group);
  const { member, onBehalf } = actingMember(group, request);
  let outcome: RequestOutcome;
  switch (request.form.kind) {
    case 'vote':
    case 'withdraw-vote':
      outcome = vote(request, group, member, paths);
      break;
    case 'suggest':
      outcome = await suggest(request, group, member, paths, context);
      break;
    case 'away':
      outcome = away(request, group, member, paths, context);
      break;
    case 'not-away':
      outcome = notAway(request, group, member, paths, context);
      break;
    case 'rsvp':
      outcome = rsvp(request, group, member, paths, context);
      break;
    case 'cancel-rsvp':
      outcome = cancelRsvp(request, group, member, paths, context);
      break;
    case 'read':
      outcome = read(request, group, member, paths);
      break;
    case 'question':
      outcome = question(request, group, member, paths);
      break;
  }
  const by = onBehalf ? ` (requested by @${request.login} on behalf of ${member.id})` : '';
  const issue = request.number ? ` (#${request.number})` : '';
  return { ...outcome, reply: `${outcome.reply}${onBehalf ? `\n\nMade by @${request.login} for ${plain(member.name)}.` : ''}`, summary: outcome.summary && `${outcome.summary}${issue}${by}` };
}
