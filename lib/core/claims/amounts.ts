import { NUMBER_WORDS } from './number-words';
/** A figure written in text, as the range of values its wording allows. */
export interface Amount {
  start: number;
  end: number;
  low: number;
  high: number;
  /** The figure as written, scaled ("671 billion" → 671e9). */
  value: number;
  money: boolean;
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  万: 1e4,
  亿: 1e8,
  千亿: 1e11,
  万亿: 1e12,
  百万: 1e6,
  千万: 1e7,
  // Traditional forms, as Taiwanese and Hong Kong pages write them.
  萬: 1e4,
  億: 1e8,
  千億: 1e11,
  萬億: 1e12,
  百萬: 1e6,
  千萬: 1e7,
};

const QUALIFIER =
  '(nearly|almost|close\\s+to|just\\s+(?:under|below|shy\\s+of)|about|around|roughly|approximately|approx\\.?|some|an\\s+estimated|estimated|~|over|more\\s+than|above|at\\s+least|upwards\\s+of|exceeding|under|less\\s+than|below|fewer\\s+than|up\\s+to|a\\s+mere|only|just|超过|近|约|逾)?';
/** Small numbers in words count only before a scale word: "one trillion", "a 1-trillion" is digits. */
const NUMBER = `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`;
const UNIT =
  '(thousand|millions?|billions?|trillion|mn|bn|tn|mio|[kKmMbBtT](?![a-zA-Z])|千亿|万亿|百万|千万|万|亿|千億|萬億|百萬|千萬|萬|億)?';
const AMOUNT = new RegExp(
  `${QUALIFIER}\\s*(US\\$|\\$|USD\\s?|€|£|¥)?\\s*${NUMBER}\\s*[-\\s]?${UNIT}(?:\\s*(?:美元|dollars|USD))?`,
  'gi',
);

/** How far written rounding stretches: "6" covers 5.5–6.5, "5.6" covers 5.55–5.65. */
function roundingHalfStep(num: string): number {
  const dot = num.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(num.length - dot - 1);
  return 0.5;
}

/**
 * Every number in `text` with its scale and the range its wording allows:
 * rounding as written, widened by qualifiers ("nearly 700 billion" covers
 * 595–700 billion; "more than 1 trillion" everything above).
 */
export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const [whole, qualifier, currency, digits, unit] = m;
    if (!digits) continue;
    const word = NUMBER_WORDS[digits.toLowerCase()];
    if (word !== undefined && !/^(?:thousand|millions?|billions?|trillion)$/i.test(unit ?? '')) continue;
    const lead = whole.length - whole.trimStart().length;
    const start = m.index + lead;
    // Without a unit the separator belongs to what follows: "2,000,000-token" is a figure and "-token".
    const end = m.index + (unit ? whole.trimEnd() : whole.replace(/[-\s]+$/, '')).length;
    // Inside a name or a version ("GPT-4o", "v3.1", "Qwen2.5"), not a figure.
    const before = text.slice(Math.max(0, start - 2), start);
    if (!qualifier && !currency && (/[\w.]$/.test(before) || /[A-Za-z\d]-$/.test(before))) continue;
    if (!unit && /^[A-Za-z]/.test(text.slice(end))) continue;
    const scale = unit ? (SCALE[unit.toLowerCase()] ?? SCALE[unit]!) : 1;
    const n = word ?? Number(digits.replace(/,/g, ''));
    const half = digits.includes(',') ? 0.5 : roundingHalfStep(digits);
    let low = (n - half) * scale;
    let high = (n + half) * scale;
    const q = qualifier?.toLowerCase().replace(/\s+/g, ' ');
    const value = n * scale;
    if (q) {
      if (/^(nearly|almost|close to|just (under|below|shy of)|近)$/.test(q)) [low, high] = [value * 0.85, value];
      else if (/^(about|around|roughly|approximately|approx\.?|some|an estimated|estimated|~|约)$/.test(q))
        [low, high] = [Math.min(low, value * 0.9), Math.max(high, value * 1.1)];
      else if (/^(over|more than|above|at least|upwards of|exceeding|超过|逾)$/.test(q))
        [low, high] = [value, Number.MAX_VALUE];
      else if (/^(under|less than|below|fewer than)$/.test(q)) [low, high] = [0, value];
    }
    out.push({
      start,
      end,
      low,
      high,
      value,
      money: !!currency || /美元|dollars|USD/i.test(whole),
    });
  }
  return out;
}

/** A size in a model's name as written ("Llama 3.1 405B", "Qwen2.5-72B", "Qwen3-30B-A3B"), in parameters. */
export function sizeInName(name: string): number | undefined {
  const m = /(?:^|[\s-])(\d+(?:\.\d+)?)\s?B(?:\b|-)/i.exec(name);
  return m ? Number(m[1]) * 1e9 : undefined;
}

/** The first figure in a dataset text value ("About $5.576M as reported…", "2.788M H800 GPU hours…"). */
export function firstAmount(text: string, money: boolean): number | undefined {
  return findAmounts(text).find((a) => a.money === money && a.value > 0)?.value;
}
