/**
 * "How does this relate to papers we already have?" — a term index over the group's paper titles,
 * built once per run, so that each new paper is matched by looking up its own few terms (no
 * comparison of every pair). A match needs a distinctive shared term: a two-word phrase, a name such
 * as "Chain-of-Thought" or "LoRA", or two rarer words.
 */
import { isNameLike, nameTokens } from './names.ts';
import { cleanTex, STOPWORDS } from './text.ts';

/** A paper the group already has, as far as matching goes. */
export interface KnownPaper {
  id: string;
  title: string;
  titleZh?: string;
}

/** The best match among known papers, with the terms the two share (as written in the known title). */
export interface RelatedMatch extends KnownPaper {
  shared: string[];
}

export interface RelatedIndex {
  papers: KnownPaper[];
  /** Term → indexes into `papers`. */
  postings: Map<string, number[]>;
  /** Term → how it is written in the first title that has it. */
  surface: Map<string, string>;
}

/** Words too common in this field to say two papers are related. */
const FIELD_WORDS = new Set(
  `language languages large model models llm llms lm lms learning neural network networks deep data dataset datasets based
efficient effective approach approaches method methods framework frameworks benchmark benchmarks task tasks study analysis
evaluation evaluating improving improved improve towards toward via using beyond multi generation generative system systems
training pre-trained pretrained pre-training fine-tuning finetuning ai machine performance robust simple novel general
understanding learn learns making make makes case cases survey comprehensive highly capable strategy strategies application
applications towards new tool toolkit report technical reasoning representation representations text texts`.split(/\s+/),
);

/** Research areas: two papers in the same area are related even when their titles share no word. */
const CONCEPTS: { label: string; re: RegExp }[] = [
  { label: 'LLM safety', re: /\b(?:safe|safety|safeguard\w*|harmful|harmless\w*|jailbreak\w*|unsafe|toxic\w*|red[- ]teaming|value alignment|guardrails?)\b/gi },
  { label: 'efficient inference', re: /\b(?:efficient|efficiency|high-efficiency|inference speed|latency|speed-?ups?|quantiz\w+|pruning|model compression|on-device|mobile phones?|edge devices?)\b/gi },
  { label: 'chain-of-thought reasoning', re: /\b(?:chain[- ]of[- ]thought|CoT|reasoning chains?|step-by-step reasoning|rationales?)\b/gi },
  { label: 'multilingual NLP', re: /\b(?:multilingual\w*|cross-lingual|low-resource languages?|code-switching|machine translation)\b/gi },
  { label: 'biomedical data', re: /\b(?:bioinformatics?|biomedical|clinical|medical|health|patients?|molecul\w+|drugs?|proteins?|cheminformatics|EHR)\b/gi },
  { label: 'speech', re: /\b(?:speech|ASR|spoken|audio|acoustic|pronunciation|TTS|text-to-speech)\b/gi },
  { label: 'retrieval', re: /\b(?:retriev\w+|RAG|rerank\w*|re-ranking|search engines?)\b/gi },
  { label: 'recommender systems', re: /\b(?:recommend\w+)\b/gi },
  { label: 'question answering', re: /\b(?:question[- ]answering|QA)\b/g },
  { label: 'code generation', re: /\b(?:code generation|program synthesis|source code|programming)\b/gi },
  { label: 'privacy', re: /\b(?:privacy|membership inference|differential(?:ly)? private)\b/gi },
  { label: 'fairness and bias', re: /\b(?:fairness|unfair|debias\w*|racial bias\w*|social bias\w*)\b/gi },
  { label: 'continual learning', re: /\b(?:continual|incremental learning|catastrophic forgetting|lifelong learning)\b/gi },
  { label: 'knowledge distillation', re: /\b(?:distill\w+|distil|teacher[- ]student)\b/gi },
  { label: 'multimodal models', re: /\b(?:multimodal|multi-modal|multi-modality|vision-language|image-text|text-to-image)\b/gi },
  { label: 'instruction tuning', re: /\b(?:instruction[- ]tun\w+|instruction[- ]following)\b/gi },
  { label: 'graph learning', re: /\b(?:graph neural networks?|GNNs?|heterophil\w*|node classification)\b/gi },
  { label: 'reinforcement learning', re: /\b(?:reinforcement learning|bandits?|Markov games?|policy optimi[sz]ation)\b/gi },
  { label: 'diffusion models', re: /\b(?:diffusion models?|denoising diffusion)\b/gi },
  { label: 'sentence embeddings', re: /\b(?:sentence embeddings?|text embeddings?|embedding models?)\b/gi },
];

/** The research areas a text is about, with a strength: a mention in the title counts 2, each one in the abstract ½ (three needed). */
function conceptsOf(title: string, abstract = ''): { label: string; strength: number }[] {
  return CONCEPTS.map((c) => {
    const inTitle = title.match(c.re)?.length ?? 0;
    const inAbstract = abstract.match(c.re)?.length ?? 0;
    return { label: c.label, strength: inTitle > 0 ? 2 : inAbstract >= 3 ? Math.min(inAbstract, 4) / 2 : 0 };
  }).filter((c) => c.strength > 0);
}

