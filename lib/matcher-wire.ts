import type { MatcherData, MatcherWire } from './messaging';

/** Bits of MatcherWire.aliases.flags. */
export const ALIAS_FLAGS = { caseSensitive: 1, ambiguous: 2, contextOnly: 4, familyPattern: 8 } as const;
type Flag = keyof typeof ALIAS_FLAGS;
const FLAGS = Object.entries(ALIAS_FLAGS) as [Flag, number][];

type Refs = MatcherData['compiled']['byKey'];
const packRefs = (r: Refs) => ({ keys: r.map(([k]) => k), refs: r.map(([, i]) => i) });

/** MatcherData → the columns sent to pages (see MatcherWire in lib/messaging.ts). */
export function packMatcherData(d: MatcherData): MatcherWire {
  const index = new Map(d.entities.map((e, i) => [e.id, i]));
  return {
    version: d.version,
    asOf: d.asOf,
    entities: {
      id: d.entities.map((e) => e.id),
      name: d.entities.map((e) => e.name),
      kind: d.entities.map((e) => e.kind),
      country: d.entities.map((e) => e.country ?? ''),
    },
    aliases: {
      text: d.aliases.map((a) => a.text),
      entity: d.aliases.map((a) => index.get(a.entityId) ?? -1),
      flags: d.aliases.map((a) => FLAGS.reduce((bits, [f, bit]) => (a[f] ? bits | bit : bits), 0)),
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

/** The columns back into MatcherData; throws a WireError naming what does not fit. */
export function unpackMatcherData(w: MatcherWire): MatcherData {
  const { entities: e, aliases: a, compiled: c } = w;
  same('entity', e.id.length, e.name.length, e.kind.length, e.country.length);
  same('alias', a.text.length, a.entity.length, a.flags.length);
  same('byKey', c.byKey.keys.length, c.byKey.refs.length);
  same('exact', c.exact.keys.length, c.exact.refs.length);
  const entities = e.id.map((id, i) => {
    const country = e.country[i];
    return {
      id,
      name: e.name[i] as string,
      kind: e.kind[i] as MatcherData['entities'][number]['kind'],
      ...(country ? { country } : {}),
    };
  });
  const aliases = a.text.map((text, i) => {
    const alias: MatcherData['aliases'][number] = { text, entityId: at(e.id, a.entity[i] as number, 'alias entity') };
    for (const [f, bit] of FLAGS) if ((a.flags[i] as number) & bit) alias[f] = true;
    return alias;
  });
  const refs = (r: { keys: string[]; refs: number[] }, what: string): Refs =>
    r.keys.map((k, i) => {
      const ref = r.refs[i] as number;
      at(aliases, ref, what);
      return [k, ref];
    });
  return {
    version: w.version,
    asOf: w.asOf,
    entities,
    aliases,
    compiled: { ...c, byKey: refs(c.byKey, 'byKey alias'), exact: refs(c.exact, 'exact alias') },
  };
}
