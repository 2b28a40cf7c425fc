/**
 * Words that say nothing about what a paper is about: English function words, and the boilerplate
 * of abstracts ("we propose a novel approach … results show"). Checked on the lowercase word before
 * stemming. Inverse document frequency already discounts common words; this list keeps them from
 * taking one of the few term slots each paper is compared through.
 */
const FUNCTION_WORDS = `a about above across after again against all almost along already also although always am among an
and another any are around as at be became because been before being below between both but by can cannot could
did do does doing done down during each either else etc even ever every few for from further had has have having he
her here hers him his how however i if in into is it its itself just least less like many may me might more most
much must my neither no nor not now of off often on once one only onto or other others otherwise our ours out over
own per perhaps rather same several shall she should since so some such than that the their theirs them themselves
then there thereby therefore these they this those though through throughout thus to together too toward towards
under until up upon us very via was we well were what whatever when where whereas whether which while who whom whose
why will with within without would yet you your`;

const ABSTRACT_BOILERPLATE = `paper papers propose proposes proposed present presents presented introduce introduces introduced
novel new existing approach approaches method methods result results show shows shown showed demonstrate demonstrates
demonstrated achieve achieves achieved outperform outperforms outperforming significantly significant furthermore moreover
additionally respectively specifically particular particularly various different based using use used uses work works
study studies find findings experiment experiments experimental extensive effective effectively state art code available
github com https http www org first two three four five six many ensure ensures ensured ensuring`;

/**
 * What kind of paper it is, not what it is about: two surveys of unrelated fields share "A Comprehensive
 * Survey and Future Directions" (an image-augmentation survey was paired with a video-grounding one).
 */
const GENRE_WORDS = `survey surveys review reviews overview overviews tutorial tutorials primer comprehensive systematic
future directions direction challenges opportunities perspectives perspective trends advances recent
taxonomy lecture notes introduction`;

/**
 * The models and tests a study runs, not what it is about: a quantisation study and a safety benchmark
 * both evaluated "Qwen2.5-7B-Instruct" and used McNemar's test, and were paired by those words alone.
 * Model sizes and versions ("7b", "v0") are dropped by {@link TOOL_TOKEN}.
 */
const TOOL_WORDS = `qwen llama mistral mixtral gemma phi gpt claude gemini deepseek instruct chat turbo sonnet opus haiku
mcnemar wilcoxon bonferroni`;

/** A model's size or a version: "7b", "1.5b", "500m", "v0", "v2". */
export const TOOL_TOKEN = /^(?:\d+(?:\.\d+)?[bmk]|v\d+)$/;

/** English stopwords, lowercase. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${ABSTRACT_BOILERPLATE} ${GENRE_WORDS} ${TOOL_WORDS}`.split(/\s+/).filter(Boolean));

/**
 * Chinese words with as little to say as the English list: pronouns, connectives and the boilerplate
 * of translated abstracts ("本文提出…结果表明"). Runs of Han characters are cut where they occur.
 */
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set(
  `我们 他们 它们 这个 这些 那些 这种 一个 一种 一些 可以 能够 使用 利用 通过 基于 进行 提出 本文 该文 论文 方法 结果 表明
  展示 证明 新颖 现有 实验 显著 工作 研究 此外 然而 因此 所以 以及 并且 而且 但是 其中 同时 从而 由于 对于 关于 为了 作为 没有
  已经 目前 最近 更好 之间 方面 如何 不同 各种 广泛 有效 进一 一步 许多 包括 具有 其他 相关 以上 主要 问题`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Chinese function characters at which a run of Han characters is cut before taking bigrams, so that
 * "模型的性能" gives 模型 and 性能 but not 型的 or 的性. Only characters that are almost never part of
 * a content word are listed (对, 在, 为 are left out: 对齐, 存在, 行为).
 */
export const CHINESE_BREAK_CHARS = '的了和与或';
