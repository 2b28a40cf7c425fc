/**
 * A light English stemmer for matching, not for display: it folds plurals, `-ing` and `-ed` and a
 * final `e`, so that "models", "modeling", "modelled" and "model" meet, and "based" meets "base".
 * It never has to produce a real word, only the same stem for the common inflections of one word.
 */

const VOWEL = /[aeiouy]/;
/** Doubled final consonants left by `-ing`/`-ed` ("embedd", "runn"); `ss` and `zz` stay. */
const DOUBLED = /([b-df-hj-np-rtv-xz])\1$/;

function undouble(stem: string): string {
  return DOUBLED.test(stem) && !/(?:ss|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The stem of one lowercase ASCII word. Words of three letters or fewer are returned as they are. */
export function lightStem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ias)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  // Twice, so that "embedded" → "embed" → "emb" meets "embed" → "emb" (and "embedding" → "embed" → "emb").
  for (let pass = 0; pass < 2 && w.endsWith('ed') && !w.endsWith('eed') && w.length >= 5 && VOWEL.test(w.slice(0, -2)); pass++) {
    w = undouble(w.slice(0, -2));
  }

  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
