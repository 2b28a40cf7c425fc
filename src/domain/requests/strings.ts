/**
 * The strings of requests from the site, in English and Chinese, chosen by the group's `locale` like
 * the rest of the interface (src/domain/i18n.ts): the "take part" links and page, and the replies the
 * `request` command gives in the issue.
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
    intro:
      'You do not need git or a terminal. Every action on this site is a link to a short form on GitHub, filled in for you: submit it, and a bot records it in the group’s files, answers you in the issue and closes it. The site shows the change after its next rebuild, a few minutes later.',
    account: 'Once: link your GitHub account',
    accountText: (file: string) =>
      `Requests are recorded under your name only when your GitHub login is in the group’s file ${file}: a line “github: your-login” in your entry. Ask whoever looks after the group to add it (or add it yourself with “Edit this page”).`,
    onPaper: 'On a paper’s page',
    onPaperText: 'Vote for the paper or withdraw your vote (the page lists who voted), and propose a discussion question; it is added to the paper’s questions, credited to you.',
    onSession: 'On a session’s page',
    onSessionText:
      'Say you are coming, or that you can’t come (the planner then gives your turn to present to someone else), and say which of its papers you have read. Changed your mind? The same page takes either back: “I’m not coming after all”, “I can come after all”.',
    anytime: 'Any time',
    suggest: 'Suggest a paper (arXiv id or link)',
    away: 'Tell the planner you are away (a day, or from one day to another)',
    notAway: 'Take an absence back: you can come after all (a day, or from one day to another)',
    refused: 'A request the bot cannot carry out (a paper the group does not have, a date that is over, an account not linked to a member) is answered with the reason and changes nothing.',
    noRepository: 'Taking part from the site is not set up for this group yet.',
    noRepositoryText:
      'It needs the group’s repository on GitHub: the site is published with the GitHub Pages workflow (which tells it the repository), or content/group.yaml names it under “repository: url:”. The README’s section “Publishing the shared link” describes the few steps.',
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
    intro:
      '不需要 git，也不需要命令行。网站上的每个操作都是一个链接，指向 GitHub 上已经填好的小表单：提交后，机器人会把它记录到小组的文件里，在 issue 中回复你并关闭它。几分钟后网站重新构建，就能看到变化。',
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
    noRepositoryText:
      '它需要小组在 GitHub 上的仓库：用 GitHub Pages 工作流发布网站（工作流会告诉网站仓库地址），或者在 content/group.yaml 的“repository: url:”中写明。README 的“Publishing the shared link”一节介绍了这几步。',
  },
};

export function takePartStrings(locale: Locale): TakePartStrings {
  return locale === 'zh-CN' ? zh : en;
}
export type { TakePartStrings };

/**
 * The replies of the `request` command in the issue (src/files/requests/apply.ts, parse-issue.ts,
 * src/cli/request.ts), in the group's language like the site. Values from the issue arrive already
 * shown (a code span) and names from the group's files already made inert (`plain`); a reply never
 * interpolates anything else. Field names stay those of the forms, which GitHub shows in English.
 */
