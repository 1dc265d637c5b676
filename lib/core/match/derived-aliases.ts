import { TIERS } from './continuation';
import { aliasKey } from './normalize';
import { productForm, versionForm } from './short-forms';
import { personSurnames } from './surnames';
import type { MatchAlias } from './types';

/** What derivation reads of an entity: the dataset's shape, reduced. */
export interface AliasSource {
  id: string;
  kind: string;
  name: string;
  isFamily?: boolean;
  aliases: readonly { text: string; ambiguous?: boolean; contextOnly?: boolean }[];
  relations?: readonly { type: string; target: string }[];
}

/** A short form after a model's name and version: "Maverick" in "Llama 4 Maverick", "R1" in "DeepSeek-R1". */
const LETTER_VERSION = /^\p{Lu}\d{1,2}(?:\.\d)?$/u;
const CODENAME = /^\p{Lu}\p{Ll}{3,}$/u;
/** Claude-style names, in either order: "Claude 3.5 Sonnet" / "Claude Sonnet 4". */
const TIER_AFTER = /^(\S+) (\d+(?:\.\d)?) (Sonnet|Opus|Haiku)$/;
const TIER_BEFORE = /^(\S+) (Sonnet|Opus|Haiku) (\d+(?:\.\d)?)$/;

/** Words for a kind of variant, not a codename: alone they are plain English ("Heavy", "Voice"). */
const VARIANTS = new Set(
  'heavy super think reasoning embedding voice animate lightning fast deep research agent image video speech'.split(
    ' ',
  ),
);

type Form = Omit<MatchAlias, 'entityId'>;

/** A model's short form, written alone once the page has named the model in full. */
function modelShortForm(full: string): string | undefined {
  const cut = Math.max(full.lastIndexOf(' '), full.lastIndexOf('-'));
  if (cut < 2) return undefined;
  const [head, tail] = [full.slice(0, cut), full.slice(cut + 1)];
  if (LETTER_VERSION.test(tail)) return tail;
  // A codename after a version number ("Llama 4 Maverick"); tiers ("Gemini 2.5 Flash") name no one model.
  const word = tail.toLowerCase();
  if (CODENAME.test(tail) && /\d$/.test(head) && !TIERS.has(word) && !VARIANTS.has(word)) return tail;
  return undefined;
}

/** The other order of a Claude-style name ("Claude Sonnet 3.5"), and the tier and version alone ("Sonnet 3.5"). */
function tierForms(full: string): Form[] {
  const after = TIER_AFTER.exec(full);
  const before = TIER_BEFORE.exec(full);
  const [family, tier, version] = after ? [after[1], after[3], after[2]] : before ? before.slice(1) : [];
  if (!family) return [];
  const swapped = after ? `${family} ${tier} ${version}` : `${family} ${version} ${tier}`;
  // "Sonnet 18" is also Shakespeare's: the bare form counts on pages about AI only.
  return [{ text: swapped }, { text: `${tier} ${version}`, ambiguous: true }];
}

/** A name as pages write it without its accents: "Timothee Lacroix", "Sebastien Bubeck". Latin letters only. */
function plainForms(e: AliasSource): Form[] {
  return e.aliases.flatMap((a) => {
    const plain = a.text
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC');
    if (a.contextOnly || plain === a.text.normalize('NFC')) return [];
    return [{ text: plain, ...(a.ambiguous ? { ambiguous: true } : {}) }];
  });
}

