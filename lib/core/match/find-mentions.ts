import type { Matcher } from './build-matcher';
import { CHINESE_WORDS, LISTED_SHORT_FORMS, WORDS_ELSEWHERE } from './common-words';
import { continuationEnd, TOOL } from './continuation';
import { FLAG, longestAt } from './flat-trie';
import { mayBeInPhrase, nonAiSpans } from './non-ai-phrases';
import { originalIndex, type PreparedText, prepareText, SEPARATORS } from './normalize';
import { IS_SIZE, IS_VERSION, nameEndAt, wordEndAt, wordStartAt } from './patterns';
import type { MatchAlias, Mention } from './types';

/**
 * An ambiguous name written all in lower case is the common word ("mistral", "llama", a share
 * widget's "facebook"), unless the alias itself is lower case; so is a name that is a word in
 * another language ("magistral"). Capitals ("LLaMA", "MISTRAL") still match.
 */
const commonWord = (a: MatchAlias, cased: string) =>
  cased === cased.toLowerCase() &&
  a.text !== a.text.toLowerCase() &&
  (a.ambiguous === true || WORDS_ELSEWHERE.has(cased));

/** The alias whose name is folded[s, e), honouring case-sensitive aliases and each alias's own spellings. */
function lookup(m: Matcher, p: PreparedText, s: number, e: number): MatchAlias | undefined {
  const folded = p.folded.slice(s, e);
  const cased = p.cased.slice(s, e);
  const exact = m.exact.get(cased.replace(SEPARATORS, ''));
  if (exact && m.spelled(exact, folded)) return exact;
  const any = m.byKey.get(folded.replace(SEPARATORS, ''));
  return any && m.spelled(any, folded) && !commonWord(any, cased) ? any : undefined;
}

/** A shorter name may end at j: after a word, at a word end; never on a separator. */
function endsWord(folded: string, j: number): boolean {
  const last = folded[j - 1] as string;
  if (last === ' ') return false;
  return nameEndAt(folded, j) === j;
}

interface Hit {
  alias: MatchAlias;
  end: number;
  /** Where the alias's own name ends when more follows it: a family's version, or a longer name (`line`). */
  nameEnd?: number;
  /** The text from nameEnd on is a version of the family the alias names. */
  unknownVersion?: boolean;
  /** The text is a longer name that only starts with the alias: reported for `alias.line`. */
  longer?: boolean;
}

/**
 * Turns the regex's match folded[s, e) into an alias. The regex knows no case
 * and no entity, so, in order: the text is a known alias; a known alias plus a
 * size ("Llama 3 70B"); a family name plus a version nobody listed ("GPT-5.5":
 * the family, rather than the facts of a different known version); else the
 * longest name failed its case check ("META" for case-sensitive "Meta") or runs
 * on into a word (`ends` false: "openair"): take the longest shorter name that passes.
 */
function resolve(m: Matcher, p: PreparedText, s: number, end: number, ends: boolean): Hit | undefined {
  // "H100s": a plural is let through after a number; the name is the part before it.
  const plural = ends && p.folded[end - 1] === 's' && /\d/.test(p.folded[end - 2] ?? '') && !lookup(m, p, s, end);
  const e = plural ? end - 1 : end;
  const known = ends ? lookup(m, p, s, e) : undefined;
  if (known) return { alias: known, end: e };
  const shorter: { alias: MatchAlias; end: number }[] = [];
  for (let j = e - 1; j > s; j--) {
    const a = endsWord(p.folded, j) ? lookup(m, p, s, j) : undefined;
    if (a) shorter.push({ alias: a, end: j });
  }
  if (!ends) return shorter[0];
  const sized = shorter.find((h) => IS_SIZE.test(p.folded.slice(h.end, e)));
  if (sized) return { alias: sized.alias, end: e };
  const family = shorter.find((h) => h.alias.familyPattern && IS_VERSION.test(p.folded.slice(h.end, e)));
  if (family) return { alias: family.alias, end: e, nameEnd: family.end, unknownVersion: true };
  return shorter[0];
}

/**
 * "xAI Grok 3": a family name with its maker in front ("xAI Grok") plus a version, where the family's
 * own name with that version is a known model ("Grok 3"): the maker alone, so the model is found next.
 */
function makerFirst(m: Matcher, p: PreparedText, s: number, hit: Hit): Hit | undefined {
  for (let j = s + 2; j < hit.nameEnd!; j++) {
    if (p.folded[j - 1] !== ' ' || !lookup(m, p, j, hit.end)) continue;
    const maker = lookup(m, p, s, j - 1);
    return maker && { alias: maker, end: j - 1 };
  }
  return undefined;
}

/**
 * A German genitive or an English plural written onto a name that ends in a capital: "OpenAIs",
 * "xAIs", "TPUs". The name ends before the "s"; -1 when that is not the case here.
 */
