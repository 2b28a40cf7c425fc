/**
 * The sentences of an abstract that carry its argument, each cut down to a clause that reads well
 * inside a question: the problem it starts from, what it contributes, how the method works, what it
 * finds, and who beats whom.
 */
import { nameTokens } from './names.ts';
import { figuresOf } from './figures.ts';
import { dropLeadIn, escapeRegExp, firstClause, lowerFirst, shorten, thirdPerson } from './text.ts';

export const CONTRIBUTION_VERB =
  /\b(?:we|this (?:paper|work|study|report|article|research)|here,? we|the authors)\s+(?:(?!that\b)\w+\s+){0,3}?(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|build|builds|built|release[sd]?|contribute[sd]?|construct(?:s|ed)?|curate[sd]?|create[sd]?|establish(?:es|ed)?|formulate[sd]?|devise[sd]?|offer(?:s|ed)?|put forward|describe[sd]?|augment(?:s|ed)?|extend(?:s|ed)?)\b/i;

const STRONG_PROBLEM =
  /\b(?:however|but|unfortunately|yet|despite|still|fail\w*|lack\w*|limited|limitation\w*|suffer\w*|overlook\w*|struggl\w*|hinder\w*|remains? (?:an? )?(?:open|challeng\w*|unclear|unsolved|difficult)|bottleneck|unclear|insufficient\w*|cannot|can't|falls? short|unqualified|gap|no [\w-]+(?: [\w-]+)? (?:is|are) available|not yet|poorly|inefficien\w*|missing|neglect\w*|ignor\w*|unreliable|inconsistent)\b/i;
const WEAK_PROBLEM = /\b(?:challeng\w*|difficult\w*|problem\w*|issue\w*|costly|expensive|risk\w*|slow|rarely|scarc\w*|understudied|under-explored|underexplored|unknown|vulnerab\w*|prone to|concern\w*)\b/i;

const FINDING_CUE =
  /^(?:[^,;]{0,100},\s*|(?:\w+,?\s+){0,3}?)(?:(?:we|they)\s+(?:\w+\s+){0,2}?(?:find|found|show|showed|reveal|revealed|observe|observed|demonstrate|demonstrated|discover|discovered|prove|confirm|confirmed|establish|suggest|argue|conclude)|(?:(?:our|the|these|experimental|empirical|extensive)\s+)?(?:results?|experiments?|analys[ie]s|evaluations?|findings?|evidence)\s+(?:\w+\s+){0,3}?(?:show|shows|showed|reveal|reveals|indicate|indicates|suggest|suggests|demonstrate|demonstrates|confirm|confirms))\b(?:\s+that)?\s+/i;

const MECHANISM_VERB =
  /\b(?:includes?|contains?|covers?|comprises?|spans?|provides?|offers?|supports?|enables?|allows?|uses?|using|employs?|leverag\w+|combin\w+|integrat\w+|consists? of|treats?|maps?|learns?|encod\w+|decompos\w+|replac\w+|splits?|generat\w+|incorporat\w+|aligns?|optimi[sz]\w+|projects?|trains?|filters?|selects?|prompts?|distil\w+|augment\w+|captures?|relies on|builds? on|extends?|applies|applying|recasts?|formulat\w+|design\w*|investigat\w+|collects?|clusters?|masks?|routes?|freez\w+|injects?|conditions? on|constrains?)\b/i;

/** Whether a sentence reports a finding ("we find that …", "results show …"), and where the finding starts. */
export function findingStart(sentence: string): number | undefined {
  const m = FINDING_CUE.exec(sentence);
  return m ? m[0].length : undefined;
}

/** The subject of a sentence like "Text is a ubiquitous component …" ("Text"), to stand in for a later "it". */
function subjectOf(sentence: string): string | undefined {
  const m = /^((?:[A-Z][\w-]*)(?:\s+[a-z][\w-]*){0,2})\s+(?:is|are|has|have|was|were|remains?|plays?|becomes?|offers?|provides?)\b/.exec(dropLeadIn(sentence));
  return m && !/^(?:It|This|These|They|There|We|Our|Such|That)\b/.test(m[1]!) ? m[1] : undefined;
}

/** A problem sentence cut down to a clause; `it` at the start is replaced by the previous sentence's subject. */
function problemClause(sentence: string, previous: string | undefined): { clause: string; vague: boolean } | undefined {
  let s = sentence;
  const turn = /[;,]\s*(?:however|but|yet)\b,?\s+/i.exec(s);
  if (turn && turn.index > 20) s = s.slice(turn.index + turn[0].length);
  s = dropLeadIn(s).replace(/,\s*(?:however|though|therefore|thus|in turn),\s*/gi, ' ');
  if (/^given\b[^,]*,\s*it is (?:essential|important|crucial|necessary)/i.test(s)) return undefined;
  s = s.replace(/^(?:despite|although|while|though|as|given)\b[^,]{0,120},\s*/i, '');
  s = s.replace(/^(?:we|they) (?:found|find|observe|observed|note|argue) that\s+/i, '');
  s = s.replace(/^(?:this (?:paper|work|study) (?:begins|starts) with the (?:premise|observation) that|we (?:posit|argue|contend|hypothesi[sz]e) that)\s+/i, '');
  s = dropLeadIn(s);
  let vague = false;
  if (/^it\s+(?:is|remains)\s+(?:still\s+)?(?:not\s+)?(?:unclear|clear|unknown|essential|difficult|hard|challenging|important|crucial|necessary|costly|expensive|impossible|infeasible)\b/i.test(s)) {
    // An expletive "it" ("it is unclear how …") reads fine on its own.
  } else if (/^it\s/i.test(s)) {
    const subject = previous && subjectOf(previous);
    if (!subject) return undefined;
    s = `${lowerFirst(subject)} ${s.slice(3)}`;
  } else if (/^(?:these|such|this|those|that)\s+(?=[a-z])/i.test(s)) {
    s = s.replace(/^(?:these|such|this|those|that)\s+/i, 'the ');
    vague = true;
  } else if (/^(?:this|these|they|its|their|that|there is|there are)\b/i.test(s)) return undefined;
  const clause = shorten(thirdPerson(s), 170, 40);
  if (!clause || clause.split(/\s+/).length < 6) return undefined;
  if (/\b(?:these|such|this|those) (?:issues|problems|challenges|concerns|limitations|process)\b/i.test(clause)) vague = true;
  if (clause.length < 90 && /\b(?:this|these|those|it|such)\b/i.test(clause)) vague = true;
  return { clause: lowerFirst(clause), vague };
}

/** The problem a paper starts from: a clause, or a noun phrase from "This paper addresses the problem of …". */
export function problemOf(sentences: readonly string[], contributionIndex: number): { clause?: string; phrase?: string } {
  // A paper that opens with "This paper introduces X" states its problem afterwards.
  const last = contributionIndex >= 2 ? contributionIndex : contributionIndex >= 0 ? Math.min(sentences.length - 1, contributionIndex + 3) : sentences.length - 1;
  let best: { clause: string; score: number } | undefined;
  for (let i = 0; i <= last; i++) {
    const sentence = sentences[i]!;
    const addresses = /^(?:this|the present|our|in this) (?:research )?(?:paper|work|study|article)[, ]+(?:we\s+)?(?:addresses|tackles|studies|investigates|considers|focuses on|address|tackle|study)\s+(?:the (?:challenge|problem|issue|task|question) of\s+)?(.+)$/i.exec(sentence);
    if (addresses && !/^(?:this|these|that|those|it)\b/i.test(addresses[1]!)) {
      const phrase = shorten(addresses[1]!, 150, 20);
      if (phrase) return { phrase };
    }
    if (CONTRIBUTION_VERB.test(sentence) && !/\b(?:however|but)\b/i.test(sentence.slice(0, sentence.search(CONTRIBUTION_VERB)))) continue;
    const found = findingStart(sentence);
    if (found !== undefined && !STRONG_PROBLEM.test(sentence.slice(found))) continue;
    const strong = STRONG_PROBLEM.test(sentence);
    // The authors describing their own approach ("Our approach incorporates …") is not a problem statement.
    if (!strong && /^(?:our|we|it|this (?:model|method|approach|framework|paper|work))\b/i.test(dropLeadIn(sentence))) continue;
    if (!strong && !WEAK_PROBLEM.test(sentence)) continue;
    const cut = problemClause(sentence, sentences[i - 1]);
    if (!cut) continue;
    const score = (strong ? 3 : 1) + (nameTokens(cut.clause).length > 0 ? 1 : 0) - (cut.vague ? 2 : 0) + (i > 0 ? 0.5 : 0);
    if (!best || score > best.score) best = { clause: cut.clause, score };
  }
  return best && best.score >= 1 ? { clause: best.clause } : {};
}

/**
 * What the contribution sentence says the paper contributes: the words after "we propose", with
 * "a method called DRO (…) for …" turned into "DRO (…), a method for …".
 */
export function contributionOf(sentence: string | undefined): string | undefined {
  if (!sentence) return undefined;
  const verb = CONTRIBUTION_VERB.exec(sentence);
  if (!verb) return undefined;
  let object = sentence.slice(verb.index + verb[0].length).trim().replace(/^and\s+\w+\s+/i, '');
  const called = /^(an?\s+(?:[\w-]+\s+){0,5}?[\w-]+),?\s+(?:called|named|termed|dubbed)\s+(\S+(?:\s\([^)]{2,80}\))?),?\s*(.*)$/i.exec(object);
  if (called) object = `${called[2]}, ${called[1]}${called[3] ? ` ${called[3]}` : ''}`;
  const clause = shorten(thirdPerson(object), 150, 20);
  if (!clause) return undefined;
  const content = clause.split(/\s+/).filter((w) => !/^(?:a|an|the|new|novel|simple|effective|efficient|method|approach|framework|model|technique|strategy|unsupervised|supervised|data|selection|and|of|for|to)$/i.test(w));
  return content.length >= 3 ? clause : undefined;
}

