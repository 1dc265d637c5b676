import { aliasKey } from './normalize';
import type { MatchAlias, Mention } from './types';

export interface Matcher {
  regex: RegExp;
  /** aliasKey → alias, to map a match back to its entity. */
  byKey: Map<string, MatchAlias>;
  /** Case-sensitive aliases must appear exactly as written. */
  exact: Map<string, MatchAlias>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_EDGE = /[\p{L}\p{N}_]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Hyphen, space or nothing between the parts of a name; invisible characters tolerated. */
function pattern(alias: string): string {
  return [...alias]
    .map((ch) => (/[\s\-]/.test(ch) ? '[\\s\\-\u2010-\u2015\u00AD\u200B]?' : `${escape(ch)}[\u00AD\u200B]?`))
    .join('')
    .replace(/\[\\u00AD\\u200B\]\?$/, '');
}

export function buildMatcher(aliases: MatchAlias[]): Matcher {
  const byKey = new Map<string, MatchAlias>();
  const exact = new Map<string, MatchAlias>();
  for (const a of aliases) {
    if (a.caseSensitive) exact.set(a.text, a);
    else if (!byKey.has(aliasKey(a.text))) byKey.set(aliasKey(a.text), a);
  }
  const sorted = [...aliases].sort((a, b) => b.text.length - a.text.length);
  const parts = sorted.map((a) => {
    const body = pattern(a.text);
    const first = a.text[0] ?? '';
    const last = a.text.at(-1) ?? '';
    const pre = LATIN_EDGE.test(first) && !CJK.test(first) ? '(?<![\\p{L}\\p{N}_])' : '';
    const post = LATIN_EDGE.test(last) && !CJK.test(last) ? '(?![\\p{L}\\p{N}_])' : '';
    return `${pre}${body}${post}`;
  });
  const source = parts.length ? parts.join('|') : '(?!)';
  return { regex: new RegExp(source, 'giu'), byKey, exact };
}

export function findMentions(m: Matcher, text: string): Mention[] {
  const out: Mention[] = [];
  m.regex.lastIndex = 0;
  for (let r = m.regex.exec(text); r; r = m.regex.exec(text)) {
    const matched = r[0];
    const alias = m.exact.get(matched.replace(/[\u00AD\u200B]/g, '')) ?? m.byKey.get(aliasKey(matched));
    if (!alias) continue;
    out.push({
      start: r.index,
      end: r.index + matched.length,
      entityId: alias.entityId,
      matched,
      ambiguous: alias.ambiguous,
      contextOnly: alias.contextOnly,
    });
  }
  return out;
}

/** Page-level rules: context-only forms need the full name somewhere on the page. */
export function resolvePage(blocks: Mention[][]): Mention[][] {
  const named = new Set(blocks.flat().filter((m) => !m.contextOnly && !m.ambiguous).map((m) => m.entityId));
  const aboutAi = named.size > 0;
  return blocks.map((b) =>
    b.filter((m) => (m.contextOnly ? named.has(m.entityId) : true) && (m.ambiguous ? aboutAi : true)),
  );
}
