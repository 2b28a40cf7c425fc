/**
 * What a title gives away: the name before its colon ("BioCoder: A Benchmark …"), whether it asks a
 * question or states a claim, and a short phrase for its subject.
 */
import { isNameLike, nameTokens } from './names.ts';
import { cleanTex, keepsCase } from './text.ts';

const PREFIX_REJECT =
  /^(?:beyond|towards?|on|rethinking|revisiting|unlocking|bridging|understanding|exploring|learning|from|when|why|how|what|do|does|is|are|can|accelerating|improving|evaluating|benchmarking|ask|right|less|more|the|a|an|fun|honey|practical|simple|adverbs|analysis|analyzing|assessing|comparison|comparative|supporting|leveraging|large|efficient|robust|towards)\b/i;

/** The name a title gives its contribution before a colon ("BioCoder", "Concept-1K", "Memory Gym"). */
export function titleName(title: string): string | undefined {
  const text = cleanTex(title);
  const colon = /^([^:]{2,50}?):\s/.exec(text);
  if (!colon) {
    const report = /^(\S+)\s+Technical Report\b/.exec(text);
    return report && isNameLike(report[1]!) ? report[1] : undefined;
  }
  const prefix = colon[1]!.trim();
  const words = prefix.split(/\s+/);
  if (words.length > 3 || PREFIX_REJECT.test(prefix)) return undefined;
  if (words.some((w) => /^[a-z]/.test(w)) && !words.some(isNameLike)) return undefined;
  if (words.length === 1 || words.some(isNameLike) || words.every((w) => /^[A-Z]/.test(w))) return prefix;
  return undefined;
}

const TITLE_VERB =
  /\b(?:is|are|was|were|can|cannot|can't|do|does|don't|doesn't|make|makes|learn|learns|improve|improves|enable|enables|hold|holds|breach|breaches|matter|matters|replace|replaces|forget|forgets|beat|beats|need|needs|help|helps|hurt|hurts|fail|fails|require|requires|produce|produces|know|knows|meets|meet|keeps|keep)\b/i;

/** The title as a question ("Do GPTs Produce Less Literal Translations?") or as a claim, if it is one. */
export function titleShape(title: string): { question?: string; claim?: string } {
  const text = cleanTex(title);
  const question = /(?:^|:\s+)([^:?]+\?)/.exec(text)?.[1]?.trim();
  if (question && question.split(/\s+/).length >= 3) return { question };
  for (const part of text.split(/:\s+/)) {
    const words = part.split(/\s+/);
    if (words.length >= 3 && words.length <= 16 && TITLE_VERB.test(part) && !/^(?:how|what|why|when|where|which)\b/i.test(part) && !/^[^\s]+ing\b/i.test(part)) {
      return { claim: part.replace(/[.!]$/, '') };
    }
  }
  return {};
}

const HEAD_NOUNS =
  'benchmark(?:ing)?|dataset|framework|method|approach|survey|study|suite|tool|toolkit|model|strategy|family|analysis|pipeline|system|engine|metric|algorithm|technique|report|test|evaluation|foundation';

/**
 * The title's subject as a short phrase: "A Benchmark for Greek Statutory Retrieval" gives "Greek
 * statutory retrieval". Words keep their capitals when the abstract writes them so mid-sentence.
 */
export function titleTopic(title: string, name: string | undefined, keepCase: string): string {
  const text = cleanTex(title);
  const parts = text.split(/:\s+/).map((p) => p.replace(/\s+--?\s+.*$/, '').replace(/[?.!]$/, '').trim());
  const headRe = new RegExp(`^(?:[\\w-]+\\s+){0,3}?(?:${HEAD_NOUNS})s?\\s+(?:for|of|on|to|in)\\s+(.+)$`, 'i');
  let topic: string | undefined;
  for (const part of parts) {
    const head = headRe.exec(part);
    if (head) {
      topic = head[1]!;
      break;
    }
  }
  // "Learning to Maximize Mutual Information for Chain-of-Thought Distillation": the subject follows "for".
  for (const part of topic ? [] : parts) {
    const forAt = part.search(/\s[Ff]or\s/);
    if (part !== name && forAt > 0 && part.length - forAt > 8) {
      topic = part.slice(forAt + 5);
      break;
    }
  }
  if (!topic) {
    const candidates = parts.filter((p) => p !== name && !(name && p.startsWith(name) && p.length < name.length + 4) && !TITLE_VERB.test(p));
    topic = (candidates[0] ?? parts.at(-1)!).replace(/^(?:[A-Z]\w+ing)\s+(?=\S+\s+\S+)/, '');
    const cut = /^(.{8,}?)\s+(?:using|with|via|by|through|based on)\s+/i.exec(topic);
    if (cut && topic.split(/\s+/).length > 6) topic = cut[1]!;
  }
  if (topic.split(/\s+/).length > 6) {
    const cut = /^(.{12,}?)\s+(?:with|using|via|by|through|based on|from|for|under|in|to)\s+/i.exec(topic);
    if (cut) topic = cut[1]!;
  }
  topic = topic.replace(/,\s+\w+$/, '');
  const latin = new Set(keepCase.match(/[A-Za-z][\w-]*/g) ?? []);
  return topic
    .split(/\s+/)
    .map((w) => (keepsCase(w) || PROPER.test(w) || (w.length > 2 && latin.has(w)) ? w : w.toLowerCase()))
    .join(' ')
    .replace(/^(?:a|an|the|on|towards?)\s+/i, '');
}

/** A short title that is itself the name of what the paper offers ("2D Matryoshka Sentence Embeddings"). */
export function titleAsName(title: string): string | undefined {
  const text = cleanTex(title).trim();
  const words = text.split(/\s+/);
  if (/[:?,!]/.test(text) || words.length < 2 || words.length > 5) return undefined;
  if (TITLE_VERB.test(text) || PREFIX_REJECT.test(text) || /^\w+ing\b/i.test(text)) return undefined;
  if (/\b(?:for|with|via|using|by|from|in|on|of|to|under|through|beyond|towards?|without|against|at|as)\b/i.test(text)) return undefined;
  if (!words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:and|or)$/.test(w) || isNameLike(w))) return undefined;
  return text;
}

/** Words that keep their capital in running text: languages, peoples, and names of people in terms. */
const PROPER =
  /^(?:Arabic|Chinese|English|Greek|German|Swiss|Spanish|French|Russian|Japanese|Korean|Hindi|Mandarin|Islamic|European|American|African|Asian|Bayesian|Markov|Gaussian|Shapley|Lie|Clifford|Fréchet|Rényi|Hessian|Euclidean|Riemannian|Boolean|Wasserstein|Fourier|Newton|Nash|Pareto|Monte|Carlo|Metropolis-Hastings|Transformer|Transformers)$/;

/** Whether the title itself spells out a name (used to score name candidates). */
export function titleMentions(title: string, name: string): boolean {
  return cleanTex(title).includes(name) || nameTokens(title).some((t) => t.name === name);
}