function formsOf(e: AliasSource): Form[] {
  const full = e.aliases.filter((a) => !a.contextOnly);
  if (e.kind === 'person') {
    const ambiguous = full.length > 0 && full.every((a) => a.ambiguous);
    const surnames = personSurnames(
      e.name,
      full.map((a) => a.text),
    );
    return surnames.map((text) => ({
      text,
      contextOnly: true,
      caseSensitive: true,
      ...(ambiguous ? { ambiguous } : {}),
    }));
  }
  const context = (text: string | undefined, more: Partial<Form> = {}): Form[] =>
    text ? [{ text, contextOnly: true, caseSensitive: true, ...more }] : [];
  if (e.kind === 'product') {
    // Its short forms, listed ones too ("Operator"), also count once the page names its maker ("OpenAI").
    const maker = e.relations?.find((r) => r.type === 'maker')?.target;
    const listed = e.aliases.filter((a) => a.contextOnly).map((a) => a.text);
    return [productForm(e.name), ...listed].flatMap((t) => context(t, maker ? { byLine: true, line: maker } : {}));
  }
  if (e.kind !== 'model' || e.isFamily) return [];
  // A model's short form also counts once the page names the model's line: "R1" after "DeepSeek",
  // "Maverick" after "Llama 4", "1.5 Flash" after "Gemini 2.0 Flash".
  const forms = context(modelShortForm(e.name), { byLine: true });
  for (const a of [{ text: e.name }, ...full]) {
    forms.push(...tierForms(a.text));
    forms.push(...context(versionForm(a.text), { byLine: true }));
  }
  return forms;
}

/**
 * Aliases derived for every entity, so no file has to list them: surnames of
 * people (family name first for Chinese and Korean names written so), models'
 * short forms and codenames after a version, and Claude-style names in either
 * order. A form an entity already lists is left out, and so is a full form that
 * another entity lists or derives too; context-only forms that several entities
 * have are merged by shareContextForms.
 */
export function derivedAliases(entities: readonly AliasSource[]): MatchAlias[] {
  const listed = new Map<string, { id: string; contextOnly: boolean }[]>();
  for (const e of entities)
    for (const a of e.aliases) {
      const key = aliasKey(a.text);
      listed.set(key, [...(listed.get(key) ?? []), { id: e.id, contextOnly: a.contextOnly === true }]);
    }
  const out: MatchAlias[] = [];
  const full = new Map<string, MatchAlias | null>();
  for (const e of entities) {
    const own = new Set<string>();
    for (const f of [...formsOf(e), ...plainForms(e)]) {
      const key = aliasKey(f.text);
      const owners = listed.get(key) ?? [];
      if (own.has(key)) continue;
      own.add(key);
      // A full form another entity has stays theirs; a context form joins theirs (shareContextForms).
      // One the entity lists as context-only itself ("R1") is derived too, so it learns byLine.
      const listedToo = owners.some((o) => o.id === e.id && !(o.contextOnly && f.byLine));
      if (listedToo || (!f.contextOnly && owners.length)) continue;
      if (f.contextOnly) out.push({ ...f, entityId: e.id });
      else if (!full.has(key)) full.set(key, { ...f, entityId: e.id });
      else if (full.get(key)?.entityId !== e.id) full.set(key, null);
    }
  }
  return [...out, ...[...full.values()].filter((a): a is MatchAlias => a !== null)];
}

/**
 * One alias per context-only form: a form several entities have ("Liang" for Liang Wenfeng,
 * Liang Rubo and Percy Liang) stays with the first and lists the others; the page decides
 * (keptAs in ambiguity.ts). Ambiguous only if every entity's form is. A context form that
 * another entity lists as a full name ("Copilot", Microsoft Copilot's, after "GitHub Copilot")
 * joins that name as one of its others.
 */
export function shareContextForms(aliases: readonly MatchAlias[]): MatchAlias[] {
  const first = new Map<string, MatchAlias>();
  const out: MatchAlias[] = [];
  for (const a of aliases) {
    const key = aliasKey(a.text);
    const kept = first.get(key);
    if (!kept || (!a.contextOnly && kept.contextOnly)) {
      const copy = { ...a };
      if (!kept) first.set(key, copy);
      out.push(copy);
    } else if (!a.contextOnly) out.push(a);
    else if (kept.entityId === a.entityId) {
      if (a.byLine && kept.contextOnly) Object.assign(kept, { byLine: true, line: kept.line ?? a.line });
    } else if (!kept.others?.includes(a.entityId)) {
      kept.others = [...(kept.others ?? []), a.entityId];
      if (kept.contextOnly && !a.ambiguous) delete kept.ambiguous;
    }
  }
  return out;
}
