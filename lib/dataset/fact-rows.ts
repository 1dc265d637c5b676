import type { EntityView, FactView } from '../messaging';

/** One line of a card: a label, a readable value and where it comes from. */
export interface FactRow {
  key: string;
  label: string;
  value: string;
  fact: Pick<FactView, 'source' | 'asOf' | 'reportedBy' | 'estimate' | 'note'>;
}

const LABELS: Record<string, string> = {
  country: 'Country',
  headquarters: 'Headquarters',
  founded: 'Founded',
  founders: 'Founders',
  leaders: 'Leaders',
  website: 'Website',
  releaseDate: 'Released',
  parametersTotal: 'Parameters (total)',
  parametersActive: 'Parameters (active)',
  architecture: 'Architecture',
  contextWindow: 'Context window',
  openWeights: 'Open weights',
  license: 'Licence',
  modalities: 'Modalities',
  trainingTokens: 'Training data',
  trainingCompute: 'Training compute',
  trainingCost: 'Training cost',
  launchDate: 'Launched',
  category: 'Category',
  users: 'Users',
  role: 'Role',
  knownFor: 'Known for',
  born: 'Born',
  announced: 'Announced',
  memory: 'Memory',
  process: 'Process',
  exportControls: 'Export controls',
};

const RELATION_LABELS: Record<string, string> = {
  developer: 'Developer',
  family: 'Family',
  predecessor: 'Predecessor',
  successor: 'Successor',
  parent: 'Parent',
  maker: 'Maker',
  basedOn: 'Based on',
  affiliation: 'Affiliation',
  trainedOn: 'Trained on',
};

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

/** 671000000000 → "671B"; 14800000000000 → "14.8T". */
export function formatCount(n: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of units) if (n >= size) return `${Number((n / size).toPrecision(3))}${unit}`;
  return String(n);
}

function formatValue(key: string, v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'number') {
    if (key === 'contextWindow') return `${formatCount(v)} tokens`;
    if (key === 'trainingTokens') return `${formatCount(v)} tokens`;
    return formatCount(v);
  }
  const s = String(v);
  return /^\d{4}(-\d{2}){0,2}$/.test(s) && key !== 'process' ? formatDate(s) : s;
}

/** The facts and stated relations of an entity, labelled and ordered for display. */
export function factRows(e: EntityView): FactRow[] {
  const rows: FactRow[] = [];
  for (const [key, f] of Object.entries(e.facts))
    rows.push({ key, label: LABELS[key] ?? key, value: formatValue(key, f.value), fact: f });
  const grouped = new Map<string, EntityView['relations']>();
  for (const r of e.relations.filter((r) => !r.inverse)) grouped.set(r.type, [...(grouped.get(r.type) ?? []), r]);
  for (const [type, rels] of grouped) {
    rows.push({
      key: type,
      label: RELATION_LABELS[type] ?? type,
      value: rels.map((r) => r.targetName).join(', '),
      fact: rels[0]!,
    });
  }
  const order = ORDER[e.kind];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return rows.sort((a, b) => rank(a.key) - rank(b.key));
}

export const KIND_LABELS: Record<EntityView['kind'], string> = {
  lab: 'AI lab',
  model: 'Model',
  product: 'Product',
  person: 'Person',
  chip: 'Chip',
};
