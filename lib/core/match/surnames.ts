/**
 * A person's surname from a full name in Latin script, for the context-only
 * form pages use after the full name ("Hassabis", "Liang" after "Liang Wenfeng").
 * Chinese, Korean and Japanese names are often written family name first;
 * the order is told by the entity's name in Han script, a Korean given name's
 * hyphen ("Lee Jae-myung") or a family-first name listed beside its reverse.
 */

/** Pinyin of common Chinese family names (simplified and traditional), for names written with a Han alias. */
const HAN_FAMILY: Record<string, string> = Object.fromEntries(
  (
    '王wang 李li 张zhang 張zhang 刘liu 劉liu 陈chen 陳chen 杨yang 楊yang 黄huang 黃huang 赵zhao 趙zhao 吴wu 吳wu ' +
    '周zhou 徐xu 孙sun 孫sun 马ma 馬ma 朱zhu 胡hu 郭guo 何he 林lin 罗luo 羅luo 高gao 梁liang 郑zheng 鄭zheng ' +
    '谢xie 謝xie 宋song 唐tang 韩han 韓han 冯feng 馮feng 邓deng 鄧deng 曹cao 彭peng 曾zeng 肖xiao 萧xiao 田tian ' +
    '董dong 潘pan 袁yuan 蔡cai 蒋jiang 姜jiang 杜du 叶ye 葉ye 程cheng 魏wei 苏su 蘇su 丁ding 任ren 卢lu 陆lu ' +
    '姚yao 沈shen 钟zhong 崔cui 谭tan 范fan 汪wang 廖liao 石shi 金jin 贾jia 夏xia 傅fu 方fang 邹zou 熊xiong ' +
    '白bai 孟meng 秦qin 邱qiu 侯hou 薛xue 闫yan 閆yan 严yan 段duan 雷lei 龙long 陶tao 毛mao 郝hao 顾gu 龚gong ' +
    '邵shao 钱qian 孔kong 于yu 余yu 俞yu 印yin 汤tang 湯tang 庞pang 龐pang 赖lai 詹zhan 殷yin 柳liu'
  )
    .split(' ')
    .map((pair) => [pair.slice(0, 1), pair.slice(1)]),
);

const PINYIN_FAMILY = new Set(Object.values(HAN_FAMILY));

/** Korean family names as romanised: with a hyphenated given name ("Kim Sung-hoon") they come first. */
const KOREAN_FAMILY = new Set(
  (
    'kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han shin seo suh ' +
    'kwon hwang ahn an song yoo yu hong jeon moon baek paik son bae heo nam noh ha kwak sung cha joo woo min ryu'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
/** A Korean given name in Latin script: two syllables joined by a hyphen, the second in lower case. */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** A surname as pages write it alone: capitalised, letters only (LeCun, O'Brien), no initial. */
const SURNAME = /^\p{Lu}[\p{L}'’]+$/u;

/** Titles before a name: what follows is a given name ("Sheikh Tahnoun"), not a surname. */
const TITLES = new Set([
  'sheikh',
  'dr',
  'dr.',
  'sir',
  'dame',
  'prof',
  'prof.',
  'professor',
  'mr',
  'mr.',
  'ms',
  'ms.',
  'lord',
]);

/**
 * The surname in one full name (words in Latin script), or undefined when it cannot be told
 * safely: one word, a title first, lower-case particles ("bin", "van"), an initial where the surname
 * would be. `han`: the family name's pinyin from the entity's name in Han script; '' when that name's
 * family name is not a Chinese one known here (伊藤錬), null when the entity has no name in Han script.
 */
function surnameIn(name: string, han: string | null, hangul: boolean): string | undefined {
  const words = name.trim().split(/\s+/);
  const first = words[0]!;
  if (words.length < 2 || TITLES.has(first.toLowerCase())) return undefined;
  if (words.some((w) => w[0] === w[0]!.toLowerCase())) return undefined;
  const pick = (w: string) => (SURNAME.test(w) ? w : undefined);
  // The name in Han script says which word is the family name ("Liang Wenfeng" 梁文锋, "Jensen Huang" 黄仁勋).
  const family = han && words.find((w) => w.toLowerCase() === han);
  if (family) return pick(family);
  if (KOREAN_FAMILY.has(first.toLowerCase()) && (hangul || KOREAN_GIVEN.test(words[1]!))) return pick(first);
  const last = words[words.length - 1]!;
  // Pinyin with no Han name to check: "Tang Jie" is family name first, "Percy Liang" and "Peng Xiao" are not.
  if (
    han === null &&
    words.length === 2 &&
    PINYIN_FAMILY.has(first.toLowerCase()) &&
    !PINYIN_FAMILY.has(last.toLowerCase())
  )
    return pick(first);
  return pick(last);
}

/**
 * A person's surnames as pages write them alone, from the entity's name and its other full
 * names ("Paik" and "Baek" for June Paik / Baek Jun-ho). Never a given name of the entity's own
 * name ("Masayoshi" from "Son Masayoshi" beside "Masayoshi Son").
 */
export function personSurnames(written: string, aliases: readonly string[]): string[] {
  // A nickname in brackets is no part of the name: "Yuhuai (Tony) Wu".
  const name = written.replace(/\s*\([^)]*\)/g, '');
  const names = [name, ...aliases];
  const han = names.find((n) => HAN.test(n[0] ?? ''));
  const pinyin = han ? (HAN_FAMILY[han[0]!] ?? '') : null;
  const hangul = names.some((n) => HANGUL.test(n));
  const main = surnameIn(name, pinyin, hangul);
  const given = new Set(
    name
      .trim()
      .split(/\s+/)
      .filter((w) => w !== main),
  );
  const out = new Set<string>();
  for (const n of names) {
    const s = HAN.test(n) || HANGUL.test(n) ? undefined : surnameIn(n, pinyin, hangul);
    if (s && !given.has(s)) out.add(s);
  }
  return [...out];
}