function genitiveEnd(p: PreparedText, e: number): number {
  const c = p.cased.charCodeAt(e - 1);
  return p.cased[e] === 's' && c >= 65 && c <= 90 && wordEndAt(p.folded, e + 1) ? e : -1;
}

/** The original text of a version after its family's name, without the separator between them. */
function versionText(p: PreparedText, text: string, nameEnd: number, end: number): string {
  const from = p.folded[nameEnd] === ' ' ? nameEnd + 1 : nameEnd;
  return text.slice(originalIndex(p, from), end).trim();
}

/**
 * All names in one text block, left to right, never overlapping. Offsets are
 * UTF-16 indices into `text` as given, whatever was folded or cut out to match.
 * Names inside known non-AI phrases ("Claude Monet", "Falcon 9") are left out.
 */
export function findMentions(m: Matcher, text: string): Mention[] {
  const p = prepareText(text);
  // Phrases are looked for only in blocks with a name that may be part of one (most have none).
  let skip: [number, number][] | undefined;
  const out: Mention[] = [];
  let k = 0;
  const { trie, family, starts } = m;
  const f = p.folded;
  // Every place a name may start: a unit the trie's root has, not inside a word; the trie reads on from there.
  starts.lastIndex = 0;
  for (let at = starts.exec(f); at; at = starts.exec(f)) {
    const s = at.index;
    const first = trie.root.get(f.charCodeAt(s));
    let hit: Hit | undefined;
    // A Latin name must not start inside a word; CJK names may.
    if (first !== undefined && (!(trie.flag[first]! & FLAG.word) || wordStartAt(f, s))) {
      // The longest name the trie knows here, word end or not; then a family + version ("GPT-5.5").
      const e0 = longestAt(trie, f, s, first);
      if (e0 > s) {
        family.lastIndex = s;
        const version = family.exec(f);
        const ve = version && wordEndAt(f, s + version[0].length) ? s + version[0].length : -1;
        const end = Math.max(nameEndAt(f, e0), ve, genitiveEnd(p, e0));
        hit = end > s ? resolve(m, p, s, end, true) : resolve(m, p, s, e0, false);
      }
    }
    if (hit?.unknownVersion) hit = makerFirst(m, p, s, hit) ?? hit;
    // A context-only form ("R1" in "R1-Zero") stays as it is: the claims rules read its suffix as a sibling.
    if (hit?.alias.line && !hit.alias.contextOnly) {
      const longer = continuationEnd(m, p, text, hit.alias, hit.end);
      if (longer === TOOL) {
        starts.lastIndex = hit.end;
        continue;
      }
      // A model with no family ("DeepSeek-R1" in "DeepSeek-R1-Zero"): the longer name is a model nobody
      // listed, and neither the shorter model nor its developer.
      const { line, entityId } = hit.alias;
      if (longer > 0 && line !== entityId && !m.families.has(line)) {
        starts.lastIndex = longer;
        continue;
      }
      if (longer > 0) hit = { alias: hit.alias, end: longer, nameEnd: hit.nameEnd ?? hit.end, longer: true };
    }
    starts.lastIndex = hit ? hit.end : s + 1;
    if (!hit) continue;
    if (skip || mayBeInPhrase(p.folded.slice(s, hit.end))) {
      skip ??= nonAiSpans(p.folded);
      // Both lists run left to right: skip phrases that end before this name.
      while (k < skip.length && (skip[k] as [number, number])[1] <= s) k++;
      // A name inside the phrase is skipped; one that runs past it is a longer name ("Grace Hopper Superchip").
      if (k < skip.length && skip[k]![0] < hit.end && hit.end <= skip[k]![1]) continue;
    }
    const start = originalIndex(p, s);
    const end = originalIndex(p, hit.end - 1) + 1;
    const { alias } = hit;
    const mention: Mention = { start, end, entityId: alias.entityId, matched: text.slice(start, end) };
    if (alias.ambiguous || CHINESE_WORDS.has(alias.text)) mention.ambiguous = true;
    if (alias.contextOnly || LISTED_SHORT_FORMS.has(alias.text.toLowerCase())) mention.contextOnly = true;
    if (alias.others) mention.others = alias.others;
    if (hit.unknownVersion || hit.longer) {
      // A family's (or lab's) own name plus more: the version is the rest; a longer model name is given whole.
      const own = hit.unknownVersion || alias.line === alias.entityId;
      mention.unknownVersion = own ? versionText(p, text, hit.nameEnd!, end) : mention.matched;
      if (hit.longer) mention.entityId = alias.line!;
    }
    if (alias.line && alias.line !== mention.entityId) mention.line = alias.line;
    if (alias.byLine && mention.line) mention.byLine = true;
    out.push(mention);
  }
  return out;
}
