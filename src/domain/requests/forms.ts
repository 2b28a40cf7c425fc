/**
 * The requests members make from the site: one GitHub issue form per action, defined here once.
 * The YAML files in `.github/ISSUE_TEMPLATE/` are written from these definitions
 * (`npx node scripts/write-request-forms.ts`; a unit test checks they are up to date), the site
 * builds its prefilled links from them (links.ts), and the `request` command reads the opened issue
 * back with them (parse-issue.ts).
 *
 * How GitHub renders a submitted form: each field becomes `### <label>`, a blank line and the value
 * (`_No response_` when left empty). A form adds its labels to the issue only when those labels exist
 * in the repository; the request workflow's "Set up the request labels" run creates them.
 */

export const REQUEST_KINDS = ['vote', 'withdraw-vote', 'suggest', 'away', 'not-away', 'rsvp', 'cancel-rsvp', 'read', 'question'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The field ids a form may have; each is also its query parameter for prefilling. */
export type FieldId = 'paper' | 'session' | 'from' | 'to' | 'reason' | 'question' | 'member';

export interface FormField {
  id: FieldId;
  /** The heading GitHub writes into the issue body (`### <label>`): the parser looks for it. */
  label: string;
  type: 'input' | 'textarea';
  description: string;
  placeholder?: string;
  required: boolean;
}

export interface RequestForm {
  kind: RequestKind;
  /** File name under `.github/ISSUE_TEMPLATE/`, the `template` query parameter. */
  file: string;
  /** The label the form sets, which tells the workflow and the command which request this is. */
  label: string;
  /** Colour of the label, without `#`. */
  color: string;
  /** The form's name in GitHub's template chooser. */
  name: string;
  description: string;
  /** Default title; links replace it with one naming the paper or date. */
  title: string;
  /** A short text shown at the top of the form. */
  intro: string;
  fields: FormField[];
}

/** Acting for another member: allowed only to people with write access, when group.yaml allows it. */
const MEMBER: FormField = {
  id: 'member',
  label: 'On behalf of',
  type: 'input',
  description:
    "Leave empty: the request is yours (your GitHub account is linked to you in group.yaml). Someone with write access may give another member's id here when the group allows it (requests.actOnBehalf).",
  placeholder: 'e.g. alice',
  required: false,
};

const PAPER: FormField = { id: 'paper', label: 'Paper', type: 'input', description: "The paper's arXiv id.", placeholder: 'e.g. 2404.01399', required: true };
const SESSION: FormField = { id: 'session', label: 'Session', type: 'input', description: 'The day of the session, YYYY-MM-DD.', placeholder: 'e.g. 2026-12-03', required: true };

const INTRO = "Submit this form as it is: a bot records it in the group's files within a minute or two, answers here and closes the issue.";

export const REQUEST_FORMS: readonly RequestForm[] = [
  {
    kind: 'vote',
    file: 'vote.yml',
    label: 'request:vote',
    color: '1f883d',
    name: 'Vote for a paper',
    description: 'Add your vote to a paper the group might read.',
    title: 'Vote for a paper',
    intro: INTRO,
    fields: [PAPER, MEMBER],
  },
  {
    kind: 'withdraw-vote',
    file: 'withdraw-vote.yml',
    label: 'request:withdraw-vote',
    color: 'bf8700',
    name: 'Withdraw a vote',
    description: 'Take back your vote for a paper.',
    title: 'Withdraw my vote',
    intro: INTRO,
    fields: [PAPER, MEMBER],
  },
  {
    kind: 'suggest',
    file: 'suggest.yml',
    label: 'request:suggest',
    color: '0969da',
    name: 'Suggest a paper',
    description: "Add an arXiv paper to the group's list, with its details from arXiv.",
    title: 'Suggest a paper',
    intro: INTRO,
    fields: [{ id: 'paper', label: 'Paper', type: 'input', description: 'An arXiv id or link.', placeholder: 'e.g. 2404.01399 or https://arxiv.org/abs/2404.01399', required: true }, MEMBER],
  },
  {
    kind: 'away',
    file: 'away.yml',
    label: 'request:away',
    color: '8250df',
    name: "I can't come / I'm away",
    description: 'Tell the planner you are away on a day or from one day to another.',
    title: "I'm away",
    intro: `${INTRO} The next planning run gives your turns to someone else.`,
    fields: [
      { id: 'from', label: 'From', type: 'input', description: 'The first day you are away, YYYY-MM-DD.', placeholder: 'e.g. 2026-12-03', required: true },
      { id: 'to', label: 'To', type: 'input', description: 'The last day you are away (included); leave empty for one day.', placeholder: 'e.g. 2026-12-11', required: false },
      { id: 'reason', label: 'Reason', type: 'input', description: 'Optional, shown on the members page (e.g. conference).', required: false },
      MEMBER,
    ],
  },
  {
    kind: 'not-away',
    file: 'not-away.yml',
    label: 'request:not-away',
    color: 'a475f9',
    name: 'I can come after all',
    description: 'Take back an absence: you can come on a day, or from one day to another, after all.',
    title: 'I can come after all',
    intro: `${INTRO} Only the days you give are taken out of your absences; the rest of an absence stays.`,
    fields: [
      { id: 'from', label: 'From', type: 'input', description: 'The first day you can come after all, YYYY-MM-DD.', placeholder: 'e.g. 2026-12-03', required: true },
      { id: 'to', label: 'To', type: 'input', description: 'The last day you can come after all (included); leave empty for one day.', placeholder: 'e.g. 2026-12-11', required: false },
      MEMBER,
    ],
  },
  {
    kind: 'rsvp',
    file: 'rsvp.yml',
    label: 'request:rsvp',
    color: '1a7f37',
    name: "I'm coming",
    description: 'Say you will be at a session.',
    title: "I'm coming",
    intro: INTRO,
    fields: [SESSION, MEMBER],
  },
  {
    kind: 'cancel-rsvp',
    file: 'cancel-rsvp.yml',
    label: 'request:cancel-rsvp',
    color: '9a6700',
    name: "I'm not coming after all",
    description: 'Take back your "I\'m coming" for a session.',
    title: "I'm not coming after all",
    intro: INTRO,
    fields: [SESSION, MEMBER],
  },
  {
    kind: 'read',
    file: 'read.yml',
    label: 'request:read',
    color: '0550ae',
    name: "I've read it",
    description: 'Say you have read a paper of a session.',
    title: "I've read it",
    intro: INTRO,
    fields: [SESSION, { ...PAPER, description: 'The arXiv id of a paper of that session.' }, MEMBER],
  },
  {
    kind: 'question',
    file: 'question.yml',
    label: 'request:question',
    color: 'cf222e',
    name: 'Propose a discussion question',
    description: "Add a question to a paper's discussion questions, credited to you.",
    title: 'A discussion question',
    intro: INTRO,
    fields: [
      PAPER,
      { id: 'question', label: 'Question', type: 'textarea', description: 'One question, in a sentence or two (plain text; it is added as written, on one line).', required: true },
      MEMBER,
    ],
  },
];

export function formOf(kind: RequestKind): RequestForm {
  return REQUEST_FORMS.find((f) => f.kind === kind)!;
}

/** The form a label names (`request:vote`), if any. */
export function formForLabel(label: string): RequestForm | undefined {
  return REQUEST_FORMS.find((f) => f.label === label);
}

function quoted(text: string): string {
  return JSON.stringify(text);
}

/** The YAML issue form for `.github/ISSUE_TEMPLATE/<file>`, in GitHub's form schema. */
export function formYaml(form: RequestForm): string {
  const lines = [
    '# Written by scripts/write-request-forms.ts from src/domain/requests/forms.ts; edit those, not this file.',
    `name: ${quoted(form.name)}`,
    `description: ${quoted(form.description)}`,
    `title: ${quoted(form.title)}`,
    `labels: [${quoted(form.label)}]`,
    'body:',
    '  - type: markdown',
    '    attributes:',
    `      value: ${quoted(form.intro)}`,
  ];
  for (const field of form.fields) {
    lines.push(
      `  - type: ${field.type}`,
      `    id: ${field.id}`,
      '    attributes:',
      `      label: ${quoted(field.label)}`,
      `      description: ${quoted(field.description)}`,
      ...(field.placeholder ? [`      placeholder: ${quoted(field.placeholder)}`] : []),
      '    validations:',
      `      required: ${field.required}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
