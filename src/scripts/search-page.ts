import { archivedPaperId } from '../render/archived-anchor.ts';

/**
 * The search page's island: reads the query from the form (and the URL, so links and the header
 * field work), asks Pagefind (served by this site) and lists the results. Keyboard: type to search,
 * Tab through results, Enter opens one.
 */
interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; status?: string; archived?: string };
  sub_results?: PagefindSubResult[];
}
/** One line of the results list. */
interface Hit {
  url: string;
  title: string;
  status?: string | undefined;
  excerpt: string;
}

/** Results whose data is loaded at once; a longer list says "N+ results". */
const SHOWN = 30;

/**
 * The lines a result gives: itself, or, for an index page of papers without a page of their own
 * (search-records.ts), each paper it matched, linking to its arXiv abstract.
 */
export function hitsOf(data: PagefindResultData, status?: string): Hit[] {
  if (data.meta.archived !== '1') return [{ url: data.url, title: data.meta.title ?? data.url, status: data.meta.status, excerpt: data.excerpt }];
  return (data.sub_results ?? []).flatMap((sub) => {
    const id = archivedPaperId(sub.url);
    return id ? [{ url: `https://arxiv.org/abs/${id}`, title: sub.title, status, excerpt: sub.excerpt }] : [];
  });
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o: Record<string, unknown>, ms: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * `text` (with \u0001 and \u0002 standing for <mark> and </mark>) without a leading repeat of the
 * result's title, or of the title's last words (two or more) when the excerpt starts inside it.
 */
export function withoutTitle(text: string, title: string): string {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const plain = text
    .replace(/[\u0001\u0002]/g, '')
    .trimStart()
    .toLowerCase();
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && words.length - k < 2) break;
    const prefix = words.slice(k).join(' ').toLowerCase();
    if (!plain.startsWith(prefix)) continue;
    // Consume the prefix's characters, skipping the marks inside it.
    let i = 0;
    let matched = 0;
    let open = false;
    while (i < text.length && matched < prefix.length) {
      const c = text[i]!;
      if (c === '\u0001') open = true;
      else if (c === '\u0002') open = false;
      else if (matched > 0 || !/\s/.test(c)) matched++;
      i++;
    }
    let rest = text.slice(i);
    if (open) rest = rest.replace('\u0002', '');
    rest = rest.replace(/^\u0002/, '');
    return rest.replace(/^[\s:：.,;·|-]+/u, '') || text;
  }
  return text;
}

/** What Pagefind puts where it cut the text (its `excerptEllipsis` option), for safeExcerpt to read. */
export const CUT = '\u0003';
const CJK_START = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Where a Chinese clause ends, within the first characters of an excerpt (and before its first match). */
/** One to three words of one character each at the start (the segmenter cuts 多模态 into 多 模 态). */
const SINGLE_CHARACTER_WORDS = /^(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]\s+){1,3}(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]\s)(?=\S)/u;
const CLAUSE_END = /^[^\u0001]{0,40}?[。，；：！？、]/u;

/**
 * Pagefind excerpts are HTML with <mark>; keep only text and the marks, start at a word, and leave out
 * the title the result already shows. An excerpt that starts inside the text starts with "…": in
 * English at a word (Pagefind cuts at spaces); in Chinese, where the index's words are pieces of a
 * phrase (see spaceChineseWords), after the end of the first clause when one ends soon and before the
 * first match, so that it does not open with the tail of a word.
 */
