/**
 * Reading a request out of a GitHub `issues` event (the JSON file at `$GITHUB_EVENT_PATH`): which
 * form it came from (its `request:*` label), who opened it, with what standing in the repository,
 * and the raw text of each field. Everything here is untrusted text; the values are validated by
 * apply.ts against the schemas before anything is written.
 */
import { formForLabel, type FieldId, type RequestForm } from './forms.ts';
import { RequestRefused } from './refused.ts';
import { replyStrings, type ReplyStrings } from './strings.ts';

/** An issue body longer than this is refused unread: a filled-in form is a few hundred characters. */
export const MAX_BODY = 20_000;

export interface IssueRequest {
  form: RequestForm;
  /** The GitHub login of whoever opened the issue. */
  login: string;
  /** `OWNER`, `MEMBER`, `COLLABORATOR`, `CONTRIBUTOR`, `NONE`…: the opener's standing in the repository. */
  association: string;
  /** The issue's number, for messages and commit messages. */
  number: number;
  /** Each field's value as submitted, trimmed; a field left empty is absent. */
  fields: Partial<Record<FieldId, string>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Cuts a rendered issue form into its sections: `### <label>` lines of the form's own labels start a
 * section; `_No response_` means empty. A label that appears twice (a value that itself contains a
 * `### Paper` line, say) makes the body ambiguous and is refused rather than guessed at.
 */
export function parseFormBody(body: string, form: RequestForm, r: ReplyStrings = replyStrings('en')): Partial<Record<FieldId, string>> {
  const byLabel = new Map(form.fields.map((f) => [f.label.toLowerCase(), f]));
  const values = new Map<FieldId, string[]>();
  let current: FieldId | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    const field = heading ? byLabel.get(heading[1]!.toLowerCase()) : undefined;
    if (field) {
      if (values.has(field.id)) throw new RequestRefused(r.twice(field.label));
      values.set(field.id, []);
      current = field.id;
    } else if (current) {
      values.get(current)!.push(line);
    }
  }
  const fields: Partial<Record<FieldId, string>> = {};
  for (const [id, lines] of values) {
    const text = lines.join('\n').trim();
    if (text !== '' && text !== '_No response_') fields[id] = text;
  }
  return fields;
}

/** Reads the request from an `issues` event payload; refuses events that are not one (in the language of `r`). */
export function readIssueEvent(event: unknown, r: ReplyStrings = replyStrings('en')): IssueRequest {
  if (!isRecord(event) || !isRecord(event.issue)) throw new RequestRefused(r.noIssue);
  const issue = event.issue;
  const labels = Array.isArray(issue.labels) ? issue.labels.flatMap((l) => (isRecord(l) && typeof l.name === 'string' ? [l.name] : typeof l === 'string' ? [l] : [])) : [];
  const forms = [...new Set(labels.flatMap((l) => formForLabel(l) ?? []))];
  if (forms.length === 0) {
    throw new RequestRefused(r.notAForm(labels.map((l) => `"${l}"`)));
  }
  if (forms.length > 1) throw new RequestRefused(r.twoForms(forms.map((f) => f.label)));
  const form = forms[0]!;
  const user = isRecord(issue.user) ? issue.user : {};
  const login = typeof user.login === 'string' ? user.login : '';
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) throw new RequestRefused(r.noLogin);
  const body = typeof issue.body === 'string' ? issue.body : '';
  if (body.length > MAX_BODY) throw new RequestRefused(r.tooLong(body.length));
  return {
    form,
    login,
    association: typeof issue.author_association === 'string' ? issue.author_association : 'NONE',
    number: typeof issue.number === 'number' && Number.isInteger(issue.number) ? issue.number : 0,
    fields: parseFormBody(body, form, r),
  };
}