/** How the method works: a sentence with the method (or "it") doing something, or the "by …" of the contribution. */
export function mechanismOf(sentences: readonly string[], contributionIndex: number, name: string | undefined): string | undefined {
  const things = 'method|approach|model|framework|system|algorithm|encoder|engine|architecture|platform|tool|toolkit|library|dataset|benchmark|corpus|pipeline|queries|questions|items';
  const label = `(?:${name ? `${escapeRegExp(name)}|` : ''}It|The (?:proposed )?(?:${things})|Our (?:${things})|This (?:${things}))`;
  const subject = new RegExp(`^${label}\\b`);
  const start = Math.max(0, contributionIndex);
  const usable = (s: string) => figuresOf(s).length === 0 && findingStart(s) === undefined;
  for (let i = start; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (!usable(sentence)) continue;
    const s = dropLeadIn(sentence);
    const by = /^By ([^,]{15,140}),\s*(.+)$/.exec(s);
    if (by && i >= start) {
      const who = name ?? 'the method';
      return thirdPerson(`${who} works by ${by[1]!.replace(/^(?:using|leveraging|applying)\s+/i, (v) => v.toLowerCase())}`);
    }
    if (i !== contributionIndex && subject.test(s) && MECHANISM_VERB.test(s)) {
      const clause = shorten(thirdPerson(firstClause(s.replace(/^It\b/, name ?? 'It'))), 170, 40);
      if (clause) return clause;
    }
  }
  for (let i = 0; i < sentences.length; i++) {
    const s = dropLeadIn(sentences[i]!);
    if (!usable(s) || i === contributionIndex) continue;
    const cast = /^we\s+(?:\w+\s+){0,12}?and\s+((?:formulate|cast|frame|model|treat|reformulate)\s+it\s+as\s+.+)$/i.exec(s);
    if (cast) {
      const clause = shorten(`they ${cast[1]!.replace(/\s+it\s+as\s+/i, ' the problem as ')}`, 170, 30);
      if (clause) return thirdPerson(clause);
    }
    if (/^we\s+(?:\w+ly\s+)?(?:investigate|study|examine|explore|analy[sz]e)\s+(?:how|whether|what|which|why|if)\b/i.test(s)) continue;
    if (/^we\s+(?:\w+ly\s+)?(?:design|use|train|formulate|augment|combine|leverage|treat|incorporate|investigate|model|cast|frame|encode|collect|cluster|apply|employ|adopt|exploit|fine-tune|finetune|prompt|build|construct|generalize|recast|integrate|extract|project|introduce an?|first)\b/i.test(s) && MECHANISM_VERB.test(s)) {
      const clause = shorten(thirdPerson(firstClause(s)), 170, 40);
      if (clause) return clause;
    }
  }
  const contribution = sentences[contributionIndex];
  const how = contribution && /\b(?:by|through|via)\s+(?:using|leveraging|combining|treating|learning|exploiting|applying|integrating|incorporating|mapping|adding|replacing|maximi[sz]ing|minimi[sz]ing|optimi[sz]ing|clustering|prompting|training|conditioning)\b[^.;]+/i.exec(contribution);
  const clause = how ? shorten(thirdPerson(how[0]), 150, 20) : undefined;
  return clause ? `${name ?? 'the approach'} works ${clause}` : undefined;
}

