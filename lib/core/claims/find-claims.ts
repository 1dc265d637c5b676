import type { Kind } from '../kinds';
import { listsSizes, type RawClaim, rawClaims } from './claim-patterns';
import { findDates } from './date-phrases';
import { namedFounders } from './founder-lists';
import { ROW_LABEL } from './infobox';
import { personClaims } from './people';
import { placeClaims } from './places';
import { REFERS_BACK as BACK, REFERS_INSIDE, sentences } from './sentences';

/** A sentence about the previous one's subject: "It…", "The model…", or an infobox row ("Parameters: 175B"). */
const REFERS_BACK = { test: (s: string) => BACK.test(s) || ROW_LABEL.test(s) };

import { rowDates } from './table-rows';
import type { ClaimKind, FoundClaim, NameAt } from './types';

/** Which kinds of name a claim can be about; labs stand in for their model as a last resort. */
const FITS: Record<ClaimKind, readonly Kind[]> = {
  releaseDate: ['model', 'product', 'chip'],
  parameters: ['model'],
  contextWindow: ['model'],
  trainingTokens: ['model'],
  trainingCompute: ['model'],
  trainingCost: ['model'],
  openness: ['model'],
  founded: ['lab'],
  headquarters: ['lab'],
  country: ['lab'],
  people: ['lab'],
};
const LAB_STANDS_IN = new Set<ClaimKind>(['trainingCost', 'trainingCompute', 'openness', 'parameters']);
/** How far from its subject a claim may be and still be unmistakably about it. */
const NEAR = 45;
/** No model reads 100 million tokens at once: a larger "context" figure is something else. */
const MAX_CONTEXT = 1e8;

/**
 * Claims about the names in one block of text. A claim belongs to the name
 * it sits next to in its sentence, or, when its sentence names none and
 * refers back ("The model…", "It…"), to the previous sentence's name.
 * `carry`: the names of the sentence before the block (a previous paragraph).
 */
