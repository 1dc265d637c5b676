/** What the matcher needs to know about one alias. Built from the dataset by the background. */
export interface MatchAlias {
  text: string;
  entityId: string;
  caseSensitive?: boolean;
  ambiguous?: boolean;
  contextOnly?: boolean;
  /**
   * The alias names a model family: also match it followed by a version
   * ("GPT" → "GPT-5.5", "Claude" → "Claude Opus 4.7"). Such a match is
   * reported for the family, with `unknownVersion`, unless its text is itself
   * a known alias.
   */
  familyPattern?: boolean;
  /**
   * The entity a longer, unlisted name that starts with this alias stands for
   * ("GPT-4-0314" → "gpt", "DeepSeek V4" → "deepseek"): the family of a model,
   * else its developer; a lab or family itself. Unset: no such rule (people, chips, products).
   */
  line?: string;
  /**
   * Other entities the form may stand for; the page decides. A context-only form several entities share
   * ("Liang"); or a full name that is also another entity's short form ("Copilot" after "GitHub Copilot").
   */
  others?: string[];
  /**
   * A context-only form that also counts once the page names its `line` in full: a model's short form
   * after its family or developer ("R1" after "DeepSeek"), a product's after its maker ("Operator" after "OpenAI").
   */
  byLine?: boolean;
}

/** A name found in one text block; offsets are UTF-16 indices into that block's original text. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  /** The text as it stands on the page. */
  matched: string;
  ambiguous?: boolean;
  contextOnly?: boolean;
  /** Other entities the form may stand for: it counts for the one the page named in full. */
  others?: string[];
  /** The model's line (family, else developer; a product's maker for its short forms) when not the entity itself. */
  line?: string;
  /** A context-only form that also counts once the page names `line` (MatchAlias.byLine). */
  byLine?: boolean;
  /**
   * A version of a known family that the dataset does not list, as written ("5.5" in "GPT-5.5", "V4" in
   * "DeepSeek V4", "GPT-4-0314"); entityId is then the family's (or the developer's).
   */
  unknownVersion?: string;
}