/** The parts a paper enumerates, and what it calls them ("techniques", "ways"). */
export interface Components {
  noun: string;
  items: string[];
}

/** The head phrase of an enumerated part: "an FP4 quantization method termed M0E4 to reduce …" → "an FP4 quantization method termed M0E4". */
function headOf(part: string, byClause: boolean): string {
  const text = part
    .trim()
    .replace(/^(?:and\s+|or\s+)?(?:we|they)\s+(?:\w+\s+)?(?:propose|introduce|present|use|design)\s+/i, '')
    .replace(/^(?:and\s+|or\s+)?by\s+/i, '');
  // "by using text to supplement a multiple imputation procedure, we improve …": the "by" part is the head.
  const cut = byClause ? text.split(/,\s/)[0]! : text.split(/\s+(?:to|for|that|which|so that|in order to|by)\s+|[;,.:]\s|\s(?:and|or)$/)[0]!;
  return cut.replace(/[;,.:]$/, '').trim();
}

/**
 * The parts a paper lists as "(a) …; (b) …" or "(1) … (2) …", or as "in three ways: by …; by …;
 * and by …", each cut to its head phrase.
 */
export function componentsOf(text: string): Components | undefined {
  const marks = [...text.matchAll(/\((?:[a-e]|[1-5]|i{1,3}|iv|v)\)\s*/g)];
  let items: string[] = [];
  let noun = 'pieces';
  if (marks.length >= 2) {
    const before = text.slice(0, marks[0]!.index);
    noun = /\b(?:two|three|four|five|several)\s+(?:[\w-]+\s+)?(techniques|components|modules|steps|stages|strategies|contributions|ways|parts|ideas|methods)\s*:?\s*$/i.exec(before)?.[1]?.toLowerCase() ?? 'pieces';
    items = marks.map((m, i) => headOf(text.slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length), false));
  } else {
    const listed = /\b(two|three|four|five)\s+(ways|steps|stages|components|techniques|strategies)\s*:\s*([^.]+)/i.exec(text);
    if (!listed) return undefined;
    noun = listed[2]!.toLowerCase();
    items = listed[3]!.split(/;\s*/).map((p) => headOf(p, /^(?:and\s+)?by\s/i.test(p.trim())));
    if (items.length !== ['two', 'three', 'four', 'five'].indexOf(listed[1]!.toLowerCase()) + 2) return undefined;
  }
  if (items.length < 2 || items.length > 5 || items.some((p) => p.split(/\s+/).length < 2 || p.split(/\s+/).length > 10)) return undefined;
  return { noun, items: items.map(thirdPerson) };
}

