/**
 * The evidence an abstract cites: figures ("31 times", "+7.42%", "30 of 32", "only 40 examples"),
 * named datasets and benchmarks ("Aishell-1", "MMLU"), and unnamed ones as counted ("five benchmark
 * datasets").
 */
import { isDatasetName, isNameLike } from './names.ts';
import { clauseAround, dropLeadIn, shorten, thirdPerson } from './text.ts';

/** A figure the abstract reports, with the clause that carries it. */
export interface ResultClaim {
  /** `factor`: "31 times", "10x"; `percent`: "+7.42%"; `fraction`: "30 of 32"; `few`: "only 40 examples"; `score`: "0.524 MRR@5"; `count`: "17 mainstream LLMs". */
  kind: 'factor' | 'percent' | 'fraction' | 'few' | 'count' | 'score';
  /** The clause, in the third person, short enough to quote. */
  clause: string;
  /** The figure as written. */
  figure: string;
  /** Named datasets or benchmarks in the same sentence. */
  datasets: string[];
  /** For `fraction`: the parts, e.g. [30, 32]. */
  parts?: [number, number];
}

type Figure = { kind: ResultClaim['kind']; figure: string; parts?: [number, number] };

const COUNTED =
  'models|LLMs|languages|functions|examples|articles|documents|queries|questions|tasks|benchmarks|datasets|papers|images|videos|hours|users|participants|respondents|prompts|samples|domains|categories|methods|problems|items|agents|species|patients|dialogues|utterances|sentences|annotators|experts';

const FEW = new RegExp(`\\b(?:only|just|as few as|merely)\\s+(?:\\d[\\d,]*|a (?:few|handful of|small number of))\\s+(?:(?:[a-z][\\w-]*\\s+){0,2}?(?:${COUNTED})\\b|[a-z][\\w-]*)`, 'gi');
const COUNT = new RegExp(`\\b(?:\\d{2,}[\\d,]*|hundreds|thousands|millions|dozens)\\s+(?:of\\s+)?(?:[a-z][\\w-]*\\s+){0,2}(?:${COUNTED})\\b`, 'g');

/** The figures a sentence reports, most telling first. */
export function figuresOf(sentence: string): Figure[] {
  const out: Figure[] = [];
  if (!/\d|hundreds|thousands|millions|dozens|a few|a handful|a small number/i.test(sentence)) return out;
  for (const m of sentence.matchAll(/\b(\d+)\s+(?:of|out of)\s+(?:the\s+)?(\d+)\b/gi)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < b) out.push({ kind: 'fraction', figure: m[0], parts: [a, b] });
  }
  for (const m of sentence.matchAll(/\b\d+(?:\.\d+)?\s*(?:x|×|times|-fold|fold)(?!\w)(?:\s+(?:faster|fewer|less|more|smaller|larger|speedup|reduction|higher|lower|longer))?/gi)) out.push({ kind: 'factor', figure: m[0].trim() });
  for (const m of sentence.matchAll(FEW)) out.push({ kind: 'few', figure: m[0] });
  for (const m of sentence.matchAll(/(?:^|[\s(])([+\-−]?\d+(?:\.\d+)?\s?%)/g)) out.push({ kind: 'percent', figure: m[1]! });
  for (const m of sentence.matchAll(/\b\d+\.\d+\s+(?:[A-Z][\w@-]*|F1|BLEU|accuracy|MRR\S*|nDCG\S*|points?)/g)) out.push({ kind: 'score', figure: m[0] });
  for (const m of sentence.matchAll(COUNT)) out.push({ kind: 'count', figure: m[0] });
  // A count inside a "few" claim says the same thing twice.
  return out.filter((f) => f.kind !== 'count' || !out.some((g) => g.kind === 'few' && g.figure.includes(f.figure.split(' ')[0]!)));
}

const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|\\d+';

/** Unnamed data the abstract counts: "five benchmark datasets", "four test sets". */
export function dataCountsOf(text: string): string[] {
  const re = new RegExp(`\\b(?:${NUMBER_WORDS})\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:datasets|benchmarks|test sets|corpora|languages|domains)\\b`, 'gi');
  return [...new Set([...text.matchAll(re)].map((m) => m[0]))].filter((c) => !/^\d{4}\b/.test(c) && !/\bof (?:these|the)\b/.test(c));
}

