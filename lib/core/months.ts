/** Month names and abbreviations (English, French, German, Spanish) → 1–12: the one list for every date reader. */
const NAMES = [
  'january jan janvier janv januar enero',
  'february feb février févr fevrier februar febrero',
  'march mar mars märz maerz marzo',
  'april apr avril avr abril',
  'may mai mayo',
  'june jun juin juni junio',
  'july jul juillet juil juli julio',
  'august aug août aout agosto',
  'september sep sept septembre septiembre',
  'october oct octobre oktober octubre',
  'november nov novembre noviembre',
  'december dec décembre decembre dezember diciembre dez',
];
const MONTHS = new Map<string, number>();
for (const [i, names] of NAMES.entries()) for (const n of names.split(' ')) MONTHS.set(n, i + 1);

/** "Dec.", "december", "juin" → 12, 12, 6; undefined for other words. */
export const monthNumber = (word: string): number | undefined => MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