export function safeExcerpt(html: string, title = ''): string {
  const raw = html
    .replace(/[\u0001\u0002]/g, '')
    .replace(/<mark>/g, '\u0001')
    .replace(/<\/mark>/g, '\u0002')
    .replace(/<[^>]+>/g, '');
  const whole = raw
    .replace(/^\s*\u0003/u, '')
    .replace(/\s*\u0003\s*$/u, '')
    .replace(/\u0003/g, '');
  const text = withoutTitle(whole, title);
  let cut = text === whole && raw.trimStart().startsWith(CUT);
  let trimmed = text.replace(/^[\s。，、；：！？,.;:!?)）\]】」』》”’]+/u, '');
  if (trimmed !== text) cut = true;
  if (cut && CJK_START.test(trimmed)) {
    const clause = CLAUSE_END.exec(trimmed);
    if (clause) trimmed = trimmed.slice(clause[0].length).replace(/^\s+/u, '') || trimmed;
    // Otherwise first words of one character are most often the end of a longer one (态 of 多模态).
    else trimmed = trimmed.replace(SINGLE_CHARACTER_WORDS, '');
  }
  return `${cut ? '… ' : ''}${escapeText(trimmed)}`.replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>');
}

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** The index holds Chinese as space-separated words; a query is cut the same way. */
function queryWords(q: string): string {
  if (!segmenter) return q;
  return q
    .replace(CJK_RUN, (run) => ` ${Array.from(segmenter.segment(run), (s) => s.segment).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes the spaces the index put between Chinese words (also across <mark> tags). */
function joinChinese(html: string): string {
  return html.replace(/([\u3400-\u9fff\uff00-\uffef\u3000-\u303f](?:<\/mark>)?)\s+((?:<mark>)?[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])/gu, '$1$2');
}

export function runSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status') as HTMLSelectElement;
  const tag = document.getElementById('search-tag') as HTMLSelectElement;
  const line = document.getElementById('search-status-line')!;
  const list = document.getElementById('search-results')!;
  const base = form.dataset.base ?? '/';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as { one: string; many: string; more: string; none: string; loading: string; candidate: string };
  let pagefind: Promise<Pagefind> | undefined;
  /** The index is one Pagefind bundle per quarter (pagefind/shards.json): the newest is loaded, the rest merged in. */
  const load = () => {
    pagefind ??= (async () => {
      const shards = (await (await fetch(`${base}pagefind/shards.json`)).json()) as string[];
      const [first, ...rest] = shards;
      const p = (await import(/* @vite-ignore */ `${base}pagefind/${first}/pagefind.js`)) as Pagefind;
      await p.options({ basePath: `${base}pagefind/${first}/`, baseUrl: base, excerptLength: 24, excerptEllipsis: CUT });
      await Promise.all(rest.map((key) => p.mergeIndex(`${base}pagefind/${key}/`)));
      return p;
    })();
    return pagefind;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  status.value = params.get('status') ?? '';
  tag.value = params.get('tag') ?? '';

  async function run(): Promise<void> {
    const q = input.value.trim();
    const url = new URL(location.href);
    for (const [key, value] of [
      ['q', q],
      ['status', status.value],
      ['tag', tag.value],
    ] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    history.replaceState(null, '', url);
    if (!q && !status.value && !tag.value) {
      line.textContent = '';
      list.replaceChildren();
      return;
    }
    line.textContent = strings.loading;
    const filters: Record<string, string> = {};
    if (status.value) filters.status = status.value;
    if (tag.value) filters.tag = tag.value;
    const search = await (await load()).debouncedSearch(q ? queryWords(q) : null!, { filters }, 150);
    if (!search) return;
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    // A paper without a page links to arXiv: its line says so beside its status.
    const all = data.flatMap((d) => hitsOf(d, `${strings.candidate} · arXiv`));
    const more = search.results.length > SHOWN || all.length > SHOWN;
    const hits = all.slice(0, SHOWN);
    const count = hits.length;
    const template = count === 0 ? strings.none : more ? strings.more.replace('#', String(count)) : count === 1 ? strings.one : strings.many.replace('#', String(count));
    line.textContent = template.replace('§', q);
    list.innerHTML = hits
      .map(
        (h) =>
          `<li class="py-4"><a class="font-serif text-lg font-semibold text-fg no-underline hover:text-accent hover:underline" href="${escapeText(h.url)}">${escapeText(h.title)}</a>` +
          `${h.status ? ` <span class="ml-1 text-sm text-muted">${escapeText(h.status)}</span>` : ''}` +
          `<p class="mt-1 text-[0.95rem] text-muted">${joinChinese(joinChinese(safeExcerpt(h.excerpt, h.title)))}</p></li>`,
      )
      .join('');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  status.addEventListener('change', () => void run());
  tag.addEventListener('change', () => void run());
  if (input.value || status.value || tag.value) void run();
  input.focus();
}
