/** What the matcher needs to know about one alias. Built from the dataset by the background. */
export interface MatchAlias {
  text: string;
  entityId: string;
  caseSensitive?: boolean;
  ambiguous?: boolean;
  contextOnly?: boolean;
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
}
