import { mayBeInPhrase, nonAiSpans } from './ambiguity';
import type { Matcher } from './build-matcher';
import { originalIndex, type PreparedText, prepareText, SEPARATORS } from './normalize';
import { IS_SIZE, IS_VERSION, IS_WORD, WORD_END } from './patterns';
import type { MatchAlias, Mention } from './types';

/** Checks a word end at one index (sticky), for names cut shorter than the regex's match. */
const END_AT = new RegExp(WORD_END, 'uy');

/** The alias whose name is folded[s, e), honouring case-sensitive aliases. */
function lookup(m: Matcher, p: PreparedText, s: number, e: number): MatchAlias | undefined {
  return (
    m.exact.get(p.cased.slice(s, e).replace(SEPARATORS, '')) ??
    m.byKey.get(p.folded.slice(s, e).replace(SEPARATORS, ''))
  );
}

function endsWord(folded: string, j: number): boolean {
  const last = folded[j - 1] as string;
  if (/[\s-]/.test(last)) return false;
  if (!IS_WORD.test(last)) return true;
  END_AT.lastIndex = j;
  return END_AT.test(folded);
}

interface Hit {
  alias: MatchAlias;
  end: number;
  unknownVersion?: boolean;
}

/**
 * Turns the regex's match folded[s, e) into an alias. The regex knows no case
 * and no entity, so, in order: the text is a known alias; a known alias plus a
 * size ("Llama 3 70B"); a family name plus a version nobody listed ("GPT-5.5":
 * the family, rather than the facts of a different known version); else the
 * longest name failed its case check ("META" for case-sensitive "Meta"): take
 * the longest shorter name that passes.
 */
function resolve(m: Matcher, p: PreparedText, s: number, end: number): Hit | undefined {
  // "H100s": the regex lets a plural through after a number; the name is the part before it.
  const plural = p.folded[end - 1] === 's' && /\d/.test(p.folded[end - 2] ?? '') && !lookup(m, p, s, end);
  const e = plural ? end - 1 : end;
  const known = lookup(m, p, s, e);
  if (known) return { alias: known, end: e };
  const shorter: { alias: MatchAlias; end: number }[] = [];
  for (let j = e - 1; j > s; j--) {
    const a = endsWord(p.folded, j) ? lookup(m, p, s, j) : undefined;
    if (a) shorter.push({ alias: a, end: j });
  }
  const sized = shorter.find((h) => IS_SIZE.test(p.folded.slice(h.end, e)));
  if (sized) return { alias: sized.alias, end: e };
  const family = shorter.find((h) => h.alias.familyPattern && IS_VERSION.test(p.folded.slice(h.end, e)));
  if (family) return { alias: family.alias, end: e, unknownVersion: true };
  return shorter[0];
}

/**
 * Leftmost match at or after a position, across the matcher's regexes. Each
 * regex keeps its own next match and is only run again when the position
 * passes it, so every regex still scans the text once.
 */
function leftmost(regexes: RegExp[], text: string): (from: number) => RegExpExecArray | null {
  const pending: (RegExpExecArray | null | undefined)[] = regexes.map(() => undefined);
  return (from) => {
    let best: RegExpExecArray | null = null;
    regexes.forEach((re, i) => {
      let r = pending[i];
      if (r === undefined || (r && r.index < from)) {
        re.lastIndex = from;
        r = re.exec(text);
        pending[i] = r;
      }
      if (r && (!best || r.index < best.index)) best = r;
    });
    return best;
  };
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
  const next = leftmost(m.regexes, p.folded);
  for (let r = next(0); r; ) {
    const s = r.index;
    m.family.lastIndex = s;
    const version = m.family.exec(p.folded);
    const hit = resolve(m, p, s, s + Math.max(r[0].length, version?.[0].length ?? 0));
    r = next(hit ? hit.end : s + 1);
    if (!hit) continue;
    if (skip || mayBeInPhrase(p.folded.slice(s, hit.end))) {
      skip ??= nonAiSpans(p.folded);
      // Both lists run left to right: skip phrases that end before this name.
      while (k < skip.length && (skip[k] as [number, number])[1] <= s) k++;
      if (k < skip.length && (skip[k] as [number, number])[0] < hit.end) continue;
    }
    const start = originalIndex(p, s);
    const end = originalIndex(p, hit.end - 1) + 1;
    const { alias } = hit;
    const mention: Mention = { start, end, entityId: alias.entityId, matched: text.slice(start, end) };
    if (alias.ambiguous) mention.ambiguous = true;
    if (alias.contextOnly) mention.contextOnly = true;
    if (hit.unknownVersion) mention.unknownVersion = true;
    out.push(mention);
  }
  return out;
}