/** Named datasets and benchmarks: "on Aishell-1", "the Clotho-AQA dataset", "benchmark MMLU". */
const NAME = "[A-Z0-9][\\w$@'-]*(?:\\s[A-Z][\\w-]*)?";
const LIST = `${NAME}(?:\\s?,\\s?(?:and\\s)?${NAME}|\\sand\\s${NAME})*`;
const DATASET_PATTERNS = [
  new RegExp(`\\b(?:on|across|using|from|in|over)\\s+(?:the\\s+)?(?:well-studied\\s+|standard\\s+|public\\s+|popular\\s+|recently proposed\\s+)?(?:\\w+\\s+benchmarks?\\s+)?(${LIST})\\s+(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|test sets?|data|tasks?|suite)\\b`, 'g'),
  new RegExp(`\\b(?:on|across)\\s+(?:the\\s+)?(${LIST})(?=[\\s,.;)]|$)`, 'g'),
  new RegExp(`\\b(?:datasets?|benchmarks?|corpora|corpus)\\s*(?:\\(|,)?\\s*(?:such as|like|including|namely|e\\.g\\.,?|i\\.e\\.,?)\\s+(${LIST})`, 'g'),
  new RegExp(`\\b(?:benchmark|dataset|corpus)\\s+(${NAME})`, 'g'),
];

export function datasetsOf(sentence: string): string[] {
  const found: string[] = [];
  const patterns = DATASET_PATTERNS;
  for (const [i, re] of patterns.entries()) {
    for (const m of sentence.matchAll(re)) {
      for (const raw of m[1]!.split(/\s?,\s?(?:and\s)?|\sand\s/)) {
        const candidate = raw.trim().replace(/\s+(?:dataset|benchmark|corpus)s?$/i, '');
        if (!isDatasetName(candidate)) continue;
        // Without the word "dataset" next to it, only a name that looks like one counts (MMLU, Aishell-1).
        if ((i === 1 || i === 3) && !candidate.split(/\s/).some(isNameLike)) continue;
        if (!found.includes(candidate)) found.push(candidate);
      }
    }
  }
  return found;
}

const ORDER: ResultClaim['kind'][] = ['fraction', 'factor', 'few', 'percent', 'score', 'count'];

/** The result claims of an abstract's sentences, most telling kind first. */
export function resultsOf(sentences: readonly string[], from: number, name: string | undefined): ResultClaim[] {
  const results: ResultClaim[] = [];
  for (const [i, sentence] of sentences.entries()) {
    if (i < from && !/\b(?:outperform|improv|achiev|reduc|accuracy|speed|faster)\w*/i.test(sentence)) continue;
    for (const f of figuresOf(sentence)) {
      const clause = resultClause(name ? sentence.replace(/^It\b/, name) : sentence, f.figure);
      if (clause) results.push({ kind: f.kind, figure: f.figure, clause, datasets: datasetsOf(sentence), ...(f.parts ? { parts: f.parts } : {}) });
    }
  }
  return results.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** The part of a result sentence that carries a figure, short enough to quote. */
function resultClause(sentence: string, figure: string): string | undefined {
  const s = thirdPerson(
    dropLeadIn(
      sentence
        .replace(/^(?:Extensive |Our |The )?(?:experiments?|results?|evaluations?|empirical results|experimental results)(?: (?:on|with|across) [^,]{1,80}?)?\s+(?:show|demonstrate|indicate|reveal|suggest|confirm)s?\s+(?:that\s+)?/i, '')
        .replace(/^(?:we|they) (?:find|show|observe|demonstrate)\s+(?:that\s+)?/i, ''),
    ),
  );
  const at = s.indexOf(figure);
  if (at < 0) return undefined;
  if (s.length <= 190) return s.replace(/[.;:,]$/, '');
  const cut = shorten(s, 190, Math.min(at + figure.length, 180));
  if (cut && cut.includes(figure)) return cut;
  const around = clauseAround(s, at, 150);
  // An opener without its main clause ("By analyzing thousands of articles") says nothing by itself.
  return /^(?:…\s)?(?:by|using|through|with|after|when|while)\b/i.test(around) ? undefined : around;
}
