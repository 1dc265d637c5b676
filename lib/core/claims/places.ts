import type { ClaimValue, NameAt } from './types';

/** Demonyms and country names as the dataset writes countries. */
const COUNTRIES: [RegExp, string][] = [
  [/^(?:chinese|china(?:['’]s)?|中国)$/i, 'China'],
  [/^(?:american|us|u\.s\.|united\s+states['’]?|america['’]s|美国)$/i, 'United States'],
  [/^(?:french|france['’]s|法国)$/i, 'France'],
  [/^(?:british|uk|u\.k\.|britain['’]s|英国)$/i, 'United Kingdom'],
  [/^(?:canadian|canada['’]s)$/i, 'Canada'],
  [/^(?:german|germany['’]s)$/i, 'Germany'],
  [/^(?:israeli|israel['’]s)$/i, 'Israel'],
  [/^(?:japanese|japan['’]s)$/i, 'Japan'],
  [/^(?:(?:south\s+)?korean|korea['’]s)$/i, 'South Korea'],
  [/^(?:indian|india['’]s)$/i, 'India'],
  [/^(?:emirati|uae['’]s)$/i, 'United Arab Emirates'],
  [/^(?:swiss)$/i, 'Switzerland'],
];

function countryOf(word: string): string | undefined {
  const w = word.trim();
  return COUNTRIES.find(([re]) => re.test(w))?.[1];
}

const DEMONYM =
  /\b(Chinese|American|U\.S\.|US|French|British|UK|Canadian|German|Israeli|Japanese|South\s+Korean|Korean|Indian|Emirati|Swiss)\s+(?:(?:AI|artificial[- ]intelligence|tech|technology|start-?up|chip|quant|hedge[- ]fund|research)\s+)*(?:lab|labs|startup|start-up|company|firm|developer|giant|unicorn|champion|outfit|maker|group|rival|challenger)\b/g;
const POSSESSIVE = /\b(China|France|America|Britain|Canada|Germany|Israel|Japan|Korea|India)['’]s\s+$/;
const PLACE =
  /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-based\b|\b(?:based|headquartered)\s+in\s+([A-Z][a-z]+(?:,?\s+[A-Z][a-z]+)?)/g;

export interface PlaceClaim {
  start: number;
  end: number;
  kind: 'country' | 'headquarters';
  value: ClaimValue;
  /** Where the lab it describes must be: right after ("Chinese AI lab DeepSeek") or anywhere nearby. */
  adjacentTo?: NameAt;
}

/** "a Chinese AI lab", "China's DeepSeek", "Paris-based", "headquartered in Hangzhou". */
export function placeClaims(text: string, labs: NameAt[]): PlaceClaim[] {
  const out: PlaceClaim[] = [];
  for (const m of text.matchAll(DEMONYM)) {
    const country = countryOf(m[1]!);
    if (country)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'country',
        value: { type: 'place', text: m[1]!, country },
      });
  }
  for (const lab of labs) {
    const m = POSSESSIVE.exec(text.slice(Math.max(0, lab.start - 12), lab.start));
    if (!m) continue;
    const start = lab.start - m[0].length;
    const country = countryOf(m[1]!);
    if (country)
      out.push({
        start,
        end: start + m[1]!.length + 2,
        kind: 'country',
        value: { type: 'place', text: m[1]!, country },
        adjacentTo: lab,
      });
  }
  for (const m of text.matchAll(PLACE)) {
    const place = (m[1] ?? m[2])!;
    const country = countryOf(place);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: country ? 'country' : 'headquarters',
      value: { type: 'place', text: place, ...(country ? { country } : {}) },
    });
  }
  return out;
}
