import type { MatcherBundle, PackedMatcher } from '../shared/protocol';

/** Bits of PackedMatcher.aliases.flags. */
const ALIAS_FLAGS = { caseSensitive: 1, ambiguous: 2, contextOnly: 4, familyPattern: 8, byLine: 16 } as const;
type Flag = keyof typeof ALIAS_FLAGS;
const FLAGS = Object.entries(ALIAS_FLAGS) as [Flag, number][];

type Refs = MatcherBundle['compiled']['byKey'];

/** Every value after a \x1f, so [] and [''] differ; no value may hold one (the dataset has none). */
const SEP = '\x1f';
function strings(values: readonly string[]): string {
  const bad = values.find((v) => v.includes(SEP));
  if (bad !== undefined) throw new WireError(`matcher data: ${JSON.stringify(bad)} holds the column separator`);
  return values.map((v) => SEP + v).join('');
}
const ints = (values: readonly number[]) => values.join(',');
const unStrings = (column: string) => (column ? column.slice(1).split(SEP) : []);
const unInts = (column: string) => (column ? column.split(',').map(Number) : []);

const packRefs = (r: Refs) => ({ keys: strings(r.map(([k]) => k)), refs: ints(r.map(([, i]) => i)) });

/** MatcherBundle → the columns sent to pages (see PackedMatcher in lib/shared/protocol.ts). */
export function packMatcher(d: MatcherBundle): PackedMatcher {
  const index = new Map(d.entities.map((e, i) => [e.id, i]));
  return {
    version: d.version,
    asOf: d.asOf,
    entities: {
      id: strings(d.entities.map((e) => e.id)),
      name: strings(d.entities.map((e) => e.name)),
      kind: strings(d.entities.map((e) => e.kind)),
      country: strings(d.entities.map((e) => e.country ?? '')),
    },
    aliases: {
      text: strings(d.aliases.map((a) => a.text)),
      entity: ints(d.aliases.map((a) => index.get(a.entityId) ?? -1)),
      flags: ints(d.aliases.map((a) => FLAGS.reduce((bits, [f, bit]) => (a[f] ? bits | bit : bits), 0))),
      line: ints(d.aliases.map((a) => (a.line ? (index.get(a.line) ?? -1) : -1))),
      others: strings(d.aliases.map((a) => (a.others ?? []).map((id) => index.get(id) ?? -1).join(','))),
    },
    compiled: { ...d.compiled, byKey: packRefs(d.compiled.byKey), exact: packRefs(d.compiled.exact) },
  };
}

export class WireError extends Error {
  override name = 'WireError';
}

function same(what: string, ...lengths: number[]): void {
  if (lengths.some((n) => n !== lengths[0])) throw new WireError(`matcher data: ${what} columns differ in length`);
}

/** list[i], or a WireError when i is not an index of it. */
function at<T>(list: readonly T[], i: number, what: string): T {
  if (!Number.isInteger(i) || i < 0 || i >= list.length) throw new WireError(`matcher data: ${what} ${i} out of range`);
  return list[i] as T;
}

/** The columns back into MatcherBundle; throws a WireError naming what does not fit. */
export function unpackMatcher(w: PackedMatcher): MatcherBundle {
  const e = {
    id: unStrings(w.entities.id),
    name: unStrings(w.entities.name),
    kind: unStrings(w.entities.kind),
    country: unStrings(w.entities.country),
  };
  const a = {
    text: unStrings(w.aliases.text),
    entity: unInts(w.aliases.entity),
    flags: unInts(w.aliases.flags),
    line: unInts(w.aliases.line),
    others: unStrings(w.aliases.others),
  };
  const unRefs = (r: { keys: string; refs: string }) => ({ keys: unStrings(r.keys), refs: unInts(r.refs) });
  const c = { ...w.compiled, byKey: unRefs(w.compiled.byKey), exact: unRefs(w.compiled.exact) };
  same('entity', e.id.length, e.name.length, e.kind.length, e.country.length);
  same('alias', a.text.length, a.entity.length, a.flags.length, a.line.length, a.others.length);
  same('byKey', c.byKey.keys.length, c.byKey.refs.length);
  same('exact', c.exact.keys.length, c.exact.refs.length);
  // Plain loops, no callbacks or spreads: this runs once per page, cold, in V8's interpreter, where
  // the .map version of it took ~10 ms for ~2,000 entities and aliases.
  type Entity = MatcherBundle['entities'][number];
  const entities: Entity[] = new Array(e.id.length);
  for (let i = 0; i < e.id.length; i++) {
    const entity: Entity = { id: e.id[i]!, name: e.name[i]!, kind: e.kind[i] as Entity['kind'] };
    if (e.country[i]) entity.country = e.country[i];
    entities[i] = entity;
  }
  const aliases: MatcherBundle['aliases'] = new Array(a.text.length);
  for (let i = 0; i < a.text.length; i++) {
    const alias: MatcherBundle['aliases'][number] = {
      text: a.text[i]!,
      entityId: at(e.id, a.entity[i]!, 'alias entity'),
    };
    const bits = a.flags[i]!;
    if (bits) for (const [f, bit] of FLAGS) if (bits & bit) alias[f] = true;
    if (a.line[i]! >= 0) alias.line = at(e.id, a.line[i]!, 'alias line');
    if (a.others[i]) alias.others = unInts(a.others[i]!).map((k) => at(e.id, k, 'alias other'));
    aliases[i] = alias;
  }
  const refs = (r: { keys: string[]; refs: number[] }, what: string): Refs => {
    const out: Refs = new Array(r.keys.length);
    for (let i = 0; i < r.keys.length; i++) {
      at(aliases, r.refs[i]!, what);
      out[i] = [r.keys[i]!, r.refs[i]!];
    }
    return out;
  };
  return {
    version: w.version,
    asOf: w.asOf,
    entities,
    aliases,
    compiled: { ...c, byKey: refs(c.byKey, 'byKey alias'), exact: refs(c.exact, 'exact alias') },
  };
}
