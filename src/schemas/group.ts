/**
 * The group, `content/group.yaml`: who meets, when and where, and who is away.
 */
import { z } from 'astro/zod';
import { clockTime, isoDate, localeSchema, slugId } from './common.ts';
import { closestMatch } from '../domain/closest-match.ts';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function timeZoneError(name: unknown): string {
  const expected = 'expected an IANA time zone such as Europe/Berlin or Asia/Shanghai';
  const near = typeof name === 'string' ? closestMatch(name, Intl.supportedValuesOf('timeZone')) : undefined;
  return near ? `${expected}; did you mean ${near}?` : expected;
}

/** A day or a span of days, both ends included: `{ from: 2026-12-21, to: 2027-01-04 }` or `2026-12-24`. */
export const dateRangeSchema = z.preprocess(
  (value) => (typeof value === 'string' || value instanceof Date ? { from: value } : value),
  z
    .object({
      /** First day. */
      from: isoDate,
      /** Last day (included); the same as `from` when absent. */
      to: isoDate.optional(),
      /** Why, for people reading the schedule (e.g. "conference", "Christmas"). */
      reason: z.string().optional(),
    })
    .refine((r) => !r.to || r.to >= r.from, { error: '`to` must not be before `from`' }),
);

export const memberSchema = z.object({
  /** Short id used in sessions and votes, e.g. `alice`. */
  id: slugId,
  /** Display name. */
  name: z.string().min(1),
  /** Days this member cannot present. */
  away: z.array(dateRangeSchema).default([]),
  /** False for members who attend but do not present (e.g. the group lead). */
  presents: z.boolean().default(true),
  /**
   * The member's GitHub login, e.g. `alice-zhang`: requests this account opens from the site (votes,
   * RSVPs, absences…) are recorded as this member's. Compared without regard to case, as GitHub does.
   */
  github: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, { error: 'expected a GitHub login: letters, digits and single hyphens, e.g. alice-zhang' })
    .optional(),
});

/** How requests made from the site (GitHub issue forms, see src/domain/requests/ and src/files/requests/) are carried out. */
export const requestsSchema = z.object({
  /** The status a paper suggested from the site starts with: `candidate` (the default) or `shortlisted`. */
  suggestionStatus: z.enum(['candidate', 'shortlisted']).default('candidate'),
  /**
   * Whether someone with write access to the repository (owner, organisation member, collaborator)
   * may make a request for another member by naming them in the form's "On behalf of" field.
   */
  actOnBehalf: z.boolean().default(false),
});

export const holidaySchema = z.preprocess(
  (value) => (value && typeof value === 'object' && 'date' in value ? { ...value, from: value.date } : value),
  z.object({
    /** First day without a meeting (`date` is accepted for a single day). */
    from: isoDate,
    /** Last day without a meeting; the same as `from` when absent. */
    to: isoDate.optional(),
    /** Name shown on the schedule, e.g. "Winter break". */
    name: z.string().default('Holiday'),
  }),
);

export const groupSchema = z.object({
  /** The group's name, shown on every page. */
  name: z.string().min(1),
  /** One sentence about the group, for the home page and link previews. */
  description: z.string().default(''),
  /** IANA time zone of the meetings, e.g. `Europe/Berlin`; all times are local to it. */
  timezone: z.string().refine(isTimeZone, { error: (issue) => timeZoneError(issue.input) }),
  /** Language of the site's interface: `en` or `zh-CN`. */
  locale: localeSchema.default('en'),
  meeting: z.object({
    /** Day of the week the group meets, e.g. `tuesday`. */
    weekday: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(WEEKDAYS, { error: `expected a weekday: ${WEEKDAYS.join(', ')}` })),
    /** Local start time, `"HH:MM"`. */
    time: clockTime,
    /** Length in minutes. */
    minutes: z.int().min(5).max(600).default(60),
    /** Room or video link used when a session names none. */
    location: z.string().default(''),
  }),
  /** How many papers each session covers. */
  papersPerSession: z.int().min(1).max(10).default(2),
  /**
   * `true`: `npm run plan` plans only papers people chose (shortlisted, or with at least one vote);
   * places no chosen paper fills stay open and the site shows them as "to be chosen". `false` (the
   * default): it fills them with the other candidates, oldest first.
   */
  onlyChosenPapers: z.boolean().default(false),
  /** The people in the group; ids must be unique. */
  members: z
    .array(memberSchema)
    .min(1, { error: 'list at least one member' })
    .superRefine((ms, ctx) => {
      const first = new Map<string, number>();
      ms.forEach((m, i) => {
        const earlier = first.get(m.id);
        if (earlier === undefined) first.set(m.id, i);
        else ctx.addIssue({ code: 'custom', path: [i, 'id'], input: m.id, message: `expected an id no other member has; members[${earlier}] is "${m.id}" too` });
      });
      const logins = new Map<string, number>();
      ms.forEach((m, i) => {
        if (!m.github) return;
        const earlier = logins.get(m.github.toLowerCase());
        if (earlier === undefined) logins.set(m.github.toLowerCase(), i);
        else ctx.addIssue({ code: 'custom', path: [i, 'github'], input: m.github, message: `expected a GitHub login no other member has; members[${earlier}] is "${ms[earlier]!.github}" too` });
      });
    }),
  /** Days without a meeting. */
  holidays: z.array(holidaySchema).default([]),
  /**
   * A private group's site: every page asks search engines not to index it (`noindex`), robots.txt
   * disallows crawling, and no sitemap is published. Anyone with the link can still open it.
   */
  private: z.boolean().default(false),
  /**
   * How many days after its import a candidate nobody has touched keeps a page of its own (default
   * 28). Papers people engaged with (a status past candidate, votes, tags, notes, their own
   * questions, a session) always have one; the others stay files, in search (linking to arXiv) and in
   * the exports. A group that imports whole digests keeps its site the size of what it does.
   */
  candidateDays: z.int().min(0, { error: 'expected a number of days, 0 or more, e.g. 28' }).default(28),
  /**
   * The git repository holding this content, for "edit this page" links and (on GitHub) the links
   * that open a request, e.g. `https://github.com/org/reading-group`. When absent, the site uses the
   * environment variable `REPOSITORY_URL` (the deploy workflow sets it); with neither, no such links.
   */
  repository: z
    .object({
      /** Web address of the repository (GitHub, GitLab, Gitea, Codeberg). */
      url: z.url({ protocol: /^https?$/, error: 'expected the web address of the repository, e.g. https://github.com/org/reading-group' }),
      /** Branch the site is built from. */
      branch: z.string().default('main'),
    })
    .optional(),
  /** Requests from the site's links: the status of suggested papers, acting for other members. */
  requests: requestsSchema.default({ suggestionStatus: 'candidate', actOnBehalf: false }),
});

export type Group = z.output<typeof groupSchema>;
export type Member = z.output<typeof memberSchema>;
export type DateRange = z.output<typeof dateRangeSchema>;
