import { findAmounts } from './amounts';
import { CLAIM_CUE } from './cue';
import { findDates } from './date-phrases';
import { labelledValues } from './infobox';
import type { ClaimKind, ClaimValue } from './types';

/** A claim found in a sentence, before it is tied to a name. */
export interface RawClaim {
  start: number;
  end: number;
  kind: ClaimKind;
  value: ClaimValue;
  /** Where the verb ends ("released", "the launch of"): names right after it are what was released. */
  verbEnd?: number;
  /** Hedged ("reportedly", "some claim") or about another model ("a base model that…"): never disagrees. */
  hedged?: boolean;
  /** A note in brackets on the words right before it ("Falcon 2 (11B)"): only a name right there is its subject. */
  noteOn?: boolean;
}

const RELEASE =
  /\b(?:release[sd]?|releasing|launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|announc(?:ed|es|ing)|debut(?:ed|s)?|roll(?:ed|s)\s+out|rolled\s+out|shipped|came\s+out|publish(?:ed|es)?|open[- ]sourced|dropped|(?:publication|arrival|unveiling)\s+of)\b|发布|推出|上线/gi;
const PREVIEW =
  /\b(?:preview|beta|early\s+access|early\s+testers|initial\s+release|first\s+(?:variant|version|product|release)|limited\s+release|waitlist|demo)\b/i;
const ANNOUNCED = /^(?:announc|unveil|introduc|debut)/i;
const FOUNDED = /\b(?:founded|co-founded|established|set\s+up|incorporated|formed|inception|creation\s+of)\b|成立/gi;
/** Future, plans and conditions: not a claim that something happened. */
const NOT_FACT =
  /(?:\b(?:will|would|could|might|(?<!\b(?:in|of|early|mid|late|since|last|this|until|by)\s)may(?!\s+\d)|should|must|plans?|planning|expected|expects|set|scheduled|upcoming|if|rumou?red|reportedly|not|never|yet\s+to)\b|n't)[^.,;]{0,25}$/i;
/** Words that make a figure second-hand or about something else: it may agree, never disagree. */
const HEDGE =
  /\b(?:reportedly|rumou?red|allegedly|some\s+(?:inside\s+)?sources|some\s+(?:versions|variants|editions|models)|estimated|speculat\w*|leaked|(?:base|foundation(?:al)?|underlying|teacher|predecessor|previous|earlier|original)\b[^.;]{0,40}\bmodel\s+(?:that|which))\b[^.;]{0,60}$/i;
const AGE_AFTER =
  /^\s*(?:(?:仅|才|不到|近|已|刚|刚刚|只有)\s*)?[\d一二两三四五六七八九十]+\s*(?:年|个月|多年)|^\s+(?:just|only|barely|less\s+than|nearly|about)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?)\s+(?!ago|earlier|before)/i;
/** A date that is not when something happened: "as of February 2024", "by 2030". */
const NOT_EVENT_DATE = /\b(?:as\s+(?:of|at)|by|until|through|before|after|since)\s+$/i;

const PARAMS = /^[\s-]*(?:total\s+|active\s+|activated\s+)?(?:parameters?|params)\b|^\s*(?:个)?(?:激活)?参数/i;
/**
 * Infobox and table shorthand for a size written with B or T: "176B total", "17B active", "(235B MoE)",
 * "Falcon 2 (11B)". The letter, not "billion", is what model sizes are written with.
 */
const SIZE_WORD =
  /^\s*(?:\/\s*)?(?:total|active|activated|MoE)\b(?![\s-]*(?:tokens?|training|compute|cost|funding|revenue|users))/i;
const SIZE_ALONE = /^\s*(?:\)|(?:total|active|MoE)\b[^()]{0,20}\))/i;
const CONTEXT_AFTER = /^[\s-]*(?:tokens?\s+|-token\s+)?(?:of\s+)?(?:context|上下文)/i;
const CONTEXT_BEFORE =
  /(?:context(?:\s+windows?|\s+lengths?)?|上下文(?:长度)?)(?:\s+(?:of|up\s+to|to|at|is|was|reaching|为|达))*\s*$/i;
/**
 * A window told by what a model takes in, without the word "context": "offered 200,000 tokens", "topped out at
 * 128K tokens", "the input token limit … is set at 4096 tokens", "256,000 token capacity".
 */