const enReplies = {
  refused: 'This request could not be carried out, and nothing was changed: ',
  filesProblem: "the group's files have a problem:",
  nobody: 'nobody',
  list: (names: string[]) => names.join(', '),
  madeFor: (login: string, name: string) => `Made by @${login} for ${name}.`,
  // Reading the issue.
  noIssue: 'the event has no issue; expected the JSON of an `issues` event, as GitHub writes it to $GITHUB_EVENT_PATH',
  notAForm: (found: string[]) => `this issue is not one of the group's request forms (it has no label such as request:vote; found ${found.length ? found.join(', ') : 'no label'})`,
  twoForms: (labels: string[]) => `this issue carries the labels of ${labels.length} request forms (${labels.join(', ')}); one request per issue, please`,
  noLogin: 'the issue does not say who opened it (issue.user.login)',
  tooLong: (n: number) => `the issue's text is ${n.toLocaleString('en')} characters long; a request is a filled-in form of a few hundred`,
  twice: (label: string) => `the form's field "${label}" appears twice in the issue; open a new request from the site's link without editing the headings`,
  eventTooLarge: (n: number) => `the event file is ${n.toLocaleString('en')} characters long; too large to be a request`,
  notJson: (file: string, why: string) => `the event file ${file} is not JSON (${why})`,
  // Who asks.
  notMember: (login: string) =>
    `thank you for taking part, @${login}! Your GitHub account is not linked to a member of the group yet, so this request cannot be recorded. ` +
    `Ask someone who maintains the group to add \`github: ${login}\` to your entry in content/group.yaml, then open the request again.`,
  onBehalfBadId: (value: string) => `"On behalf of" is ${value}; expected a member id such as alice`,
  onBehalfNotMember: (value: string, ids: string[]) => `"On behalf of" is ${value}, which is not a member of the group; the members are ${ids.join(', ')}`,
  onBehalfOff: 'this group does not let anyone make requests for other members (`requests.actOnBehalf` in content/group.yaml is off); leave "On behalf of" empty',
  onBehalfNoAccess: (standing: string) => `only people with write access to the repository may make a request for another member (your standing here is ${standing}); leave "On behalf of" empty`,
  // Fields.
  empty: (label: string, description: string) => `the form's field "${label}" is empty; ${description}`,
  badDate: (label: string, value: string, why: string) => `"${label}" is ${value}; ${why}`,
  badPaper: (value: string) => `"Paper" is ${value}; expected an arXiv id such as 2404.01399`,
  noPaper: (id: string) => `the group has no paper ${id}; suggest it first (the "Suggest a paper" form)`,
  paper: (id: string, title: string) => `arXiv:${id} (${title})`,
  // Votes.
  votesAsNumber: (id: string, n: string, file: string) =>
    `the votes of ${id} are written as a number (${n}) in ${file}, so who voted is not known and a vote from the site could lose them. ` +
    `Replace \`votes: ${n}\` with the list of who voted (e.g. \`votes: [alice, bruno]\`, through "Edit this page"), then vote again.`,
  notVoted: (name: string, paper: string, votes: string) => `${name} had not voted for ${paper}; nothing to withdraw, nothing changed. Votes: ${votes}.`,
  alreadyVoted: (name: string, paper: string, votes: string) => `${name} had already voted for ${paper}; nothing changed. Votes: ${votes}.`,
  withdrawn: (name: string, paper: string, votes: string) => `Withdrawn: ${name} no longer votes for ${paper}. Votes now: ${votes}.`,
  voted: (name: string, paper: string, votes: string) => `Recorded: ${name} votes for ${paper}. Votes now: ${votes}.`,
  // Suggestions.
  badSuggestion: (value: string) => `"Paper" is ${value}; expected an arXiv id or link, e.g. 2404.01399 or https://arxiv.org/abs/2404.01399`,
  status: (status: string) => status,
  alreadyListed: (paper: string, status: string, by: string | undefined) => `${paper} is already on the group's list (${status}${by ? `, suggested by ${by}` : ''}); nothing changed.`,
  notOnArxiv: (id: string) => `arXiv has no paper ${id}; check the id`,
  arxivRefused: (id: string, reason: string) => `arXiv refused to describe ${id}: ${reason}`,
  noFile: (id: string) => `could not make a file for ${id}`,
  added: (paper: string, status: string, name: string, placeholder: boolean) =>
    `Added ${paper} to the group's papers as ${status}, suggested by ${name}.` +
    (placeholder ? ' arXiv could not be reached just now, so its page shows only the id and links until the next import or `npm run metadata` fills in the title and abstract.' : ''),
  // Absences.
  days: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
  toBeforeFrom: (to: string, from: string, back: boolean) => `"To" (${to}) is before "From" (${from}); give the first and the last day you ${back ? 'can come after all' : 'are away'}`,
  over: (when: string, today: string, back: boolean) => `${when} is over already (today is ${today}); ${back ? 'nothing to take back' : 'nothing to record'}`,
  alreadyAway: (name: string, when: string) => `${name} is already marked away on ${when} in content/group.yaml; nothing changed.`,
  away: (name: string, when: string, reason: string, withdrawn: string[]) =>
    `Recorded: ${name} is away on ${when}${reason ? ` (${reason})` : ''}. The next planning run (\`npm run plan\`) gives any turn to present on those days to someone else.` +
    (withdrawn.length ? ` No longer listed as coming on ${withdrawn.join(', ')}.` : ''),
  notMarkedAway: (name: string, when: string) => `${name} is not marked away on ${when} in content/group.yaml; nothing changed.`,
  notAway: (name: string, when: string, still: string[]) =>
    `Recorded: ${name} is no longer away on ${when}. The next planning run (\`npm run plan\`) may give them a turn to present on those days; to say you are coming to a session, use its "I'm coming" link.` +
    (still.length ? ` Still away: ${still.join(', ')}.` : ''),
  // Sessions.
  noSession: (date: string) => `the group has no session on ${date}`,
  cancelled: (date: string) => `the session on ${date} is cancelled`,
  sessionOver: (date: string, today: string) => `the session on ${date} is over (today is ${today})`,
  awayOnRsvp: (name: string, date: string, range: string | undefined) =>
    `content/group.yaml says ${name} is away on ${date}${range ? ` (${range})` : ''}. ` +
    'If you can come after all, say so first with the "I can come after all" link on the session\'s page (or the form "I can come after all"), then say you are coming again.',
  alreadyComing: (name: string, date: string, coming: string) => `${name} is already listed as coming on ${date}; nothing changed. Coming: ${coming}.`,
  coming: (name: string, date: string, coming: string) => `Recorded: ${name} is coming on ${date}. Coming: ${coming}.`,
  notComing: (name: string, date: string, coming: string) => `${name} was not listed as coming on ${date}; nothing to take back, nothing changed. Coming: ${coming}.`,
  noLongerComing: (name: string, date: string, coming: string) => `Recorded: ${name} is no longer listed as coming on ${date}. Coming: ${coming}.`,
  notInSession: (date: string, id: string, ids: string[]) => `the session on ${date} does not have paper ${id}; its papers are ${ids.join(', ') || 'none yet'}`,
  alreadyRead: (name: string, id: string, date: string) => `${name} is already listed as having read arXiv:${id} for ${date}; nothing changed.`,
  read: (name: string, id: string, date: string, readers: string) => `Recorded: ${name} has read arXiv:${id} for the session on ${date}. Read it: ${readers}.`,
  // Questions.
  questionShort: (n: number, min: number) => `the question is ${n} characters long; write at least ${min}`,
  questionLong: (n: number, max: number) => `the question is ${n.toLocaleString('en')} characters long; keep it under ${max} (a sentence or two)`,
  questionExists: (paper: string) => `${paper} already has this question; nothing changed.`,
  questionAdded: (paper: string, name: string) => `Added to the discussion questions of ${paper}, credited to ${name}.`,
};

