import type { NameAt } from './types';

/** A person the page calls a founder of a lab, named in words LabLens has no entity for. */
export interface NamedFounder {
  start: number;
  end: number;
  lab: NameAt;
  name: string;
}

/** "founded by", "founded in December 2015 by", "its founders are/include", "co-founders": a list follows. */
const LIST_START =
  /\b(?:(?:co-)?founded\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by|(?:co-)?founders\s+(?:are|were|include|included)|co-founders)\s+/g;
/** Two or three capitalised words: "Peter Thiel", "Daniel De Freitas"; not "Google DeepMind alumni". */
const PERSON = /^[A-Z][\p{Ll}'’-]+(?:\s+(?:de|van|von|der|De|Van|Von)?\s*[A-Z][\p{Ll}'’-]+){1,2}/u;
const LEAD = /^\s*(?:including|such\s+as|notably|among\s+them|and)\s+/i;

/** Where a list of names ends: the clause or a word that starts something other than a name. */
function listText(text: string, from: number): string {
  const rest = text.slice(from);
  const stop = /[.;:!?()。]|\s(?:with|who|as|in|after|to|from|while|whose|serving)\s/.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

/**
 * Founders named in a list ("founded by A, B and C", "among the founders are A and B") or after a
 * lab's title ("Microsoft co-founder A"), when LabLens has no entity for them: the checker compares
 * the names with the lab's founders. Names LabLens knows are read by `personClaims`.
 */
export function namedFounders(text: string, labs: readonly NameAt[], names: readonly NameAt[]): NamedFounder[] {
  const out: NamedFounder[] = [];
  const add = (lab: NameAt, start: number, raw: string) => {
    const lead = LEAD.exec(raw)?.[0].length ?? 0;
    const m = PERSON.exec(raw.slice(lead));
    // The whole item must be the name: "Elon Musk's friends" or "Tesla engineers" are not one.
    if (!m || raw.slice(lead + m[0].length).trim()) return;
    const s = start + lead;
    const e = s + m[0].length;
    if (names.some((n) => n.start < e && n.end > s)) return;
    out.push({ start: s, end: e, lab, name: m[0] });
  };
  for (const m of text.matchAll(LIST_START)) {
    const lab = [...labs].reverse().find((l) => l.end <= m.index && m.index - l.end <= 60);
    if (!lab) continue;
    const from = m.index + m[0].length;
    const list = listText(text, from);
    let at = 0;
    for (const item of list.split(/,|\s+and\s+|\s*&\s*/)) {
      const offset = list.indexOf(item, at);
      at = offset + item.length;
      const trimmed = item.trimStart();
      add(lab, from + offset + item.length - trimmed.length, trimmed.trimEnd());
    }
  }
  for (const lab of labs) {
    // "Microsoft co-founder Peter Thiel": the lab, its title, then the name.
    const title = /^(?:['’]s)?\s+(?:co-)?founder\s+/i.exec(text.slice(lab.end, lab.end + 20));
    if (!title) continue;
    const from = lab.end + title[0].length;
    const m = PERSON.exec(text.slice(from));
    if (m) add(lab, from, m[0]);
  }
  return out;
}