const CAPACITY_BEFORE =
  /(?:\b(?:offer(?:s|ed|ing)?|top(?:s|ped)\s+out\s+at|max(?:es|ed)?\s+out\s+at|handl(?:es|ed|ing)|accept(?:s|ed|ing)?|support(?:s|ed|ing)?)|\btoken\s+limit\b(?:[^.;,]|\.\d){0,30}?\b(?:is|of|at))\s+(?:(?:up\s+to|a|an|about|around|roughly|only|just)\s+)*$/i;
const CAPACITY_AFTER = /^[\s-]*tokens?\b(?![\s-]*(?:per|a|an|each|every|of\s+(?:training|data|text))\b|\s*\/)/i;
const CAPACITY_NOUN = /^[\s-]*tokens?[\s-]+(?:capacity|limit|window)\b/i;
const TOKENS = /^[\s-]*(?:high[- ]quality\s+|diverse\s+|training\s+|multilingual\s+)?tokens?\b/i;
const TRAINING = /\b(?:train|trained|training|pre-?train(?:ed|ing)?)\b|训练/i;
const GPU_HOURS = /^[\s-]*(?:(?:H800|H100|A100|H20|TPU|GPU)s?[\s-]+)?(?:GPU[\s-]+)?hours?\b/i;
const COST_CONTEXT = /\b(?:train|trained|training|cost|costs|budget|spent|spend|build|built)\b|成本|训练/i;
const COST_SCOPE =
  /\b(?:total|complete|overall|entire|whole|all[- ]in|development|developing|develop|including|spanning|hardware|capex|infrastructure|research|data\s*cent(?:er|re)s?|chips|GPUs\s+(?:purchases|bought)|compute\s+cluster|investment|invested|funding|raised|valuation|market(?:\s+cap)?|capitali[sz]ation|wipeout|revenue|stock|shares|losses?)\b/i;
const VAGUE_COST =
  /\b(?:(?:a\s+)?fraction\s+of\s+the\s+(?:cost|budget|price|resources|money)|shoestring\s+budget|far\s+cheaper|much\s+cheaper|low[- ]cost)\b/gi;
const OPENNESS =
  /\b(open[- ]?sourced?|open[- ]weights?|openly\s+available|open\s+models?|proprietary|closed[- ]source|closed\s+models?|closed[- ]weights?)\b|开源|闭源/gi;
/** "the open-source community", "leading proprietary systems": a category, not the name's own openness. */
const NOT_OPENNESS_AFTER =
  /^[\s-]*(?:(?:AI|LLM|language|frontier|rival|western|US|American|Chinese)\s+)*(?:community|communities|movement|software|tools?|projects?|ecosystem|developers?|advocates?|world|code\s*base|alternatives?|models|systems|LLMs|rivals|competitors|counterparts|labs|companies|players|peers|offerings|ones)\b/i;

function clause(text: string, from: number, to: number): boolean {
  return !/[;:!?。；()（）]|\s[—–-]\s|—/.test(text.slice(Math.min(from, to), Math.max(from, to)));
}

/** Text between two offsets without the names in it: "released Llama 4 Scout and Llama 4 Maverick on…" is close. */
const gap = (from: number, to: number, names: readonly { start: number; end: number }[]) =>
  to - from - names.filter((n) => n.start >= from && n.end <= to).reduce((s, n) => s + n.end - n.start, 0);

/** How an event is told: its verbs, and how far its date may stand after and before the verb. */
interface Event {
  kind: 'releaseDate' | 'founded';
  verbs: RegExp;
  after: number;
  before: number;
}
const EVENTS: Event[] = [
  { kind: 'releaseDate', verbs: RELEASE, after: 40, before: 60 },
  { kind: 'founded', verbs: FOUNDED, after: 25, before: 90 },
];

