/**
 * `npm run questions`: starter discussion questions for papers, offline or from a language model.
 */
import { defineCommand } from 'citty';
import { contentArg } from './args.ts';
import { renderHelp, runCommandLine } from './command.ts';
import { UserError } from '../domain/errors.ts';
import { contentPaths } from '../files/content-paths.ts';
import { loadGroupIfAny } from '../files/load-group.ts';
import type { BodyLocale } from '../domain/paper-body.ts';
import { DEFAULT_CONCURRENCY, endpointFromEnv, ENV_BASE, ENV_CONCURRENCY, ENV_KEY, ENV_MODEL, ENV_MODEL_TIMEOUT, GITHUB_MODELS_BASE } from '../net/llm-client.ts';
import { formatQuestionsReport, runQuestions, type QuestionsOptions } from '../files/questions/run-questions.ts';
import { withContentLock } from '../files/content-lock.ts';

export const questionsCommand = defineCommand({
  meta: {
    name: 'questions',
    description: 'Write starter discussion questions into paper files (content/papers/).',
    usage: ['<arXiv id>... [options]', '--all [options]'],
    notes: `A paper whose "Discussion questions" section is empty gets starter questions about its own
problem, method, evidence and limits. Starter questions carry a marker; once a person edits one,
it is theirs: no run of this command (or of the import) changes or removes it.

Generator: the built-in offline generator, unless ${ENV_BASE} is set; then an OpenAI-compatible
chat endpoint is asked instead:
  ${ENV_BASE}        base URL, e.g. http://localhost:11434/v1 (Ollama), http://localhost:8080/v1
                            (llama.cpp), https://api.openai.com/v1, ${GITHUB_MODELS_BASE} (GitHub Models)
  ${ENV_MODEL}       model name, e.g. llama3.1:8b, gpt-4o-mini, openai/gpt-4.1-mini (required with a base URL)
  ${ENV_KEY}         API key, sent as a Bearer token (local servers need none)
  ${ENV_MODEL_TIMEOUT}  how long to wait for one answer (default 60000)
  ${ENV_CONCURRENCY} how many papers to ask about at once (default ${DEFAULT_CONCURRENCY})
The model's questions must pass the same checks as the built-in ones (language, numbers, names and
quotes found in the paper, no duplicates); an answer that fails gets one repair round, then the
paper falls back to the built-in generator. Each paper is written as soon as it is done.`,
    examples: [
      'npm run questions -- 2403.08258 --dry-run',
      'npm run questions -- --all',
      'QUESTIONS_API_BASE=http://localhost:11434/v1 QUESTIONS_API_MODEL=llama3.1:8b npm run questions -- 2403.08258 --force',
    ],
  },
  args: {
    ids: { type: 'positional', multiple: true, required: false, valueHint: 'arXiv id', description: 'the papers to write questions for' },
    all: { type: 'boolean', description: 'every paper (only those with an empty questions section change)' },
    force: { type: 'boolean', description: 'also regenerate starter questions nobody has edited' },
    offline: { type: 'boolean', description: `use the built-in generator even when ${ENV_BASE} is set` },
    'dry-run': { type: 'boolean', description: 'print the questions; write nothing' },
    locale: { type: 'enum', options: ['en', 'zh-CN'], description: 'language of the questions (default: locale in content/group.yaml)' },
    content: contentArg,
  },
});

if (import.meta.main) {
  await runCommandLine(questionsCommand, async (values) => {
    if (values.ids.length === 0 && !values.all) throw new UserError(`give at least one paper id, or --all\n\n${renderHelp(questionsCommand)}`, 2);
    const paths = contentPaths(values.content);
    const locale: BodyLocale = values.locale ?? loadGroupIfAny(paths.group)?.locale ?? 'en';
    const endpoint = values.offline ? undefined : endpointFromEnv();
    const dryRun = values['dry-run'];
    const options: QuestionsOptions = {
      ids: values.ids,
      all: values.all,
      force: values.force,
      dryRun,
      contentDir: values.content,
      locale,
      ...(endpoint ? { endpoint } : {}),
      onRetry: ({ id, waitMs, error }) => process.stderr.write(`note: ${id}: ${error.message}; asking again in ${Math.round(waitMs / 1000)} s\n`),
    };
    const report = await withContentLock(values.content, 'questions', () => runQuestions(options), { dryRun });
    console.log(formatQuestionsReport(report, { dryRun, showQuestions: dryRun }));
    if (report.stopped) {
      const written = report.papers.filter((p) => p.action !== 'kept').length;
      throw new UserError(`${report.stopped}\n(${written} paper${written === 1 ? ' was' : 's were'} ${dryRun ? 'done' : 'written'} before the run stopped; the papers not reached are unchanged)`);
    }
    return 0;
  });
}