export function findClaims(
  text: string,
  names: readonly NameAt[],
  today: string | undefined,
  carry: readonly NameAt[] = [],
): FoundClaim[] {
  const out: FoundClaim[] = [];
  // Names of the previous sentence, with offsets from that sentence's start.
  let previous: NameAt[] = [...carry];
  for (const s of sentences(text)) {
    const here = names.filter((n) => n.start >= s.start && n.end <= s.end);
    const local = text.slice(s.start, s.end);
    // Only sentences that name something, or refer back to a sentence that did.
    if (!here.length && !(previous.length && REFERS_BACK.test(local))) {
      previous = [];
      continue;
    }
    const shift = (n: NameAt): NameAt => ({ ...n, start: n.start - s.start, end: n.end - s.start });
    const sentenceStart = s.start;
    const inside = here.map(shift);
    const claims: FoundClaim[] = [];
    // A question claims nothing ("Is GPT-3 open source?").
    const raws = /[?？]["”’)]*\s*$/.test(local) ? [] : rawClaims(local, today, inside);
    const sizeList = raws.some((r) => r.kind === 'parameters') && listsSizes(local);
    for (const raw of raws) {
      // "Parameters 123B Context Length 128K": a figure in billions beside "context" is the row before's size.
      if (raw.kind === 'contextWindow' && raw.value.type === 'amount' && raw.value.low >= MAX_CONTEXT) continue;
      const event = raw.kind === 'releaseDate' || raw.kind === 'founded';
      if (!event && inside.some((n) => raw.start < n.end && raw.end > n.start)) continue;
      const released = event ? objects(raw, inside, local) : [];
      if (released.length > 1) {
        // "released Llama 4 Scout and Llama 4 Maverick on…": one claim per name.
        for (const o of released) claims.push({ ...raw, subjects: [o.entityId], direct: !raw.hedged });
        continue;
      }
      const c = tie(raw, released.length ? released : inside, previous, local);
      // A size in a list of sizes is one of a lineup, not the model's own, unless the name is inside the figure's words.
      const ofMany =
        sizeList &&
        raw.kind === 'parameters' &&
        raw.value.type === 'amount' &&
        !raw.value.active &&
        // "176B total": the words say it is the whole model's.
        !/\btotal\b/i.test(local.slice(raw.start, raw.end)) &&
        !inside.some((n) => n.start >= raw.start && n.end <= raw.end);
      if (c) {
        const own = nearest(c, raws, inside, local);
        // One of a lineup can only be wrong by being larger than the model's largest.
        claims.push(own && !ofMany ? c : own && c.direct ? { ...c, lineup: true } : { ...c, direct: false });
      }
    }
    const labs = inside.filter((n) => n.kind === 'lab');
    for (const p of placeClaims(local, labs)) {
      const c = tie({ ...p }, p.adjacentTo ? [p.adjacentTo] : inside, previous, local);
      if (c) claims.push(c);
    }
    // A role is the article date's only when the sentence sets no other time ("In 2021, the CEO …").
    // Only a CEO claim needs it, and most sentences have none: read the sentence's dates once, lazily.
    let dated: boolean | undefined;
    const setsTime = () => {
      dated ??= findDates(local, today).length > 0;
      return dated;
    };
    for (const p of personClaims(
      local,
      labs,
      inside.filter((n) => n.kind === 'person'),
    )) {
      const at = p.role === 'ceo' && !!today && !setsTime();
      claims.push({
        start: p.start,
        end: p.end,
        kind: 'people',
        value: { type: 'person', person: p.person.entityId, role: p.role, ...(at ? { at: today } : {}) },
        subjects: [p.lab.entityId],
        direct: true,
      });
    }
    claims.push(...rowDates(local, inside));
    for (const f of namedFounders(local, labs, inside))
      claims.push({
        start: f.start,
        end: f.end,
        kind: 'people',
        value: { type: 'person', person: '', role: 'founder', name: f.name },
        subjects: [f.lab.entityId],
        direct: true,
      });
    for (const c of dedupe(claims)) out.push({ ...c, start: c.start + s.start, end: c.end + s.start });
    if (here.length) previous = here.map((n) => ({ ...n, start: n.start - sentenceStart, end: n.end - sentenceStart }));
    else if (!REFERS_BACK.test(local)) previous = [];
  }
  return out;
}

/** The names a verb acts on: "introduced GPT-4 Turbo in…", "the publication of DeepSeek-V3 and DeepSeek-R1". */
function objects(raw: RawClaim, inside: readonly NameAt[], text: string): NameAt[] {
  if (raw.verbEnd === undefined) return [];
  const fits = FITS[raw.kind];
  const out: NameAt[] = [];
  let at = raw.verbEnd;
  for (const n of [...inside].sort((a, b) => a.start - b.start)) {
    if (n.start < at) continue;
    const between = text.slice(at, n.start);
    // "成立了AI公司零一万物": in Chinese a few words may describe the object between the verb and its name.
    const chinese = /[\u4e00-\u9fff]$/.test(text.slice(0, raw.verbEnd));
    const joins = out.length
      ? /^\s*(?:,|and|&|as\s+well\s+as|和|与|及)?\s*(?:the|its)?\s*$/i
      : chinese
        ? /^了?[^，。；、,;\s]{0,14}$/
        : /^\s*(?:its|the|a|their|new|latest|own|of|open-source|\s)*$/i;
    if (!joins.test(between) || !fits.includes(n.kind)) break;
    out.push(n);
    at = n.end;
  }
  return out;
}

/** Words between a figure and a later name that make the name something else: "from Llama-2's", "than GPT-4". */
const COMPARED = /\b(?:from|than|compared|versus|vs\.?|unlike|like|over|rivals?|against)\b/i;

const COMPARED_WITH =
  /\b(?:match(?:es|ing)?|rival(?:s|ing|led)?|beat(?:s|ing)?|outperform(?:s|ing|ed)?|exceed(?:s|ing|ed)?|surpass(?:es|ing|ed)?|compet(?:e|es|ing|ed)\s+with|compared\s+(?:to|with)|than|like|versus|vs\.?|against|similar\s+to|on\s+par\s+with|comparable\s+to|(?:based|built)\s+(?:directly\s+)?on|foundation\s+of|on\s+top\s+of|successor\s+(?:to|of)|upgrade\s+(?:over|from|to)|derived\s+from|(?:fine-?tuned|distilled)\s+from|previous|prior|earlier|older|predecessors?)\s+(?:(?:the|its|a|an)\s+)?(?:[\p{L}\d.-]+['’]s\s+)?$/iu;

const VERSION_OF =
  /\b(?:version|update|upgrade|refresh|iteration|successor|variant|edition)s?\s+(?:of|to)\s+(?:the\s+|its\s+)?(?:[\p{L}\d.-]+['’]s\s+)?$/iu;

/** A date beside a series ("a series of compact models launched in 2023") is the series', not one member's. */
const SERIES = /\b(?:series|family|line-?up|line|generation|range)\s+of\b/i;

/** "The model is…", "The company…": a reference back names the kind of its subject. */
const BACK_KIND: [RegExp, Kind][] = [
  [/^\s*["“]?(?:the|this)\s+(?:new\s+|latest\s+)?models?\b|^\s*该模型/i, 'model'],
  [/^\s*["“]?(?:the|this)\s+(?:company|startup|start-up|lab|firm|group|organi[sz]ation)\b|^\s*该公司/i, 'lab'],
  [/^\s*["“]?(?:the|this)\s+chip\b/i, 'chip'],
];

/** Ties a claim to its subject in the sentence, or through a back-reference to the previous sentence. */
function tie(
  raw: RawClaim,
  inside: readonly NameAt[],
  previous: readonly NameAt[],
  sentence: string,
): FoundClaim | undefined {
  const fits = FITS[raw.kind];
  // "founded by former OpenAI members", "released to ChatGPT users", "after they left OpenAI": a name after
  // such words is the agent, the place or the past, not what was founded or released.
  const agent = (n: NameAt) =>
    (raw.kind === 'releaseDate' || raw.kind === 'founded') &&
    raw.verbEnd !== undefined &&
    n.start >= raw.verbEnd &&
    /\b(?:by|to|from|at|with|alongside|via|through|into|in|on|left|leaving|joined|joining|quit)\s+(?:(?:former|ex-|the|its|his|her|their|a|an|new)\s*)*$/i.test(
      sentence.slice(Math.max(0, n.start - 24), n.start),
    );
  // "R1 matches OpenAI o1's reasoning at a reported $6M": a name someone is compared with is not the subject.
  const compared = (n: NameAt) => COMPARED_WITH.test(sentence.slice(Math.max(0, n.start - 30), n.start));
  // "released an upgraded version of Claude 3.5 Sonnet in October": the date is the new version's, not the name's.
  const versionOf = (n: NameAt) =>
    raw.kind === 'releaseDate' && VERSION_OF.test(sentence.slice(Math.max(0, n.start - 40), n.start));
  const fitting = inside.filter((n) => fits.includes(n.kind) && !agent(n) && !compared(n) && !versionOf(n));
  const ids = new Set(fitting.map((n) => n.entityId));
  const within = fitting.find((n) => n.start >= raw.start && n.end <= raw.end);
  // "Llama-3's 30.8M GPU-hours": the figure right after a possessive is that name's, compared or not.
  const possessor = inside.find(
    (n) =>
      fits.includes(n.kind) &&
      n.end <= raw.start &&
      /^['’]s\s+(?:(?:only|about|around|roughly|a|an|the|reported|estimated|just)\s+)*$/i.test(
        sentence.slice(n.end, raw.start),
      ),
  );
  const before = fitting.filter((n) => n.end <= raw.start).sort((a, b) => b.end - a.end);
  const after = fitting
    .filter((n) => n.start >= raw.end && n.start - raw.end <= NEAR && !COMPARED.test(sentence.slice(raw.end, n.start)))
    .sort((a, b) => a.start - b.start);
  // "GPT-4, which launched in March 2023": a relative clause is about the name it follows, whatever that name's role.
  const relative = inside.find(
    (n) =>
      fits.includes(n.kind) &&
      n.end <= raw.start &&
      /^\s*,?\s*(?:which|that|who)\b[^,;()]{0,30}$/i.test(sentence.slice(n.end, raw.start)),
  );
  // "surpassing GPT-3.5 with 175 billion parameters": the figure right after a compared name is that name's.
  const closest = inside.filter((n) => n.end <= raw.start).sort((a, b) => b.end - a.end)[0];
  if (!within && !possessor && !relative && closest && compared(closest) && raw.start - closest.end <= 12)
    return undefined;
  const subject = within ?? possessor ?? relative ?? before[0] ?? after[0];
  // "Mistral Small (24B)" with Mistral Small unknown: the bracket is not the earlier name's.
  if (subject && raw.noteOn && !/^\s*\(\s*~?$/.test(sentence.slice(subject.end, raw.start)))
    return { ...raw, subjects: [subject.entityId], direct: false };
  if (subject) {
    const distance = subject.end <= raw.start ? raw.start - subject.end : Math.max(0, subject.start - raw.end);
    // "chatGPT-4", "R1-Zero": the page names something longer than the name found.
    const longer = /^(?:[-‐][\p{L}\d]|\s?\d)/u.test(sentence.slice(subject.end, subject.end + 2));
    // "Qwen3-30B-A3B" or "phi-3-small" found as Qwen3 or Phi-3: the judge compares the name as written.
    const written = sentence.slice(subject.start, subject.end);
    const ofSeries =
      raw.kind === 'releaseDate' &&
      SERIES.test(
        subject.end <= raw.start ? sentence.slice(subject.end, raw.start) : sentence.slice(raw.end, subject.start),
      );
    return {
      ...raw,
      subjects: [subject.entityId],
      direct: !raw.hedged && !longer && !ofSeries && (ids.size === 1 || distance <= NEAR),
      written,
    };
  }
  if (REFERS_BACK.test(sentence) || (!fitting.length && REFERS_INSIDE.test(sentence))) {
    // "The model … was released on …" after a sentence naming a GPU and a model: the model, never the GPU.
    const said = BACK_KIND.find(([re]) => re.test(sentence))?.[1];
    const back = previous.filter((n) => fits.includes(n.kind) && (!said || n.kind === said));
    // The previous sentence's subject: its first name, when the sentence opens with it.
    const first = back[0];
    const direct = !raw.hedged && !!first && (new Set(back.map((n) => n.entityId)).size === 1 || first.start < 30);
    if (first) return { ...raw, subjects: [first.entityId], direct };
  }
  if (LAB_STANDS_IN.has(raw.kind)) {
    const labs = inside.filter((n) => n.kind === 'lab' && !compared(n));
    const near = labs.find((n) => Math.min(Math.abs(n.start - raw.end), Math.abs(raw.start - n.end)) <= NEAR);
    if (near) return { ...raw, subjects: [near.entityId], direct: false, viaLab: true };
  }
  return undefined;
}

/**
 * Each name's figure is the one nearest to it: in "$6 million on the base V3
 * model and just $294,000 on RL", the second figure is not V3's.
 */
function nearest(c: FoundClaim, raws: readonly RawClaim[], inside: readonly NameAt[], text: string): boolean {
  const subject = inside.find((n) => n.entityId === c.subjects[0] && n.end <= c.start);
  if (!subject) return true;
  // "$6 million spent on the base V3 model": V3 is that figure's, not a later one's.
  const bound = raws.some(
    (r) =>
      r.kind === c.kind &&
      r.end <= subject.start &&
      /^\s*(?:\w+\s+){0,2}(?:on|for|to\s+train|of)\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+)?$/i.test(
        text.slice(r.end, subject.start),
      ),
  );
  if (bound) return false;
  const between = text.slice(subject.end, c.start);
  if (
    /\b(?:and|while|whereas|but|versus|vs\.?|compared)\b/i.test(between) &&
    raws.some((r) => r.kind === c.kind && r !== (c as unknown) && r.start >= subject.end && r.end <= c.start)
  )
    return false;
  return true;
}

/** One claim per span: when two overlap, keep the first found (the more specific pattern). */
function dedupe(claims: FoundClaim[]): FoundClaim[] {
  const out: FoundClaim[] = [];
  for (const c of claims)
    if (!out.some((o) => c.start < o.end && c.end > o.start && o.kind === c.kind && o.subjects[0] === c.subjects[0]))
      out.push(c);
  return out;
}
