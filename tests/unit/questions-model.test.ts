/**
 * The model path of `npm run questions` and of the import (writeModelQuestions), against a scripted
 * chat server on 127.0.0.1: answers in the wrong language, invented figures and papers, chat instead
 * of JSON, JSON cut short, duplicates, timeouts, 429 with Retry-After, 503, a refused key, and a run
 * killed halfway. Waits between retries are injected, so nothing here waits for a clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chatCompletionsUrl, type ChatEndpoint } from '../../src/net/llm-client.ts';
import { askModel, validateQuestions } from '../../src/net/llm-questions.ts';
import { formatQuestionsReport, runQuestions, writeModelQuestions } from '../../src/files/questions/run-questions.ts';
import { runImport } from '../../src/files/import/run-import.ts';
import { parsePaperBody, type PaperQuestion } from '../../src/domain/paper-body.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { SEED_DIGEST, shippedWithoutQuestions, snapshot, tempContent } from '../helpers/content.ts';
import { startFakeChat, type ChatRequest, type FakeChat, type Reply } from '../helpers/fake-chat-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SKIPFORMER = 'Skipformer: A Skip-and-Recover Strategy for Efficient Speech Recognition';
const LITE = 'Transformer-Lite: High-efficiency Deployment of Large Language Models on Mobile Phone GPUs';
const SAFE = 'Developing Safe and Responsible Large Language Models -- A Comprehensive Framework';
const IDS = { [SKIPFORMER]: '2403.08258', [LITE]: '2403.20041', [SAFE]: '2404.01399' } as const;

let chat: FakeChat | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function serve(answer: (request: ChatRequest) => Reply | Promise<Reply>): Promise<FakeChat> {
  chat = await startFakeChat(answer);
  return chat;
}

function endpoint(base: string, extra: Partial<ChatEndpoint> = {}): ChatEndpoint {
  return { url: chatCompletionsUrl(base), model: 'test-model', timeoutMs: 5000, concurrency: 3, ...extra };
}

/** Three questions that pass every check for any paper: only its title is quoted, nothing else named. */
function good(title: string): string[] {
  return [
    `Which assumption behind “${title}” would you test first, and how?`,
    'What would a sceptic need to see before accepting the main claim of this paper?',
    'Where would the approach most likely break down outside the settings the authors studied?',
  ];
}

const json = (questions: readonly string[]): Reply => ({ content: JSON.stringify(questions) });

function items(dir: string, id: string): PaperQuestion[] {
  const path = join(dir, 'papers', `${id}.md`);
  return parsePaperBody(readFrontmatter(readFileSync(path, 'utf8'), path).body).questionItems;
}

function fileText(dir: string, id: string): string {
  return readFileSync(join(dir, 'papers', `${id}.md`), 'utf8');
}

/** A paper file's bytes as `snapshot` holds them (latin1), to compare with a snapshot taken before. */
function fileBytes(dir: string, id: string): string {
  return readFileSync(join(dir, 'papers', `${id}.md`), 'latin1');
}

/** A sleep that only records how long it was asked to wait. */
function recorder(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
}