/** A finding: a clause ("many languages transfer …"), or a noun phrase when the abstract has no "that". */
export interface Finding {
  text: string;
  /** False for "we observe notable reductions in …" (a noun phrase follows the verb). */
  clause: boolean;
}

/** The findings an abstract states ("they find that …", "existing methods fail to …"). */
export function findingsOf(sentences: readonly string[], from: number): Finding[] {
  const findings: Finding[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const m = FINDING_CUE.exec(sentence);
    let text: string | undefined;
    let clause = true;
    const showing = m ? undefined : /\b(?:by )?showing that\s+/i.exec(sentence);
    if (showing) text = shorten(thirdPerson(sentence.slice(showing.index + showing[0].length)), 170, 40);
    else if (m) {
      text = shorten(thirdPerson(sentence.slice(m[0].length)), 170, 40);
      clause = /\bthat\s+$/i.test(m[0]) || /\b(?:is|are|was|were|can|could|do|does|did|has|have|had|will|would|may|might|must|should|improves?|outperforms?|reduces?|increases?|achieves?|exhibits?|leads?|transfers?|suffers?|fails?|remains?|helps?|hurts?|matches?|shows?|yields?|performs?|depends?|correlates?)\b/i.test(text ?? '');
    } else if (i > from && /\b(?:fail(?:s|ed)? to|struggles? (?:to|with)|still suffers?|cannot|do(?:es)? not (?:improve|help|transfer|generalize))\b/i.test(sentence)) {
      text = shorten(thirdPerson(dropLeadIn(sentence)), 170, 40);
    }
    if (text && text.split(/\s+/).length >= 5 && !/^(?:how|that|the effectiveness of|its effectiveness)\b/i.test(text)) findings.push({ text: lowerFirst(text), clause });
  }
  return findings;
}

