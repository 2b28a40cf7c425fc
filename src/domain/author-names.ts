/**
 * Authors' names as arXiv lists them ("Given Family", one string each), split for citations and
 * shortened for lists: "Dana de la Cruz" has the family name "de la Cruz", "Martin Luther King Jr."
 * keeps its suffix, and a collaboration ("The ATLAS Collaboration") or a one-word name stays whole.
 */

/** A name split for citing: the family name with its particles, the given names, a suffix. */
export type AuthorName = { family: string; given?: string; suffix?: string } | { literal: string };

// Lower-case particles that belong to the family name ("van der Waals", "de la Cruz", "bin Salman").
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'des', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'st.', 'zu', 'y']);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
// Names of groups, not people: cited whole.
const GROUP = /\b(?:collaboration|consortium|team|group|project|initiative|committee|council|society|association|laboratory|lab)\b/i;

export function splitAuthorName(name: string): AuthorName {
  const clean = name.replace(/\s+/g, ' ').trim().replace(/,$/, '');
  // Names written in a script without spaces between given and family names (李伟) stay whole.
  if (!clean.includes(' ') || GROUP.test(clean) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(clean)) return { literal: clean };
  const words = clean.split(' ');
  let suffix: string | undefined;
  // "Smith, Jr." reaches us as "Smith Jr."; the suffix is kept apart from the family name.
  if (words.length > 2 && SUFFIX.test(words.at(-1)!.replace(/^,/, ''))) suffix = words.pop()!.replace(/^,/, '');
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase()) && words[start - 1] === words[start - 1]!.toLowerCase()) start--;
  const given = words.slice(0, start).join(' ');
  const family = words.slice(start).join(' ');
  return { family, ...(given ? { given } : {}), ...(suffix ? { suffix } : {}) };
}

/** "Jean-Pierre" → "J.-P.", "Ada" → "A."; an initial already written ("Z.") stays as it is. */
function initials(given: string): string {
  return given
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => {
          const first = [...part][0];
          return first ? `${first}.` : '';
        })
        .join('-'),
    )
    .join(' ');
}

/** One author as a list shows them: "A. Zhang", "D. de la Cruz", "M. L. King Jr.", or the name whole. */
export function shortAuthorName(name: string): string {
  const split = splitAuthorName(name);
  if ('literal' in split) return split.literal;
  return [split.given ? initials(split.given) : '', split.family, split.suffix ?? ''].filter(Boolean).join(' ');
}

/**
 * The authors in short form for lists and handouts: all of them when there are at most three
 * ("A. Zhang, B. Keller and C. Li" reads as "A. Zhang, B. Keller, C. Li"), otherwise the first two
 * and `etAl` ("A. Zhang, B. Keller et al."). Empty when the paper has no authors yet.
 */
export function shortAuthors(authors: readonly string[] | undefined, etAl = 'et al.'): string {
  if (!authors?.length) return '';
  const shown = authors.length <= 3 ? authors : authors.slice(0, 2);
  const text = shown.map(shortAuthorName).join(', ');
  return authors.length > 3 ? `${text} ${etAl}` : text;
}
