/**
 * Cheap test first: most text with a name claims nothing. The content script
 * sends a block to be read for claims only when this matches it.
 */
export const CLAIM_CUE =
  /\d|open|proprietar|closed|founded|established|based|headquarter|chinese|french|american|british|canadian|german|israeli|japanese|korean|indian|emirati|CEO|chief|founder|president|chairman|yesterday|today|week|month|year|fraction|cheap|cost|budget|开源|闭源|成立|亿|万|億|萬|发布|昨|今|前天/i;