/** Release and founding times: a verb of the event and a date phrase close to each other in one clause. */
function events(text: string, today: string | undefined, names: readonly Span[]): RawClaim[] {
  const out: RawClaim[] = [];
  const dates = findDates(text, today).filter(
    (d) => !NOT_EVENT_DATE.test(text.slice(Math.max(0, d.start - 12), d.start)) && !(today && d.span.from > today),
  );
  for (const e of EVENTS)
    for (const verb of text.matchAll(e.verbs)) {
      const v = { start: verb.index, end: verb.index + verb[0].length };
      if (NOT_FACT.test(text.slice(Math.max(0, v.start - 40), v.start))) continue;
      // "成立仅四年的MiniMax", "founded just two years": an age, not the date of the founding.
      if (AGE_AFTER.test(text.slice(v.end, v.end + 14))) continue;
      const d =
        dates.find((x) => x.start >= v.end && gap(v.end, x.start, names) <= e.after && clause(text, v.end, x.start)) ??
        [...dates].reverse().find(
          (x) =>
            x.end <= v.start &&
            gap(x.end, v.start, names) <= e.before &&
            clause(text, x.end, v.start) &&
            // "pretraining completed in October 2023 and released…": that date is the other verb's.
            !/(?:\b(?:and|then)\s+(?:\w+\s+){0,2}|并|后)$/i.test(text.slice(x.end, v.start)),
        );
      if (!d) continue;
      // "Announced", a preview or a first, limited release before the release can be that, not the
      // release: the checker treats them apart.
      const announced = e.kind === 'releaseDate' && (ANNOUNCED.test(verb[0]) || PREVIEW.test(text));
      out.push({
        start: Math.min(v.start, d.start),
        end: Math.max(v.end, d.end),
        kind: e.kind,
        value: { type: 'date', from: d.span.from, to: d.span.to, relative: d.relative || d.loose, announced },
        verbEnd: v.end,
      });
    }
  return out;
}

/** Tokens are training tokens only when training is said near them: before the figure, or right after it. */
function trainedOn(text: string, start: number, end: number): boolean {
  return (
    TRAINING.test(text.slice(Math.max(0, start - 100), start)) ||
    /^[\s-]*(?:\w+\s+){0,3}(?:of\s+)?(?:training|pre-?training)\b|^[^，,。]{0,12}训练/i.test(text.slice(end, end + 40))
  );
}

/**
 * A sentence that lists sizes ("includes 8B and 70B parameter variants", "from 0.5 billion to 72 billion
 * parameters"): two or more model sizes that are not active counts. None of them is one model's own.
 */
export function listsSizes(text: string): boolean {
  const sizes = new Set(
    findAmounts(text)
      .filter(
        (a) =>
          !a.money &&
          a.value >= 1e8 &&
          a.value < 1e13 &&
          !/^\W{0,3}(?:tokens?|hours?|GPU|H\d00|context|activ|激活|美元)/i.test(text.slice(a.end, a.end + 14)) &&
          !/activ\w*\s*$|激活\s*$|experts?\s+(?:models?\s+)?of\s*$/i.test(
            text.slice(Math.max(0, a.start - 20), a.start),
          ) &&
          !/^\W{0,3}(?:param\w*\s+)?(?:each|apiece|per\s+expert)/i.test(text.slice(a.end, a.end + 24)),
      )
      .map((a) => a.value),
  );
  return sizes.size > 1;
}