/** The question the paper says it asks: "… whether the fixed number of Transformer layers affects …". */
export function researchQuestionOf(sentences: readonly string[]): { word: string; text: string } | undefined {
  // An abstract that asks its question outright: "What makes a representation good for text classification?"
  const asked = sentences.find((s) => /\?$/.test(s) && s.split(/\s+/).length >= 5 && s.length <= 170);
  if (asked) return { word: '', text: thirdPerson(asked.replace(/\?$/, '?')) };
  for (const sentence of sentences) {
    const m = /\b(whether|if|how|what|which|why)\s+([^.;]{20,160}?)(?:\s+and\s+(?:whether|how|if)\b|[.;]|,\s+(?:and|but|we|which)\b|$)/i.exec(sentence);
    if (m && /\b(?:ask|asks|question|consider|consideration|investigat\w*|examin\w*|explor\w*|study|studies|test|tests|probe|probes|wonder|analy[sz]e|understand)\s+(?:(?:the\s+)?(?:question|extent)\s+)?(?:of\s+)?$/i.test(sentence.slice(0, m.index))) {
      return { word: m[1]!.toLowerCase(), text: thirdPerson(m[2]!.trim()) };
    }
  }
  return undefined;
}

/** "The first model to achieve human-expert performance on MMLU": the abstract's claims to be first. */
export function firstClaimOf(sentences: readonly string[]): string | undefined {
  for (const sentence of sentences) {
    const m = /\b(?:the\s+)?first(?:-ever)?\s+(?:model|method|system|work|approach|attempt|benchmark|dataset|study|framework|algorithm|time)\b[^,.;]{10,120}/i.exec(sentence);
    if (m) return thirdPerson(m[0].replace(/^the\s+/i, ''));
  }
  return undefined;
}

/** A head-to-head result ("LLaMA outperforms ChatGPT …"). */
export function comparisonOf(sentences: readonly string[], name: string | undefined): { winner: string; loser: string; clause: string } | undefined {
  for (const sentence of sentences) {
    const s = dropLeadIn(sentence.replace(/^(?:we|they) (?:find|found|show|observe) that\s+/i, ''));
    const m = /^(.{0,140}?)\s+(?:outperforms?|outperforming|beats?|surpass(?:es)?|exceeds?|is superior to|are superior to|performs? better than|perform better than)\s+(.{0,140}?)(?:\s+(?:in|on|by|across|for|while|under)\b|[,.;]|$)/i.exec(s);
    if (!m) continue;
    const winner = nameTokens(m[1]!).at(-1)?.name ?? (name && m[1]!.includes(name) ? name : undefined);
    const loserName = nameTokens(m[2]!)[0]?.name;
    const loser = loserName ?? (/\b(?:state[- ]of[- ]the[- ]art|existing|previous|prior|competitive|strong|baselines?)\b/i.test(m[2]!) ? shorten(m[2]!.replace(/^the\s+/i, ''), 60, 10) : undefined);
    if (winner && loser && winner !== loser) {
      return { winner, loser, clause: shorten(thirdPerson(s), 170, 40) ?? thirdPerson(s) };
    }
  }
  return undefined;
}
