/**
 * Names in an abstract: the methods, models, datasets and benchmarks a paper mentions ("DRO",
 * "Concept-1K", "SR$_{\text{LLM}}$", "Aishell-1"), and acronyms with their long forms.
 */

/** Acronyms and words that name no particular thing in this field. */
const GENERIC = new Set(
  `LLM LLMs LM LMs NLP AI ML DL RL GPU GPUs CPU CPUs API APIs QA SOTA NLU NLG NN NNs DNN DNNs GNN GNNs KV FP PhD US UK EU
USA II III IV VI 1D 2D 3D RGB URL URLs HTML JSON PDF CS SQL IID OOD MLLM MLLMs VLM VLMs LVLM LVLMs PLM PLMs ID IDs MHz GHz
GB MB TB KB OK TV PC AR VR IoT Ph.D. CEO NLI LMM LMMs FM FMs AGI GenAI SFT RLHF DPO PPO CoT RAG AUC ROC F1 BLEU ROUGE
MSE MAE RMSE IoU mAP OpenAI Google Meta Microsoft GitHub HuggingFace Transformer Transformers RAM ROM SSD TTS ASR MT NMT NER
VQA OCR FL SSL NN MOS API SQL XML URL CUDA IEEE ACM ACL EMNLP NAACL NeurIPS ICML ICLR AAAI IJCAI CVPR ICCV ECCV`.split(/\s+/),
);

/** A token that may be a name: letters and digits with `-`, `+`, `.`, `/` inside, or TeX math glued to letters. */
const TOKEN = /(?<![\p{L}\p{N}_$\\])\p{L}[\p{L}\p{N}]*(?:(?:\$[^$\s]{1,40}\$)|(?:[-+./][\p{L}\p{N}]+)|\+)*(?:\$[^$\s]{1,40}\$)?/gu;

/** Whether a single token looks like a name: inner capitals, two capitals, letters with digits, or math. */
export function isNameLike(token: string): boolean {
  if (token.length < 2 || GENERIC.has(token) || GENERIC.has(token.replace(/s$/, ''))) return false;
  if (/\$/.test(token)) return /^[A-Za-z]/.test(token);
  if (/^[IVX]+$/.test(token)) return false;
  if (/^[A-Z][a-z]+-\d+[A-Za-z]?$/.test(token)) return true;
  return token.split(/[-+./]/).some((part) => /[a-z0-9][A-Z]/.test(part) || /[A-Z]{2,}/.test(part) || (/[A-Za-z]/.test(part) && /\d/.test(part) && !/^\d+(?:st|nd|rd|th|s|D|B|M|K|k|x)$/.test(part)));
}

const tokenCache = new Map<string, { name: string; index: number }[]>();

/** The name-like tokens of a text, in order of appearance, with their positions. */
export function nameTokens(text: string): { name: string; index: number }[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const found: { name: string; index: number }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const name = m[0].replace(/[.]+$/, '');
    if (isNameLike(name)) found.push({ name, index: m.index });
  }
  // The same sentences are looked at by several readers; keep the last few thousand.
  if (tokenCache.size > 4000) tokenCache.clear();
  tokenCache.set(text, found);
  return found;
}

/** A capitalised word or two that can be a dataset's name in the right context ("Librispeech", "Stack Overflow"). */
const CAPITALISED = /^(?:[A-Z][\w$-]*|\d[\w-]*[A-Za-z][\w-]*)(?: [A-Z][\w-]*)?$/;
const NOT_DATASET = /^(?:The|A|An|This|These|Our|We|It|In|On|For|And|English|Chinese|Python|Java|GitHub|Both|All|Each|Several|Various|Many|Extensive|Experiments?|Results?|Empirical|State)(?:\s|$)/;

/** Whether a short capitalised phrase can be taken for a dataset or benchmark name. */
export function isDatasetName(phrase: string): boolean {
  return CAPITALISED.test(phrase) && !NOT_DATASET.test(phrase) && !GENERIC.has(phrase) && phrase.length >= 2;
}

/**
 * Acronyms defined in a text, with their long forms: "Directed Representation Optimization (DRO)"
 * and "DRO (Directed Representation Optimization)" both give DRO → Directed Representation Optimization.
 */
export function acronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/\(([^()]{1,80})\)/g)) {
    const inner = m[1]!.trim().replace(/[;,].*$/, '');
    const before = text.slice(Math.max(0, m.index - 120), m.index).trim();
    if (/^[A-Za-z][\w$\\{}_^+-]{0,30}$/.test(inner) && isNameLike(inner)) {
      const long = longForm(inner, before.split(/\s+/));
      if (long && !found.has(inner)) found.set(inner, long);
    } else if (/\s/.test(inner)) {
      const acronym = /([A-Za-z][\w$\\{}_^+-]{1,15})$/.exec(before)?.[1];
      if (acronym && isNameLike(acronym) && longForm(acronym, inner.split(/\s+/)) === inner && !found.has(acronym)) found.set(acronym, inner);
    }
  }
  return found;
}

/** The shortest run of words ending `words` whose initials spell `acronym` (first letter first, the rest in order). */
function longForm(acronym: string, words: string[]): string | undefined {
  const letters = acronym
    .replace(/\\[a-z]+/g, '')
    .replace(/s$/, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  if (letters.length < 2) return undefined;
  const maxWords = Math.min(words.length, letters.length + 3);
  for (let n = 1; n <= maxWords; n++) {
    const run = words.slice(words.length - n).map((w) => w.replace(/^[("“'‘]+|[)"”'’,:;]+$/g, ''));
    const initials = run.flatMap((w) => w.split(/[-/]/).filter(Boolean).map((p) => p.replace(/^[^A-Za-z]+/, '').charAt(0).toLowerCase()));
    if (initials[0] !== letters[0]) continue;
    let i = 1;
    for (const ch of initials.slice(1)) if (i < letters.length && ch === letters[i]) i++;
    if (i === letters.length) {
      if (/^(?:a|an|the|of|and|for|to|in|on|with|by|we|our)$/i.test(run[0]!)) continue;
      return run.join(' ');
    }
  }
  return undefined;
}