export type ReplyStrings = typeof enReplies;

const zhReplies: ReplyStrings = {
  refused: '这个请求无法执行，没有改动任何内容：',
  filesProblem: '小组的文件有问题：',
  nobody: '暂无',
  list: (names: string[]) => names.join('、'),
  madeFor: (login: string, name: string) => `由 @${login} 代 ${name} 提交。`,
  noIssue: '事件中没有 issue；需要的是 GitHub 写入 $GITHUB_EVENT_PATH 的 `issues` 事件 JSON',
  notAForm: (found: string[]) => `这个 issue 不是小组的请求表单（没有 request:vote 这样的标签；${found.length ? `找到的是 ${found.join('、')}` : '没有任何标签'}）`,
  twoForms: (labels: string[]) => `这个 issue 带有 ${labels.length} 个请求表单的标签（${labels.join('、')}）；一个 issue 只能提一个请求`,
  noLogin: 'issue 中没有说明是谁提交的（issue.user.login）',
  tooLong: (n: number) => `issue 的正文有 ${n.toLocaleString('en')} 个字符；填好的请求表单只有几百个字符`,
  twice: (label: string) => `表单字段“${label}”在 issue 中出现了两次；请从网站上的链接重新提交，不要修改标题行`,
  eventTooLarge: (n: number) => `事件文件有 ${n.toLocaleString('en')} 个字符，太大了，不可能是一个请求`,
  notJson: (file: string, why: string) => `事件文件 ${file} 不是 JSON（${why}）`,
  notMember: (login: string) =>
    `感谢参与，@${login}！你的 GitHub 账号还没有关联到小组成员，所以这个请求无法记录。` + `请负责小组的人在 content/group.yaml 中你的条目里加上 \`github: ${login}\`，然后重新提交请求。`,
  onBehalfBadId: (value: string) => `“On behalf of”是 ${value}；这里应填成员编号，例如 alice`,
  onBehalfNotMember: (value: string, ids: string[]) => `“On behalf of”是 ${value}，不是小组成员；成员有 ${ids.join('、')}`,
  onBehalfOff: '这个小组不允许替其他成员提交请求（content/group.yaml 中的 `requests.actOnBehalf` 未开启）；请把“On behalf of”留空',
  onBehalfNoAccess: (standing: string) => `只有对仓库有写权限的人才能替其他成员提交请求（你在这里的身份是 ${standing}）；请把“On behalf of”留空`,
  empty: (label: string) => `表单字段“${label}”是空的，请填写`,
  badDate: (label: string, value: string) => `“${label}”是 ${value}；日期应写成 YYYY-MM-DD，并且是日历上存在的日期`,
  badPaper: (value: string) => `“Paper”是 ${value}；这里应填 arXiv 编号，例如 2404.01399`,
  noPaper: (id: string) => `小组没有论文 ${id}；请先推荐它（“Suggest a paper”表单）`,
  paper: (id: string, title: string) => `arXiv:${id}（${title}）`,
  votesAsNumber: (id: string, n: string, file: string) =>
    `${id} 的票数在 ${file} 中写成了数字（${n}），不知道是谁投的票，从网站投票可能会丢掉这些票。` +
    `请把 \`votes: ${n}\` 改成投票人的列表（例如 \`votes: [alice, bruno]\`，可以用“编辑此页”），然后再投票。`,
  notVoted: (name: string, paper: string, votes: string) => `${name} 没有给 ${paper}投过票，无需撤回，没有改动。投票的人：${votes}。`,
  alreadyVoted: (name: string, paper: string, votes: string) => `${name} 已经给 ${paper}投过票了，没有改动。投票的人：${votes}。`,
  withdrawn: (name: string, paper: string, votes: string) => `已撤回：${name} 不再给 ${paper}投票。现在投票的人：${votes}。`,
  voted: (name: string, paper: string, votes: string) => `已记录：${name} 给 ${paper}投了票。现在投票的人：${votes}。`,
  badSuggestion: (value: string) => `“Paper”是 ${value}；这里应填 arXiv 编号或链接，例如 2404.01399 或 https://arxiv.org/abs/2404.01399`,
  status: (status: string) => (({ candidate: '候选', shortlisted: '入围', scheduled: '已排期', discussed: '已讨论', archived: '已归档' }) as Record<string, string>)[status] ?? status,
  alreadyListed: (paper: string, status: string, by: string | undefined) => `${paper}已经在小组的论文列表里了（${status}${by ? `，推荐人：${by}` : ''}），没有改动。`,
  notOnArxiv: (id: string) => `arXiv 上没有论文 ${id}；请检查编号`,
  arxivRefused: (id: string, reason: string) => `arXiv 拒绝提供 ${id} 的信息：${reason}`,
  noFile: (id: string) => `无法为 ${id} 生成文件`,
  added: (paper: string, status: string, name: string, placeholder: boolean) =>
    `已把 ${paper}加入小组的论文，状态为“${status}”，推荐人：${name}。` + (placeholder ? '暂时连不上 arXiv，所以它的页面只有编号和链接，下次导入或运行 `npm run metadata` 时会补上标题和摘要。' : ''),
  days: (from: string, to: string) => (from === to ? from : `${from} 至 ${to}`),
  toBeforeFrom: (to: string, from: string, back: boolean) => `“To”（${to}）早于“From”（${from}）；请填写你${back ? '还是能来' : '不在'}的第一天和最后一天`,
  over: (when: string, today: string, back: boolean) => `${when} 已经过去了（今天是 ${today}）；${back ? '无需撤回' : '无需记录'}`,
  alreadyAway: (name: string, when: string) => `content/group.yaml 中已经记录 ${name} 在 ${when} 不在，没有改动。`,
  away: (name: string, when: string, reason: string, withdrawn: string[]) =>
    `已记录：${name} 在 ${when} 不在${reason ? `（${reason}）` : ''}。下次排期（\`npm run plan\`）会把这些天的报告安排给别人。` +
    (withdrawn.length ? `已从 ${withdrawn.join('、')} 的参加名单中移除。` : ''),
  notMarkedAway: (name: string, when: string) => `content/group.yaml 中没有记录 ${name} 在 ${when} 不在，没有改动。`,
  notAway: (name: string, when: string, still: string[]) =>
    `已记录：${name} 在 ${when} 还是能来。下次排期（\`npm run plan\`）可能会在这些天安排报告；要报名参加某次讨论，请用该讨论页面上的“我会参加”链接。` +
    (still.length ? `仍然不在：${still.join('、')}。` : ''),
  noSession: (date: string) => `小组在 ${date} 没有讨论`,
  cancelled: (date: string) => `${date} 的讨论已取消`,
  sessionOver: (date: string, today: string) => `${date} 的讨论已经结束（今天是 ${today}）`,
  awayOnRsvp: (name: string, date: string, range: string | undefined) =>
    `content/group.yaml 记录 ${name} 在 ${date} 不在${range ? `（${range}）` : ''}。` + '如果你还是能来，请先用讨论页面上的“我还是能来”链接（或“I can come after all”表单）说明，然后再报名参加。',
  alreadyComing: (name: string, date: string, coming: string) => `${name} 已经在 ${date} 的参加名单里了，没有改动。参加的人：${coming}。`,
  coming: (name: string, date: string, coming: string) => `已记录：${name} 会参加 ${date} 的讨论。参加的人：${coming}。`,
  notComing: (name: string, date: string, coming: string) => `${name} 不在 ${date} 的参加名单里，无需撤回，没有改动。参加的人：${coming}。`,
  noLongerComing: (name: string, date: string, coming: string) => `已记录：${name} 不再参加 ${date} 的讨论。参加的人：${coming}。`,
  notInSession: (date: string, id: string, ids: string[]) => `${date} 的讨论没有论文 ${id}；这次的论文是 ${ids.join('、') || '（尚未确定）'}`,
  alreadyRead: (name: string, id: string, date: string) => `已经记录 ${name} 读过 ${date} 讨论的 arXiv:${id}，没有改动。`,
  read: (name: string, id: string, date: string, readers: string) => `已记录：${name} 读过 ${date} 讨论的 arXiv:${id}。读过的人：${readers}。`,
  questionShort: (n: number, min: number) => `问题只有 ${n} 个字符；请至少写 ${min} 个`,
  questionLong: (n: number, max: number) => `问题有 ${n.toLocaleString('en')} 个字符；请控制在 ${max} 个以内（一两句话）`,
  questionExists: (paper: string) => `${paper}已经有这个问题了，没有改动。`,
  questionAdded: (paper: string, name: string) => `已加入 ${paper}的讨论问题，注明由 ${name} 提出。`,
};

export function replyStrings(locale: Locale): ReplyStrings {
  return locale === 'zh-CN' ? zhReplies : enReplies;
}
