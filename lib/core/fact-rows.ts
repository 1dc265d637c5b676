import type { EntityView, FactView } from '../shared/protocol';

/** One line of a card: a fact or relation key, a readable value and where it comes from. */
export interface FactRow {
  key: string;
  value: string;
  /** For relations: the entities named, so the UI can link to them. */
  targets?: { id: string; name: string }[];
  fact: Pick<FactView, 'source' | 'asOf' | 'reportedBy' | 'estimate' | 'note' | 'alternatives'>;
}

/** Order of facts per kind: what a reader wants first comes first. */
const ORDER: Record<EntityView['kind'], string[]> = {
  lab: ['country', 'headquarters', 'founded', 'founders', 'leaders', 'parent', 'website'],
  model: [
    'developer',
    'releaseDate',
    'parametersTotal',
    'parametersActive',
    'architecture',
    'contextWindow',
    'openWeights',
    'license',
    'modalities',
    'trainingTokens',
    'knowledgeCutoff',
    'trainingCompute',
    'trainingCost',
    'family',
    'predecessor',
    'successor',
    'trainedOn',
  ],
  product: ['maker', 'launchDate', 'basedOn', 'category', 'users'],
  person: ['role', 'affiliation', 'knownFor', 'born'],
  chip: ['maker', 'announced', 'architecture', 'memory', 'process', 'exportControls'],
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-12-26" → "26 Dec 2024"; partial dates stay partial. */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y ?? d;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** A span of days as a reader writes it: "26 Dec 2024", "1–20 Jan 2025", "Jan 2025", "2023", "26 Dec 2024 – 3 Jan 2025". */
export function formatSpan(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  const last = new Date(Date.UTC(Number(ty), Number(tm), 0)).getUTCDate();
  if (fy === ty && fm === '01' && fd === '01' && tm === '12' && td === '31') return fy!;
  if (fy === ty && fm === tm && fd === '01' && Number(td) === last) return formatDate(`${fy}-${fm}`);
  if (fy === ty && fm === tm) return `${Number(fd)}–${formatDate(to)}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** 671000000000 → "671B"; 14800000000000 → "14.8T". */
function formatCount(n: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of units) if (n >= size) return `${Number((n / size).toPrecision(3))}${unit}`;
  return String(n);
}

/** Words the values need; the UI passes its translations. */
export interface ValueWords {
  yes: string;
  no: string;
  tokens: (n: string) => string;
}
const ENGLISH: ValueWords = { yes: 'Yes', no: 'No', tokens: (n) => `${n} tokens` };

/** A fact's value for reading: counts scaled, dates written out, booleans in words. */
export function formatValue(key: string, v: unknown, w: ValueWords = ENGLISH): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (typeof v === 'number') {
    if (key === 'contextWindow' || key === 'trainingTokens') return w.tokens(formatCount(v));
    return formatCount(v);
  }
  const s = String(v);
  return /^\d{4}(-\d{2}){0,2}$/.test(s) && key !== 'process' ? formatDate(s) : s;
}

/**
 * Relations by type: those the entity states itself (`inverse` false), or
 * those read from the other side ("models by this lab", `inverse` true).
 */
export function relationGroups(e: Pick<EntityView, 'relations'>, inverse: boolean) {
  const groups = new Map<string, EntityView['relations']>();
  for (const r of e.relations) if (!!r.inverse === inverse) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return groups;
}

/** The facts and stated relations of an entity, ordered for display. */
export function factRows(e: EntityView, words: ValueWords = ENGLISH): FactRow[] {
  const rows: FactRow[] = [];
  for (const [key, f] of Object.entries(e.facts)) rows.push({ key, value: formatValue(key, f.value, words), fact: f });
  for (const [type, rels] of relationGroups(e, false)) {
    rows.push({
      key: type,
      value: rels.map((r) => r.targetName).join(', '),
      targets: rels.map((r) => ({ id: r.target, name: r.targetName })),
      fact: rels[0]!,
    });
  }
  const order = ORDER[e.kind];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return rows.sort((a, b) => rank(a.key) - rank(b.key));
}