describe('an invalid answer never reaches a file', () => {
  it('wrong language and chat fall back after one repair round; invented figures are repaired', async () => {
    const chinese = ['Skipformer为什么能把输入序列长度减少31倍？', '在Librispeech语料库上减少22倍的原因是什么？', '关键组和跳过组是如何划分的？'];
    const invented = ['Does Transformer-Lite keep 97.3% of the accuracy of the cloud model?', ...good(LITE).slice(0, 2)];
    const server = await serve((r) => {
      if (r.title === SKIPFORMER) return json(chinese);
      if (r.title === LITE) return r.repair ? json(good(LITE)) : json(invented);
      return { content: 'Sure! Here are some great questions you could discuss:\n\n1. What is the framework?\n2. Is it safe?' };
    });
    const dir = shippedWithoutQuestions();
    const report = await runQuestions({ ids: Object.values(IDS), contentDir: dir, endpoint: endpoint(server.base) });

    // Each paper was asked once and repaired once, never more.
    for (const title of [SKIPFORMER, LITE, SAFE]) expect(server.about(title).map((r) => r.repair)).toEqual([false, true]);
    const repairSkip = server.about(SKIPFORMER)[1]!.messages;
    expect(repairSkip.at(-2)).toEqual({ role: 'assistant', content: JSON.stringify(chinese) });
    expect(repairSkip.at(-1)!.content).toMatch(/wrong-language/);
    expect(repairSkip.at(-1)!.content).toMatch(/JSON array of 3 to 5 strings/);
    expect(server.about(LITE)[1]!.messages.at(-1)!.content).toMatch(/unsupported-number \("97\.3%" is not in the paper's text\)/);
    expect(server.about(SAFE)[1]!.messages.at(-1)!.content).toMatch(/not a JSON array of strings/);

    const byId = new Map(report.papers.map((p) => [p.id, p]));
    expect(byId.get(IDS[SKIPFORMER])).toMatchObject({ action: 'filled', source: 'offline', fallback: { kind: 'invalid-questions', flags: { 'wrong-language': 6 } } });
    expect(byId.get(IDS[LITE])).toMatchObject({ action: 'filled', source: 'model', repaired: true, questions: good(LITE) });
    expect(byId.get(IDS[SAFE])).toMatchObject({ action: 'filled', source: 'offline', fallback: { kind: 'unusable-answer' } });

    expect(items(dir, IDS[LITE]).map((q) => q.text)).toEqual(good(LITE));
    for (const id of [IDS[SKIPFORMER], IDS[SAFE]]) {
      const written = items(dir, id);
      expect(written.length).toBeGreaterThanOrEqual(1);
      expect(written.every((q) => q.starter)).toBe(true);
    }
    const all = Object.values(IDS)
      .map((id) => fileText(dir, id))
      .join('\n');
    for (const bad of [...chinese, invented[0]!, 'What is the framework?', '97.3%']) expect(all).not.toContain(bad);

    expect(report.model).toMatchObject({ asked: 3, used: 1, repaired: 1, fellBack: { 'request-failed': 0, 'unusable-answer': 1, 'invalid-questions': 1 } });
    const summary = formatQuestionsReport(report);
    expect(summary).toMatch(
      /Model test-model \(http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions\): questions for 1 of 3 papers asked \(1 after the repair round\); 2 fell back to the offline generator:/,
    );
    expect(summary).toMatch(/1 whose questions failed the checks \([^)]*wrong-language ×6/);
    expect(summary).toMatch(/1 whose answer was not a JSON array of questions/);
    expect(summary).toMatch(/fell back: 2403\.08258, 2404\.01399/);
    expect(summary).toMatch(/2403\.20041: wrote 3 starter questions from the model \(after the repair round\)/);
  });

  it('drops a question naming a paper it was not offered, and keeps the valid rest', async () => {
    const answer = ['How does Skipformer compare with Whisper-Tiny (2212.04356) on noisy speech?', ...good(SKIPFORMER)];
    const server = await serve(() => json(answer));
    const dir = shippedWithoutQuestions();
    const report = await runQuestions({ ids: [IDS[SKIPFORMER]], contentDir: dir, endpoint: endpoint(server.base) });
    expect(server.requests).toHaveLength(2);
    expect(report.papers[0]).toMatchObject({ source: 'model', dropped: 1, questions: good(SKIPFORMER) });
    expect(fileText(dir, IDS[SKIPFORMER])).not.toContain('Whisper');
  });

  it('accepts a paper that was offered, by its title and id, and no other', () => {
    const paper = { id: IDS[SKIPFORMER], title: SKIPFORMER, abstract: 'Skipformer reduces the input sequence length by 31 times on Aishell-1.' };
    const related = [{ id: IDS[LITE], title: LITE }];
    const offered = `Does Skipformer’s skipping carry over to “${LITE}” (2403.20041)?`;
    const other = `Does Skipformer’s skipping carry over to “Gemini: A Family of Highly Capable Multimodal Models” (2312.11805)?`;
    expect(validateQuestions([offered], paper, 'en', related)).toEqual({ valid: [offered], rejected: [] });
    const { rejected } = validateQuestions([other], paper, 'en', related);
    expect(rejected[0]!.hits.map((h) => h.flag)).toEqual(expect.arrayContaining(['misquote', 'unsupported-number']));
    expect(validateQuestions([offered], paper, 'en').rejected).toHaveLength(1);
  });

  it('repairs JSON cut short, and gives up on duplicates', async () => {
    const cut = `["${good(SKIPFORMER)[0]!.replace(/"/g, '\\"')}", "How do the`;
    const same = [
      'Why does Skipformer skip frames using the intermediate CTC output?',
      'Why does Skipformer skip frames using intermediate CTC output?',
      'Why does Skipformer skip the frames using the intermediate CTC output?',
    ];
    const server = await serve((r) => {
      if (r.title === SKIPFORMER) return r.repair ? json(good(SKIPFORMER)) : { content: cut, finishReason: 'length' };
      return json(
        same.map((q) =>
          q
            .replace('Skipformer', 'Transformer-Lite')
            .replace('skip frames using the intermediate CTC output', 'run on mobile phone GPUs')
            .replace('skip the frames using the intermediate CTC output', 'run on the mobile phone GPUs')
            .replace('skip frames using intermediate CTC output', 'run on mobile GPUs'),
        ),
      );
    });
    const dir = shippedWithoutQuestions();
    const report = await runQuestions({ ids: [IDS[SKIPFORMER], IDS[LITE]], contentDir: dir, endpoint: endpoint(server.base) });
    expect(server.about(SKIPFORMER)[1]!.messages.at(-1)!.content).toMatch(/cut off/);
    expect(report.papers[0]).toMatchObject({ source: 'model', repaired: true, questions: good(SKIPFORMER) });
    expect(server.about(LITE)).toHaveLength(2);
    expect(server.about(LITE)[1]!.messages.at(-1)!.content).toMatch(/duplicate/);
    expect(report.papers[1]).toMatchObject({ source: 'offline', fallback: { kind: 'invalid-questions', flags: { duplicate: 4 } } });
    expect(fileText(dir, IDS[LITE])).not.toContain('mobile GPUs?');
  });
});

describe('retries', () => {
  it('waits as long as Retry-After says (seconds or a date, at most 60 s), then uses the answer', async () => {
    let n = 0;
    const server = await serve(() => {
      n++;
      if (n === 1) return { status: 429, body: '{"error":{"message":"Rate limit reached"}}', headers: { 'retry-after': '7' } };
      if (n === 2) return { status: 429, headers: { 'retry-after': new Date(Date.now() + 30_000).toUTCString() } };
      if (n === 3) return { status: 429, headers: { 'retry-after': '3600' } };
      return json(good(SKIPFORMER));
    });
    const dir = shippedWithoutQuestions();
    const { sleep, waits } = recorder();
    const notices: string[] = [];
    const report = await runQuestions({
      ids: [IDS[SKIPFORMER]],
      contentDir: dir,
      endpoint: endpoint(server.base),
      sleep,
      onRetry: ({ id, waitMs, error }) => notices.push(`${id} ${waitMs} ${error.status}`),
    });
    expect(notices[0]).toBe('2403.08258 7000 429');
    expect(notices).toHaveLength(3);
    expect(waits[0]).toBe(7000);
    expect(waits[1]).toBeGreaterThanOrEqual(28_000);
    expect(waits[1]).toBeLessThanOrEqual(30_000);
    expect(waits[2]).toBe(60_000);
    expect(waits).toHaveLength(3);
    expect(report.papers[0]).toMatchObject({ action: 'filled', source: 'model' });
    expect(items(dir, IDS[SKIPFORMER]).map((q) => q.text)).toEqual(good(SKIPFORMER));
  });

  it('a paper whose requests keep failing (503, timeouts) falls back; the others are still written', async () => {
    const server = await serve((r) => {
      if (r.title === SKIPFORMER) return { status: 503, body: 'Service Unavailable' };
      if (r.title === SAFE) return 'hang';
      return json(good(r.title));
    });
    const dir = shippedWithoutQuestions();
    const { sleep, waits } = recorder();
    const report = await runQuestions({ ids: Object.values(IDS), contentDir: dir, endpoint: endpoint(server.base, { timeoutMs: 200 }), sleep });
    // 503: four tries; a timeout: three; the waits double from 2 s.
    expect(server.about(SKIPFORMER)).toHaveLength(4);
    expect(server.about(SAFE)).toHaveLength(3);
    expect(waits.sort((a, b) => a - b)).toEqual([2000, 2000, 4000, 4000, 8000]);
    const byId = new Map(report.papers.map((p) => [p.id, p]));
    expect(byId.get(IDS[SKIPFORMER])).toMatchObject({
      action: 'filled',
      source: 'offline',
      fallback: { kind: 'request-failed', detail: expect.stringMatching(/503 .*gave up after 4 tries/) as string },
    });
    expect(byId.get(IDS[SAFE])).toMatchObject({
      action: 'filled',
      source: 'offline',
      fallback: { kind: 'request-failed', detail: expect.stringMatching(/no answer within 0\.2 s.*gave up after 3 tries/) as string },
    });
    expect(byId.get(IDS[LITE])).toMatchObject({ action: 'filled', source: 'model' });
    expect(items(dir, IDS[LITE]).map((q) => q.text)).toEqual(good(LITE));
    expect(report.model).toMatchObject({ used: 1, fellBack: { 'request-failed': 2 } });
  });

  it('a refused key stops the run: nothing is written, and the command says why', async () => {
    const server = await serve(() => ({ status: 401, body: '{"error":{"message":"Bad credentials"}}' }));
    const dir = shippedWithoutQuestions();
    const before = snapshot(dir);
    const report = await runQuestions({ ids: Object.values(IDS), contentDir: dir, endpoint: endpoint(server.base, { concurrency: 1 }) });
    expect(report.stopped).toMatch(/401 .*the key was refused; check QUESTIONS_API_KEY \(Bad credentials\)/);
    expect(server.requests).toHaveLength(1);
    expect(report.papers.every((p) => p.action === 'kept' && /^not asked: /.test(p.reason!))).toBe(true);
    expect(snapshot(dir)).toEqual(before);

    const run = promisify(execFile);
    const env = { ...process.env, QUESTIONS_API_BASE: server.base, QUESTIONS_API_MODEL: 'm', QUESTIONS_API_KEY: 'wrong' };
    const failed = await run(process.execPath, ['src/cli/questions.ts', '--content', dir, IDS[SKIPFORMER]], { cwd: ROOT, env }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/^error: .*401 .*the key was refused/m);
    expect((failed as { stderr: string }).stderr).toMatch(/0 papers were written before the run stopped/);
    expect((failed as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
    const help = await run(process.execPath, ['src/cli/questions.ts', '--help'], { cwd: ROOT });
    expect(help.stdout).toMatch(/QUESTIONS_API_CONCURRENCY/);
    expect(help.stdout).toMatch(/models\.github\.ai\/inference/);
  });
});

describe('files people touch', () => {
  it('a file changed while its questions were being generated is left alone', async () => {
    const dir = shippedWithoutQuestions();
    const path = join(dir, 'papers', `${IDS[SKIPFORMER]}.md`);
    const server = await serve((r) => {
      if (r.title === SKIPFORMER) writeFileSync(path, readFileSync(path, 'utf8').replace('## Discussion questions\n', '## Discussion questions\n\n1. Who ran the Aishell-1 numbers?\n'));
      return json(good(r.title));
    });
    const report = await runQuestions({ ids: [IDS[SKIPFORMER], IDS[LITE]], contentDir: dir, endpoint: endpoint(server.base) });
    expect(server.requests).toHaveLength(2);
    expect(report.papers[0]).toMatchObject({ action: 'kept', reason: expect.stringMatching(/changed while questions were being generated/) as string });
    expect(items(dir, IDS[SKIPFORMER])).toEqual([{ text: 'Who ran the Aishell-1 numbers?', starter: false }]);
    expect(report.papers[1]).toMatchObject({ action: 'filled', source: 'model' });
  });

  it('--force replaces unedited starter questions and never a person’s', async () => {
    const server = await serve((r) => json(good(r.title)));
    const dir = shippedWithoutQuestions();
    await runQuestions({ ids: [IDS[SKIPFORMER]], contentDir: dir, locale: 'en' });
    const path = join(dir, 'papers', `${IDS[SKIPFORMER]}.md`);
    const offline = items(dir, IDS[SKIPFORMER]);
    writeFileSync(path, readFileSync(path, 'utf8').replace(offline[0]!.text, `${offline[0]!.text} (Dana: check this)`));
    const report = await runQuestions({ ids: [IDS[SKIPFORMER]], contentDir: dir, endpoint: endpoint(server.base), force: true });
    expect(report.papers[0]).toMatchObject({ action: 'replaced', source: 'model', personQuestions: 1 });
    const after = items(dir, IDS[SKIPFORMER]);
    expect(after.filter((q) => !q.starter).map((q) => q.text)).toEqual([`${offline[0]!.text} (Dana: check this)`]);
    expect(after.filter((q) => q.starter).map((q) => q.text)).toEqual(good(SKIPFORMER));
  });

  it('a dry run asks and checks, and writes nothing', async () => {
    const server = await serve((r) => json(good(r.title)));
    const dir = shippedWithoutQuestions();
    const before = snapshot(dir);
    const report = await runQuestions({ ids: [IDS[SKIPFORMER]], contentDir: dir, endpoint: endpoint(server.base), dryRun: true });
    expect(report.papers[0]).toMatchObject({ action: 'filled', source: 'model', questions: good(SKIPFORMER) });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('concurrency and interruption', () => {
  it('asks about at most QUESTIONS_API_CONCURRENCY papers at once', async () => {
    const limit = 2;
    let inFlight = 0;
    let most = 0;
    let waiting: (() => void)[] = [];
    const server = await serve(async (r) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Hold each answer until `limit` requests are waiting together, then answer them all.
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length >= limit) {
          for (const w of waiting) w();
          waiting = [];
        }
      });
      inFlight--;
      return json(good(r.title));
    });
    const dir = shippedWithoutQuestions();
    const ids = readdirSync(join(dir, 'papers'))
      .slice(0, 6)
      .map((n) => n.replace(/\.md$/, ''));
    const report = await runQuestions({ ids, contentDir: dir, endpoint: endpoint(server.base, { concurrency: limit }) });
    expect(server.requests).toHaveLength(6);
    expect(most).toBe(limit);
    expect(report.papers.every((p) => p.source === 'model' && p.action === 'filled')).toBe(true);
  });

  it('a run killed halfway keeps the papers it finished, and leaves the rest as they were', async () => {
    const dir = shippedWithoutQuestions();
    const before = snapshot(dir);
    const server = await serve((r) => (r.title === SKIPFORMER ? json(good(SKIPFORMER)) : 'hang'));
    const env = { ...process.env, QUESTIONS_API_BASE: server.base, QUESTIONS_API_MODEL: 'm', QUESTIONS_API_CONCURRENCY: '1' };
    const child = spawn(process.execPath, ['src/cli/questions.ts', '--content', dir, IDS[SKIPFORMER], IDS[LITE]], { cwd: ROOT, env, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // With one paper at a time, the question about the second paper comes after the first was written.
    await server.waitFor((r) => r.title === LITE);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(items(dir, IDS[SKIPFORMER]).map((q) => q.text)).toEqual(good(SKIPFORMER));
    expect(fileBytes(dir, IDS[LITE])).toBe(before.get(join('papers', `${IDS[LITE]}.md`)));
    const after = snapshot(dir);
    for (const [name, bytes] of before) if (name !== join('papers', `${IDS[SKIPFORMER]}.md`) && name.endsWith('.md')) expect(after.get(name)).toBe(bytes);
  }, 30_000);
});

describe('writeModelQuestions, for the import', () => {
  it('replaces the offline starter questions of new papers, paper by paper, and reports what fell back', async () => {
    const dir = tempContent();
    const imported = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today: '2026-11-24' });
    expect(imported.added.length).toBeGreaterThan(3);
    // The offline generator may write a single question for a paper: the edited one needs two, so one stays a starter.
    const failing = imported.added[0]!;
    const edited = imported.added.slice(1).find((id) => items(dir, id).length >= 2);
    expect(edited).toBeDefined();
    const rest = imported.added.slice(1).filter((id) => id !== edited);
    const titleOf = (id: string) => (readFrontmatter(fileText(dir, id), id).data as { title: string }).title;
    // A person edits one of the new papers' questions before the model pass.
    const editedPath = join(dir, 'papers', `${edited}.md`);
    const firstStarter = items(dir, edited!)[0]!.text;
    writeFileSync(editedPath, readFileSync(editedPath, 'utf8').replace(firstStarter, `${firstStarter} Ask Dana.`));
    const before = snapshot(dir);

    const server = await serve((r) => (r.title === titleOf(failing) ? { status: 503, body: 'busy' } : json(good(r.title))));
    const progress: [string, number, number][] = [];
    const { sleep } = recorder();
    const report = await writeModelQuestions({
      contentDir: dir,
      ids: imported.added,
      endpoint: endpoint(server.base),
      locale: 'en',
      sleep,
      onProgress: (p, done, total) => progress.push([p.id, done, total]),
    });

    expect(progress.map(([, done]) => done)).toEqual(imported.added.map((_, i) => i + 1));
    expect(new Set(progress.map(([id]) => id))).toEqual(new Set(imported.added));
    expect(progress.every(([, , total]) => total === imported.added.length)).toBe(true);

    const byId = new Map(report.papers.map((p) => [p.id, p]));
    expect(byId.get(failing)).toMatchObject({ action: 'kept', source: 'offline', fallback: { kind: 'request-failed' } });
    expect(fileBytes(dir, failing)).toBe(before.get(join('papers', `${failing}.md`)));
    expect(byId.get(edited!)).toMatchObject({ action: 'replaced', source: 'model', personQuestions: 1 });
    expect(
      items(dir, edited!)
        .filter((q) => !q.starter)
        .map((q) => q.text),
    ).toEqual([`${firstStarter} Ask Dana.`]);
    for (const id of rest) {
      expect(byId.get(id)).toMatchObject({ action: 'replaced', source: 'model' });
      expect(items(dir, id).map((q) => q.text)).toEqual(good(titleOf(id)));
      // The notes template and the frontmatter are as the import wrote them.
      const was = before.get(join('papers', `${id}.md`))!;
      expect(fileBytes(dir, id).slice(0, was.indexOf('## Discussion questions'))).toBe(was.slice(0, was.indexOf('## Discussion questions')));
    }
    expect(report.model).toMatchObject({ asked: imported.added.length, used: imported.added.length - 1, fellBack: { 'request-failed': 1 } });
    expect(formatQuestionsReport(report)).toMatch(new RegExp(`fell back: ${failing.replace('.', '\\.')}`));
  });

  it('a refused key ends the pass without an error: every paper keeps its offline questions', async () => {
    const dir = tempContent();
    const imported = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today: '2026-11-24' });
    const before = snapshot(dir);
    const server = await serve(() => ({ status: 403, body: '{"message":"Resource not accessible by integration"}' }));
    const report = await writeModelQuestions({ contentDir: dir, ids: [...imported.added, '2501.00001'], endpoint: endpoint(server.base, { concurrency: 1 }), locale: 'en' });
    expect(report.stopped).toMatch(/403 .*Resource not accessible by integration/);
    expect(report.papers.find((p) => p.id === '2501.00001')).toMatchObject({ action: 'kept', reason: 'no such paper file' });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('askModel on its own', () => {
  it('uses the first answer when every question passes, without a repair round', async () => {
    const server = await serve(() => json(good(SKIPFORMER)));
    const answer = await askModel(endpoint(server.base), { id: IDS[SKIPFORMER], title: SKIPFORMER }, 'en');
    expect(answer).toEqual({ ok: true, questions: good(SKIPFORMER), repaired: false, dropped: [] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.model).toBe('test-model');
  });
});
