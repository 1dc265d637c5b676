/**
 * Words that are also names, for the rules that must not take one for the other.
 * Lower case.
 */

/**
 * Capitalised words that title case, headings and sentence starts use in other
 * senses, or that name no one product alone ("Code" of Claude Code, "Studio",
 * "Intelligence" of "Artificial Intelligence"). Lower case.
 */
export const STOP_WORDS = new Set(
  (
    'app apps agent agents assist assistant atlas bot chat cli code coder deep editor engine foundry hub ' +
    'inference intelligence kernel kit lab labs mode model models north overviews platform protocol research ' +
    'search sdk spark stack studio transformers vision voice cloud desktop mobile web pro plus max mini ultra ' +
    'lite flash air one go home play store live news maps vibe'
  ).split(' '),
);

/**
 * Names that are everyday words in a language pages are written in: "magistral" (Spanish,
 * French: masterly), "nous" (French: we). In lower case they are that word; capitalised,
 * at the start of a sentence, they may still be: see LISTED_SHORT_FORMS.
 */
export const WORDS_ELSEWHERE = new Set(['magistral', 'nous']);

/**
 * Listed names that are a lab's name cut short and a common word too ("Nous" for Nous
 * Research): they count only once the page names the lab in full, like a derived short form.
 */
export const LISTED_SHORT_FORMS = new Set(['nous']);

/**
 * Chinese names that are ordinary words: 寒武纪 (Cambricon; the Cambrian period), 扣子 (Coze;
 * a button), 混元 (Hunyuan; a Daoist word for the primordial). Like an ambiguous name, they
 * count only on pages about AI.
 */
export const CHINESE_WORDS = new Set(['寒武纪', '扣子', '混元']);
