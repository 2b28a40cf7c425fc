/**
 * The Chinese side of a paper's facts, for questions in zh-CN: the same roles as the English facts
 * (problem, contribution, mechanism, findings, the sentence behind a figure) read from the Chinese
 * abstract and summary, so that questions can quote the group's own language.
 */
import type { QuestionPaper } from './extract.ts';
import { isNameLike } from './names.ts';
import { sentencesZh, shortenZh } from './text.ts';

export interface ZhFacts {
  /** The Chinese title, or empty. */
  title: string;
  /** The Chinese title's descriptive part, short enough to name the paper in a question. */
  topic: string;
  problem?: string;
  contribution?: string;
  mechanism?: string;
  findings: string[];
  /** The summary (一句话总结), shortened. */
  summary?: string;
  /** The abstract's sentences (without a cut-off last one). */
  sentences: string[];
}

export const PROBLEM_ZH = /然而|不幸|负荷|开销|低效|效率低|但是|但|却|不足|挑战|困难|难以|局限|限制|缺乏|缺少|未能|无法|忽略|忽视|阻碍|瓶颈|尚不清楚|不清楚|尚未|很少|成本高|昂贵|不够|较慢|缓慢|漏洞/;
const CONTRIBUTION = /(?:我们|本文|本研究|该研究|这项工作|作者|本报告)[^，。]{0,8}?(?:提出|引入|介绍|推出|构建|开发|设计)了?/;
const FINDING = /(?:我们|作者|结果|实验|研究|分析)[^，。]{0,12}?(?:发现|表明|显示|揭示|证明|观察到)(?:了)?[，,：:]?/;
const LEAD = /^(?:不幸的是|遗憾的是|然而|但是|但|此外|另外|因此|为此|同时|首先|其次|最后|总的来说|总体来说|具体而言|具体来说|特别是|尤其是|相反|基于此|受此启发|在这项工作中|在本文中|本文中|在此|这里)[，,]?\s*/;

/** Third person for the authors: 我们 → 作者. */
export function authorsZh(text: string): string {
  return text.replace(/我们的/g, '作者的').replace(/我们/g, '作者');
}

function clean(sentence: string): string {
  let s = sentence.trim().replace(/[。；！？]$/, '');
  for (let i = 0; i < 3; i++) s = s.replace(LEAD, '').replace(/^(?:尽管|虽然|鉴于)[^，]{0,40}，/, '');
  return authorsZh(s.trim());
}

/** Reads the Chinese facts; every field may be missing when the digest had no Chinese abstract. */
export function extractZh(paper: QuestionPaper): ZhFacts {
  const sentences = sentencesZh(paper.abstractZh ?? '', paper.abstractZhTruncated ?? false);
  const title = (paper.titleZh ?? '').trim();
  const colon = /^([^：:]{1,30})[：:]\s*(.+)$/.exec(title);
  const topicRaw = colon ? (colon[1]!.length <= 12 ? colon[2]! : colon[1]!) : title;
  const topic = topicRaw.length <= 30 ? topicRaw : `${topicRaw.slice(0, 28)}…`;
  const contributionAt = sentences.findIndex((s) => CONTRIBUTION.test(s));
  const facts: ZhFacts = { title, topic, findings: [], sentences };

  for (let i = 0; i < sentences.length && (contributionAt < 0 || i <= contributionAt); i++) {
    if (!PROBLEM_ZH.test(sentences[i]!) || (i === contributionAt && !/然而|但/.test(sentences[i]!))) continue;
    const clause = shortenZh(clean(sentences[i]!), 70, 8);
    if (clause && clause.length >= 10 && !/^(?:这|它|其|这些|此)/.test(clause)) {
      facts.problem = clause;
      break;
    }
  }
  const contribution = sentences[contributionAt];
  if (contribution) {
    const m = CONTRIBUTION.exec(contribution)!;
    const after = contribution.slice(m.index + m[0].length);
    const clause = shortenZh(authorsZh(after.replace(/^[，,：:]/, '')), 60, 8);
    if (clause && clause.length >= 6) facts.contribution = clause;
  }
  for (let i = Math.max(0, contributionAt + 1); i < sentences.length; i++) {
    const s = clean(sentences[i]!);
    if (/\d/.test(s) || FINDING.test(s)) continue;
    if (/^(?:该方法|该模型|该框架|它|作者的方法|这种方法|通过|[A-Za-z][\w$\\{}-]*(?:使用|利用|采用|将|通过|包括|包含))/.test(s) || /(?:使用|利用|采用|结合|通过)/.test(s.slice(0, 12))) {
      const clause = shortenZh(s, 70, 10);
      if (clause) {
        facts.mechanism = clause;
        break;
      }
    }
  }
  for (const sentence of sentences) {
    const m = FINDING.exec(sentence);
    if (!m || /\d/.test(sentence)) continue;
    const clause = shortenZh(authorsZh(sentence.slice(m.index + m[0].length).replace(/^[，,：:]/, '')), 70, 10);
    if (clause && clause.length >= 8) facts.findings.push(clause);
  }
  const summary = shortenZh(authorsZh((paper.summaryZh ?? '').trim()), 80, 10);
  if (summary) facts.summary = summary;
  return facts;
}

/** The Chinese sentence that carries a figure (by its number), shortened around it. */
export function zhSentenceWith(z: ZhFacts | undefined, pattern: RegExp): string | undefined {
  if (!z) return undefined;
  const sentence = z.sentences.find((s) => pattern.test(s));
  if (!sentence) return undefined;
  const s = clean(sentence);
  if (s.length <= 80) return s;
  const at = s.search(pattern);
  // From the first boundary at most 60 characters before the figure to the first one after it.
  const boundaries = [...s.matchAll(/[，；：]/g)].map((m) => m.index);
  const start = (boundaries.find((b) => b < at && at - b <= 60) ?? -1) + 1;
  const end = boundaries.find((b) => b > at) ?? s.length;
  const piece = s.slice(start, end);
  return piece.length <= 90 ? piece : undefined;
}

/**
 * The Chinese sentence that says what an English clause says, found by the names and numbers the
 * two share ("Skipformer", "CTC", "31"); undefined when none is shared.
 */
export function zhCounterpart(z: ZhFacts | undefined, clause: string | undefined, prefer?: RegExp): string | undefined {
  if (!z || !clause) return undefined;
  const words = clause.match(/[A-Za-z][\w$.+-]*[\w+]|\d+(?:\.\d+)?/g) ?? [];
  const tokens = [...new Set(words.filter((w) => /\d/.test(w) || isNameLike(w) || (/^[A-Z][a-z]{2,}/.test(w) && !/^(?:The|This|These|That|We|Our|It|Its|In|On|For|By|With|However|They|Their|A|An)$/.test(w))))];
  if (tokens.length === 0) return undefined;
  // A token found in many sentences (LLM, CTC) says little about which one is meant.
  const weight = (t: string) => 1 / Math.max(1, z.sentences.filter((s) => s.includes(t)).length);
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of z.sentences) {
    const hits = tokens.filter((t) => sentence.includes(t));
    const score = hits.reduce((sum, t) => sum + weight(t), 0) + (hits.length > 0 && prefer?.test(sentence) ? 0.5 : 0);
    if (hits.length > 0 && (!best || score > best.score)) best = { sentence, score };
  }
  if (!best || best.score < 0.5) return undefined;
  const s = clean(best.sentence);
  return s.length <= 90 ? s : shortenZh(s, 90, 10);
}