interface Term {
  key: string;
  surface: string;
  /** Two-word phrases and names count double. */
  strong: boolean;
}

/** A light stemmer: enough to match "safety" with "safe" and "aligning" with "alignment". */
function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ation', 'ment', 'ness', 'ing', 'ity', 'ty', 'ed', 'al', 'ive']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

/** The matching terms of a title: content words, adjacent pairs of them, and names. */
export function titleTerms(title: string): Term[] {
  const text = cleanTex(title).replace(/\$[^$]*\$/g, ' ');
  const words = text.split(/[\s:;,.!?()"“”'‘’/]+/).filter(Boolean);
  const terms = new Map<string, Term>();
  let previous: string | undefined;
  let previousSurface: string | undefined;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || /^\d+$/.test(word)) {
      previous = undefined;
      continue;
    }
    const key = stem(word);
    const name = isNameLike(word);
    if ((!FIELD_WORDS.has(lower) && !FIELD_WORDS.has(key) && key.length > 2) || name) {
      if (!terms.has(key)) terms.set(key, { key, surface: name ? word : lower, strong: name || word.includes('-') });
    }
    if (previous && !(FIELD_WORDS.has(previous) && FIELD_WORDS.has(key))) {
      const pair = `${previous} ${key}`;
      if (!terms.has(pair)) terms.set(pair, { key: pair, surface: `${previousSurface} ${name ? word : lower}`, strong: true });
    }
    previous = key;
    previousSurface = name ? word : lower;
  }
  return [...terms.values()];
}

/** Builds the index once; matching a paper then costs a few map lookups. */
export function buildRelatedIndex(papers: Iterable<KnownPaper>): RelatedIndex {
  const index: RelatedIndex = { papers: [], postings: new Map(), surface: new Map() };
  for (const paper of papers) addToIndex(index, paper);
  return index;
}

/** Adds one paper to an index (e.g. after it has been written). */
export function addToIndex(index: RelatedIndex, paper: KnownPaper): void {
  const at = index.papers.push(paper) - 1;
  const concepts = conceptsOf(paper.title).map((c) => ({ key: `concept:${c.label}`, surface: c.label, strong: true }));
  for (const term of [...titleTerms(paper.title), ...concepts]) {
    const list = index.postings.get(term.key) ?? [];
    list.push(at);
    index.postings.set(term.key, list);
    if (!index.surface.has(term.key)) index.surface.set(term.key, term.surface);
  }
}

/**
 * The known paper that shares the most distinctive title terms with this one (its title, its own
 * names such as "Concept-1K", and the research areas its title or abstract is about), or undefined
 * when nothing distinctive is shared.
 */
export function findRelated(index: RelatedIndex, paper: { id: string; title: string; abstract?: string }, names: readonly string[] = []): RelatedMatch | undefined {
  const n = index.papers.length;
  if (n === 0) return undefined;
  const own = new Map(titleTerms(paper.title).map((t) => [t.key, t]));
  for (const name of names) {
    const key = stem(name);
    if (!own.has(key)) own.set(key, { key, surface: name, strong: true });
  }
  const strength = new Map<string, number>();
  for (const c of conceptsOf(paper.title, paper.abstract)) {
    own.set(`concept:${c.label}`, { key: `concept:${c.label}`, surface: c.label, strong: true });
    strength.set(`concept:${c.label}`, c.strength);
  }
  // A term in many titles says little: in a small collection allow two, in a large one 2 % of titles
  // (research areas, being broader, 5 %).
  const common = Math.max(2, Math.ceil(n * 0.02));
  const commonConcept = Math.max(4, Math.ceil(n * 0.05));
  const scores = new Map<number, { score: number; shared: string[]; strong: number }>();
  for (const term of own.values()) {
    const list = index.postings.get(term.key);
    const concept = term.key.startsWith('concept:');
    if (!list || list.length > (concept ? commonConcept : common)) continue;
    const weight = Math.log(1 + n / list.length) * (concept ? (strength.get(term.key) ?? 1) : term.strong || term.key.includes(' ') ? 2 : 1);
    for (const i of list) {
      if (index.papers[i]!.id === paper.id) continue;
      const entry = scores.get(i) ?? { score: 0, shared: [], strong: 0 };
      entry.score += weight;
      entry.shared.push(concept ? term.surface : (index.surface.get(term.key) ?? term.surface));
      if (term.strong || term.key.includes(' ')) entry.strong++;
      scores.set(i, entry);
    }
  }
  let best: { i: number; score: number; shared: string[] } | undefined;
  for (const [i, entry] of scores) {
    if (entry.strong === 0 && entry.shared.length < 2) continue;
    const better = !best || entry.score > best.score || (entry.score === best.score && index.papers[i]!.id > index.papers[best.i]!.id);
    if (better) best = { i, ...entry };
  }
  if (!best) return undefined;
  const known = index.papers[best.i]!;
  // Drop single words already inside a shared two-word phrase ("machine" next to "machine translation").
  const shared = best.shared.filter((s, _, all) => !all.some((o) => o !== s && o.split(' ').includes(s)));
  return { ...known, shared: [...new Set(shared)].slice(0, 2) };
}
