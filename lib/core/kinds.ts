/** The kinds of entity, in the order readers meet them in lists and settings. The one list. */
export const KINDS = ['lab', 'model', 'product', 'person', 'chip'] as const;
export type Kind = (typeof KINDS)[number];
