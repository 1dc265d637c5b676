// The one written form of an entity file: keys in the schema's order, relations sorted, 2-space JSON.
const TOP = ['id', 'kind', 'name', 'isFamily', 'aliases', 'summary', 'summarySources', 'facts', 'relations'];
const FACT = ['value', 'source', 'asOf', 'reportedBy', 'estimate', 'note', 'alternatives'];
const ALIAS = ['text', 'caseSensitive', 'ambiguous', 'contextOnly'];
const SOURCE = ['url', 'title'];
const RELATION = ['type', 'target', 'source', 'asOf', 'note'];

function ordered(o: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in o) out[k] = o[k];
  for (const k of Object.keys(o).sort()) if (!(k in out)) out[k] = o[k];
  return out;
}

const src = (s: unknown) => ordered(s as Record<string, unknown>, SOURCE);
const fact = (f: Record<string, unknown>) => {
  const o = ordered(f, FACT);
  if (o.source) o.source = src(o.source);
  if (Array.isArray(o.alternatives))
    o.alternatives = o.alternatives.map((a: Record<string, unknown>) => ({
      ...ordered(a, FACT),
      source: src(a.source),
    }));
  return o;
};

export function canonicalEntity(raw: Record<string, unknown>, factOrder: string[]): string {
  const e = ordered(raw, TOP);
  if (Array.isArray(e.aliases)) e.aliases = e.aliases.map((a: Record<string, unknown>) => ordered(a, ALIAS));
  if (Array.isArray(e.summarySources)) e.summarySources = e.summarySources.map(src);
  if (e.facts && typeof e.facts === 'object') {
    const facts = ordered(e.facts as Record<string, unknown>, factOrder);
    for (const k of Object.keys(facts)) facts[k] = fact(facts[k] as Record<string, unknown>);
    e.facts = facts;
  }
  if (Array.isArray(e.relations))
    e.relations = e.relations
      .map(
        (r: Record<string, unknown>): Record<string, unknown> => ({ ...ordered(r, RELATION), source: src(r.source) }),
      )
      .sort((a, b) => `${a.type}\u0000${a.target}`.localeCompare(`${b.type}\u0000${b.target}`));
  return `${JSON.stringify(e, null, 2)}\n`;
}