/** Parameter counts, context windows, training tokens, GPU hours and costs: a figure and the word that says what it counts. */
function figures(text: string): RawClaim[] {
  const out: RawClaim[] = [];
  for (const a of findAmounts(text)) {
    const after = text.slice(a.end, a.end + 40);
    const before = text.slice(Math.max(0, a.start - 40), a.start);
    const scaled = a.value >= 1e5;
    const hedged = HEDGE.test(text.slice(0, a.start));
    const claim = (kind: RawClaim['kind'], end: number, active = false): void => {
      const total =
        kind === 'parameters' &&
        (/\btotal\b|总/i.test(text.slice(a.end, end)) ||
          /\btotal\s+(?:of\s+)?$|总(?:参数量?)?[为是达]?$/i.test(before));
      const value = { type: 'amount' as const, low: a.low, high: a.high, active, ...(total ? { total } : {}) };
      out.push({ start: a.start, end, kind, value, hedged });
    };
    const m = (re: RegExp) => re.exec(after);
    if (!a.money && scaled && m(PARAMS)) {
      const p = m(PARAMS)!;
      // "eight experts of 22B parameters each": a part, not the model.
      if (
        /^\s*(?:each|apiece|per\s+expert)/i.test(text.slice(a.end + p[0].length)) ||
        /\bexperts?\s+of\s*$/i.test(before)
      )
        continue;
      claim('parameters', a.end + p[0].length, /activ|激活/i.test(p[0]) || /\bactiv\w*\s*$/i.test(before));
    } else if (
      !a.money &&
      a.value >= 1e8 &&
      /\d\s?[BT]$/.test(text.slice(a.start, a.end)) &&
      (m(SIZE_WORD) || (/\(\s*~?$/.test(before) && m(SIZE_ALONE)))
    ) {
      const word = m(SIZE_WORD);
      claim('parameters', a.end + (word?.[0].length ?? 0), /activ/i.test(word?.[0] ?? ''));
      // "Mistral Small (24B)": a bracket right after a capitalised word notes that word, a name or not.
      if (/\b[A-Z\d][\w.-]*\s*\(\s*~?$/.test(before)) out[out.length - 1]!.noteOn = true;
    } else if (!a.money && a.value >= 1000 && (m(CONTEXT_AFTER) || CONTEXT_BEFORE.test(before))) {
      claim('contextWindow', a.end + ((m(CONTEXT_AFTER) ?? m(TOKENS))?.[0].length ?? 0));
    } else if (
      !a.money &&
      a.value >= 1000 &&
      a.value < 1e8 &&
      (m(CAPACITY_NOUN) || (m(CAPACITY_AFTER) && CAPACITY_BEFORE.test(before))) &&
      !trainedOn(text, a.start, a.end)
    ) {
      claim('contextWindow', a.end + (m(CAPACITY_NOUN) ?? m(CAPACITY_AFTER))![0].length);
    } else if (!a.money && scaled && m(TOKENS) && trainedOn(text, a.start, a.end)) {
      claim('trainingTokens', a.end + m(TOKENS)![0].length);
    } else if (!a.money && scaled && m(GPU_HOURS)) {
      claim('trainingCompute', a.end + m(GPU_HOURS)![0].length);
    } else if (a.money && a.value >= 1e4 && COST_CONTEXT.test(text)) {
      // A cost of something wider than a training run (all development, hardware, research) is not comparable.
      const scope = COST_SCOPE.test(text.slice(Math.max(0, a.start - 120), a.end + 40));
      out.push({
        start: a.start,
        end: a.end,
        kind: 'trainingCost',
        value: { type: 'amount', low: a.low, high: a.high, active: false },
        hedged: hedged || scope,
      });
    }
  }
  for (const v of text.matchAll(VAGUE_COST))
    out.push({ start: v.index, end: v.index + v[0].length, kind: 'trainingCost', value: { type: 'vague' } });
  return out;
}

function openness(text: string): RawClaim[] {
  const out: RawClaim[] = [];
  for (const o of text.matchAll(OPENNESS)) {
    const end = o.index + o[0].length;
    const before = text.slice(Math.max(0, o.index - 30), o.index);
    // "is not open source", "weren't open-sourced": a claim that it is closed.
    const negated = /(?:\b(?:not|never)|n't)\s+(?:(?:been|be|yet|fully|truly|really)\s+)*$/i.test(before);
    if (!negated && NOT_FACT.test(before)) continue;
    if (/\bto\s+$|\bthan\s+$/i.test(before.slice(-8))) continue;
    if (NOT_OPENNESS_AFTER.test(text.slice(end, end + 30))) continue;
    const open = !/proprietar|closed|闭源/i.test(o[0]) !== negated;
    // "open weights, not open source" is right about a model with open weights: a denial never disagrees.
    out.push({ start: o.index, end, kind: 'openness', value: { type: 'open', open }, hedged: negated });
  }
  return out;
}

type Span = { start: number; end: number };

/** Every claim in one sentence; `names`: the names found in it (their words do not count as distance). */
export function rawClaims(text: string, today: string | undefined, names: readonly Span[] = []): RawClaim[] {
  if (!CLAIM_CUE.test(text)) return [];
  const rows = labelledValues(text, today);
  // A labelled value is read once: the row's reading wins over the same figure read as prose.
  const free = [...events(text, today, names), ...figures(text)].filter(
    (c) => !rows.some((r) => r.kind === c.kind && c.start < r.end && c.end > r.start),
  );
  return [...rows, ...free, ...openness(text)];
}
