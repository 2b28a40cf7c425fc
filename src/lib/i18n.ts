/**
 * Interface strings in English and Chinese. The group's `locale` picks one dictionary for the whole
 * site; content keeps its own language (each bilingual block carries its `lang`).
 */
export type Locale = 'en' | 'zh-CN';

const en = {
  skipToContent: 'Skip to content',
  nav: { home: 'Home', papers: 'Papers', inbox: 'Inbox', tags: 'Tags', schedule: 'Schedule', members: 'Members', search: 'Search' },
  mainNav: 'Main',
  theme: { toggle: 'Toggle dark mode', light: 'Light', dark: 'Dark' },
  papers: {
    title: 'Papers',
    count: (n: number) => `${n} paper${n === 1 ? '' : 's'}`,
    empty: 'No papers yet. Import a digest with npm run import.',
    added: 'Added',
    status: 'Status',
    tags: 'Tags',
    votes: 'Votes',
  },
  paper: {
    abstract: 'Abstract',
    abstractZh: 'Chinese abstract',
    summary: 'Summary',
    truncated: 'The digest cut this abstract short.',
    readFull: 'Read the full abstract on arXiv',
    links: 'Links',
    arxivAbs: 'arXiv page',
    pdf: 'PDF',
    html: 'HTML',
    notes: 'Notes',
    questions: 'Discussion questions',
    version: 'Version',
    categories: 'Categories',
    previous: 'Previous paper',
    next: 'Next paper',
    source: 'Imported from',
    editFile: 'Edit this page',
  },
  status: { candidate: 'Candidate', shortlisted: 'Shortlisted', scheduled: 'Scheduled', discussed: 'Discussed', archived: 'Archived' },
  footer: 'Plain files in git; built with Astro.',
};

type Dictionary = typeof en;

const zh: Dictionary = {
  skipToContent: '跳到正文',
  nav: { home: '首页', papers: '论文', inbox: '待读', tags: '标签', schedule: '日程', members: '成员', search: '搜索' },
  mainNav: '主导航',
  theme: { toggle: '切换深色模式', light: '浅色', dark: '深色' },
  papers: {
    title: '论文',
    count: (n: number) => `${n} 篇论文`,
    empty: '还没有论文。用 npm run import 导入一份摘要。',
    added: '加入日期',
    status: '状态',
    tags: '标签',
    votes: '票数',
  },
  paper: {
    abstract: '英文摘要',
    abstractZh: '中文摘要',
    summary: '一句话总结',
    truncated: '摘要在日报中被截断。',
    readFull: '在 arXiv 上阅读完整摘要',
    links: '链接',
    arxivAbs: 'arXiv 页面',
    pdf: 'PDF',
    html: 'HTML',
    notes: '笔记',
    questions: '讨论问题',
    version: '版本',
    categories: '分类',
    previous: '上一篇',
    next: '下一篇',
    source: '来源',
    editFile: '编辑此页',
  },
  status: { candidate: '候选', shortlisted: '入围', scheduled: '已排期', discussed: '已讨论', archived: '已归档' },
  footer: '纯文本文件，保存在 git 中；由 Astro 构建。',
};

export function strings(locale: Locale): Dictionary {
  return locale === 'zh-CN' ? zh : en;
}
export type Strings = Dictionary;
