/** A sentence of a block, by offsets into the block's text. */
export interface Sentence {
  start: number;
  end: number;
}

// Abbreviations that end with a dot inside a sentence.
const ABBREV =
  /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Prof|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|approx|No|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])$/;

/**
 * Splits text into sentences: at . ! ? followed by a space and a capital, a
 * digit or a quote, and at Chinese/Japanese full stops. Decimals ("2.5"),
 * abbreviations ("U.S.", "Dec.") and initials do not end a sentence.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const end = /[.!?]+["'”’)]*\s+(?=["'“‘([]?[A-Z0-9\u4e00-\u9fff])|[。！？]+["'”’」』)]*|\n+/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].trimEnd().length;
    if (m[0][0] === '.' && ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (stop > start) out.push({ start, end: stop });
    start = m.index + m[0].length;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** A sentence that refers back to what the previous one named: "It…", "The model…", "The company's…". */
export const REFERS_BACK =
  /^\s*(?:\[\d+\]\s*)*["“]?(?:it|its|it's|they|their|the\s+(?:model|models|company|startup|start-up|lab|firm|chatbot|system|chip|new\s+model|latest\s+model|release|group|organi[sz]ation|(?:full|new|final|open|updated|stable)\s+(?:version|release|model))|this\s+(?:model|company|startup|lab|chip)|该模型|该公司|它|其)(?:['’]s)?\b/i;

/** "…the cost of training this model was…": a reference back inside a sentence that names nothing. */
export const REFERS_INSIDE = /\b(?:this|the\s+same)\s+(?:model|company|startup|lab|chatbot|chip)\b/i;
