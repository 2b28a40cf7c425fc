/**
 * Starter questions from a chat model: the prompt that asks for them and the parser that reads them
 * back (a JSON array, or a numbered list when a model ignores the format).
 */
import type { BodyLocale } from '../paper-body.ts';
import { UserError } from '../errors.ts';
import type { QuestionPaper } from './extract.ts';
import { chatComplete, type ChatEndpoint, type ChatMessage } from './llm-client.ts';
import { MAX_QUESTIONS, MIN_QUESTIONS } from './generate.ts';
import { safeInline } from './text.ts';

const LANGUAGE: Record<BodyLocale, string> = { en: 'English', 'zh-CN': 'Simplified Chinese' };

/** The messages that ask for questions about one paper. */
export function questionsPrompt(paper: QuestionPaper, locale: BodyLocale, known: readonly { id: string; title: string }[] = []): ChatMessage[] {
  const fields = [
    `Title: ${paper.title}`,
    paper.titleZh ? `Chinese title: ${paper.titleZh}` : '',
    paper.summaryEn ? `Summary: ${paper.summaryEn}` : '',
    paper.summaryZh ? `Chinese summary: ${paper.summaryZh}` : '',
    paper.abstract ? `Abstract${paper.abstractTruncated ? ' (cut short)' : ''}: ${paper.abstract}` : '',
    paper.abstractZh ? `Chinese abstract: ${paper.abstractZh}` : '',
    known.length ? `Papers the group has already read or listed:\n${known.map((k) => `- ${k.title} (${k.id})`).join('\n')}` : '',
  ].filter(Boolean);
  return [
    {
      role: 'system',
      content:
        'You help a research group prepare its weekly paper-reading session. You write discussion questions that a thoughtful member would ask about one specific paper: about the problem it claims, the method or model it names, the evidence it cites (benchmarks, datasets, figures), its assumptions and limits, and how it relates to other work. Every question must name something specific to this paper. No generic questions, no yes/no questions, no numbering inside the text.',
    },
    {
      role: 'user',
      content: `${fields.join('\n\n')}\n\nWrite ${MIN_QUESTIONS} to ${MAX_QUESTIONS} discussion questions in ${LANGUAGE[locale]}. Answer with a JSON array of strings and nothing else.`,
    },
  ];
}

/** Questions from a model's answer: a JSON array (also inside a ```json fence or `{ "questions": [...] }`), else list lines. */
export function parseQuestions(answer: string): string[] {
  const text = answer.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text)?.[1] ?? text;
  let items: unknown[] | undefined;
  const arrayText = /\[[\s\S]*\]/.exec(fenced)?.[0];
  for (const candidate of [fenced, arrayText]) {
    if (!candidate || items) continue;
    try {
      const data = JSON.parse(candidate) as unknown;
      if (Array.isArray(data)) items = data;
      else if (data && typeof data === 'object' && Array.isArray((data as { questions?: unknown }).questions)) items = (data as { questions: unknown[] }).questions;
    } catch {
      // Not JSON; try the next form.
    }
  }
  const raw = items
    ? items.map((i) => (typeof i === 'string' ? i : typeof i === 'object' && i && 'question' in i ? String((i as { question: unknown }).question) : ''))
    : fenced
        .split(/\r?\n/)
        .map((l) => /^\s*(?:\d{1,2}[.)、]|[-*•])\s+(.+)$/.exec(l)?.[1] ?? (/[?？]\s*$/.test(l) ? l : ''));
  const seen = new Set<string>();
  return raw
    .map((q) => safeInline(q.replace(/^\s*(?:\d{1,2}[.)、]|[-*•])\s+/, '').replace(/\*\*/g, '').replace(/^(?:question|问题)\s*\d*\s*[:：]\s*/i, '')))
    .filter((q) => q.length >= 10 && !seen.has(q) && seen.add(q))
    .slice(0, MAX_QUESTIONS);
}

/** Asks the endpoint for questions about one paper; a {@link UserError} when it gives fewer than four. */
export async function llmQuestions(
  endpoint: ChatEndpoint,
  paper: QuestionPaper,
  locale: BodyLocale,
  options: { known?: readonly { id: string; title: string }[]; fetch?: typeof fetch } = {},
): Promise<string[]> {
  const answer = await chatComplete(endpoint, questionsPrompt(paper, locale, options.known), options.fetch ? { fetch: options.fetch } : {});
  const questions = parseQuestions(answer);
  if (questions.length < MIN_QUESTIONS) {
    throw new UserError(`${endpoint.url}: model "${endpoint.model}" gave ${questions.length} usable question${questions.length === 1 ? '' : 's'} for ${paper.id}; expected ${MIN_QUESTIONS} to ${MAX_QUESTIONS} (as a JSON array of strings)`);
  }
  return questions;
}
