/**
 * Interface strings of the site's "take part" links and page, in English and Chinese, chosen by the
 * group's `locale` like src/lib/i18n.ts.
 */
import type { Locale } from '../i18n.ts';

/** The page that says how members take part. */
export const TAKE_PART_PATH = '/take-part/';

const en = {
  heading: 'Take part',
  hint: 'Each link opens a short form on GitHub; submit it and the site records it within a few minutes.',
  how: 'How taking part works',
  footer: 'Take part from this site: vote, suggest papers, say whether you are coming',
  vote: 'Vote for this paper',
  withdraw: 'Withdraw my vote',
  question: 'Propose a discussion question',
  votedBy: 'Voted by',
  suggestedBy: 'Suggested by',
  coming: 'I’m coming',
  cantCome: 'I can’t come',
  changedMind: 'Changed your mind?',
  cancelComing: 'I’m not coming after all',
  notAway: 'I can come after all',
  read: 'I’ve read it',
  whoIsComing: 'Coming',
  nobodyYet: 'Nobody has said yet.',
  readBy: 'Read by',
  nobodyRead: 'nobody yet',
  voteTitle: (id: string) => `Vote for arXiv:${id}`,
  withdrawTitle: (id: string) => `Withdraw my vote for arXiv:${id}`,
  questionTitle: (id: string) => `A discussion question for arXiv:${id}`,
  comingTitle: (date: string) => `I'm coming on ${date}`,
  cantComeTitle: (date: string) => `I can't come on ${date}`,
  cancelComingTitle: (date: string) => `I'm not coming on ${date} after all`,
  notAwayTitle: (date: string) => `I can come on ${date} after all`,
  readTitle: (id: string, date: string) => `I've read arXiv:${id} for ${date}`,
  page: {
    title: 'How to take part',
    intro: 'You do not need git or a terminal. Every action on this site is a link to a short form on GitHub, filled in for you: submit it, and a bot records it in the group’s files, answers you in the issue and closes it. The site shows the change after its next rebuild, a few minutes later.',
    account: 'Once: link your GitHub account',
    accountText: (file: string) => `Requests are recorded under your name only when your GitHub login is in the group’s file ${file}: a line “github: your-login” in your entry. Ask whoever looks after the group to add it (or add it yourself with “Edit this page”).`,
    onPaper: 'On a paper’s page',
    onPaperText: 'Vote for the paper or withdraw your vote (the page lists who voted), and propose a discussion question; it is added to the paper’s questions, credited to you.',
    onSession: 'On a session’s page',
    onSessionText: 'Say you are coming, or that you can’t come (the planner then gives your turn to present to someone else), and say which of its papers you have read. Changed your mind? The same page takes either back: “I’m not coming after all”, “I can come after all”.',
    anytime: 'Any time',
    suggest: 'Suggest a paper (arXiv id or link)',
    away: 'Tell the planner you are away (a day, or from one day to another)',
    notAway: 'Take an absence back: you can come after all (a day, or from one day to another)',
    refused: 'A request the bot cannot carry out (a paper the group does not have, a date that is over, an account not linked to a member) is answered with the reason and changes nothing.',
    noRepository: 'Taking part from the site is not set up for this group yet.',
    noRepositoryText: 'It needs the group’s repository on GitHub: the site is published with the GitHub Pages workflow (which tells it the repository), or content/group.yaml names it under “repository: url:”. The README’s section “Publishing the shared link” describes the few steps.',
  },
};

type TakePartStrings = typeof en;

const zh: TakePartStrings = {
  heading: '参与',
  hint: '每个链接都会打开 GitHub 上的一个小表单；提交后，网站会在几分钟内记录下来。',
  how: '如何参与',
  footer: '在网站上参与：投票、推荐论文、告诉大家你是否参加',
  vote: '投票给这篇论文',
  withdraw: '撤回我的投票',
  question: '提出一个讨论问题',
  votedBy: '投票的人',
  suggestedBy: '推荐人',
  coming: '我会参加',
  cantCome: '我来不了',
  changedMind: '改变主意了？',
  cancelComing: '我还是不来了',
  notAway: '我还是能来',
  read: '我读过了',
  whoIsComing: '参加的人',
  nobodyYet: '还没有人回复。',
  readBy: '读过的人',
  nobodyRead: '暂无',
  voteTitle: (id: string) => `投票给 arXiv:${id}`,
  withdrawTitle: (id: string) => `撤回对 arXiv:${id} 的投票`,
  questionTitle: (id: string) => `arXiv:${id} 的讨论问题`,
  comingTitle: (date: string) => `${date} 我会参加`,
  cantComeTitle: (date: string) => `${date} 我来不了`,
  cancelComingTitle: (date: string) => `${date} 我还是不来了`,
  notAwayTitle: (date: string) => `${date} 我还是能来`,
  readTitle: (id: string, date: string) => `${date} 讨论的 arXiv:${id} 我读过了`,
  page: {
    title: '如何参与',
    intro: '不需要 git，也不需要命令行。网站上的每个操作都是一个链接，指向 GitHub 上已经填好的小表单：提交后，机器人会把它记录到小组的文件里，在 issue 中回复你并关闭它。几分钟后网站重新构建，就能看到变化。',
    account: '只需一次：关联你的 GitHub 账号',
    accountText: (file: string) => `只有当你的 GitHub 用户名写在小组文件 ${file} 中（在你的条目里加一行“github: 你的用户名”），请求才会记在你的名下。请负责小组的人添加，或者用“编辑此页”自己添加。`,
    onPaper: '在论文页面上',
    onPaperText: '投票或撤回投票（页面会列出投票的人），也可以提出讨论问题；问题会加到论文的讨论问题里，并注明是你提出的。',
    onSession: '在讨论页面上',
    onSessionText: '告诉大家你会参加，或者来不了（排期程序会把你的报告安排给别人），以及你读过哪些论文。改变主意了？同一页面可以撤回：“我还是不来了”“我还是能来”。',
    anytime: '随时',
    suggest: '推荐一篇论文（arXiv 编号或链接）',
    away: '告诉排期程序你不在（某一天，或一段时间）',
    notAway: '撤回请假：你还是能来（某一天，或一段时间）',
    refused: '机器人无法执行的请求（小组没有的论文、已经过去的日期、没有关联成员的账号）会收到说明原因的回复，不会改动任何内容。',
    noRepository: '这个小组还没有启用网站参与功能。',
    noRepositoryText: '它需要小组在 GitHub 上的仓库：用 GitHub Pages 工作流发布网站（工作流会告诉网站仓库地址），或者在 content/group.yaml 的“repository: url:”中写明。README 的“Publishing the shared link”一节介绍了这几步。',
  },
};

export function takePartStrings(locale: Locale): TakePartStrings {
  return locale === 'zh-CN' ? zh : en;
}
export type { TakePartStrings };
