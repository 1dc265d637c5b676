import type { Matcher } from './build-matcher';
import type { MatchAlias } from './types';

/**
 * A matcher as plain data: built once by the background when the dataset is
 * stored, restored by each page in a fraction of the time a build takes
 * (building costs ~150 ms of cold JavaScript in a fresh page).
 * Aliases are referred to by index into the list they were built from.
 */
export interface CompiledMatcher {
  regexes: { source: string; flags: string }[];
  family: { source: string; flags: string };
  byKey: [string, number][];
  exact: [string, number][];
}

export function compileMatcher(m: Matcher, aliases: MatchAlias[]): CompiledMatcher {
  const index = new Map(aliases.map((a, i) => [a, i]));
  const refs = (map: Map<string, MatchAlias>) => [...map].map(([k, a]) => [k, index.get(a) ?? -1] as [string, number]);
  const re = (r: RegExp) => ({ source: r.source, flags: r.flags });
  return { regexes: m.regexes.map(re), family: re(m.family), byKey: refs(m.byKey), exact: refs(m.exact) };
}

export function restoreMatcher(c: CompiledMatcher, aliases: MatchAlias[]): Matcher {
  const map = (entries: [string, number][]) =>
    new Map(entries.flatMap(([k, i]) => (aliases[i] ? [[k, aliases[i]] as [string, MatchAlias]] : [])));
  return {
    regexes: c.regexes.map((r) => new RegExp(r.source, r.flags)),
    family: new RegExp(c.family.source, c.family.flags),
    byKey: map(c.byKey),
    exact: map(c.exact),
  };
}
