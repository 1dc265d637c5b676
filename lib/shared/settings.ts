import * as z from 'zod/mini';
import { KINDS, type Kind } from '../core/kinds';
import { once } from '../core/once';
import { oneAtATime } from '../core/one-at-a-time';
import { siteOf } from '../core/site';
import { LISTS, readStored, watchStored, writeStored } from './settings-store';

/**
 * Every setting with its default and schema. Stored in `sync:` so it follows
 * the user where the browser syncs. Stored values are parsed field by field:
 * one bad or outdated field falls back to its default and costs nothing else.
 */

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export const HIGHLIGHT_COLORS = ['kind', 'blue', 'orange', 'green', 'purple', 'grey'] as const;

export const DEFAULT_SETTINGS = {
  enabled: true,
  kinds: Object.fromEntries(KINDS.map((k) => [k, true])) as Record<Kind, boolean>,
  disabledSites: [] as string[],
  highlightStyle: 'underline' as (typeof HIGHLIGHT_STYLES)[number],
  highlightColor: 'kind' as (typeof HIGHLIGHT_COLORS)[number],
  firstMentionOnly: false,
  hoverDelayMs: 500,
  muted: [] as string[],
  checkClaims: true,
};
export type Settings = typeof DEFAULT_SETTINGS;

/** Sync storage holds ~100 KB in all: these caps keep both lists and the rest inside it. */
const LIST_CAPS = { disabledSites: 1000, muted: 1000 } as const;

/** Schemas of the single-value fields; `kinds` and the lists are parsed entry by entry. */
const SCALARS = once(() => ({
  enabled: z.boolean(),
  /** How mentions look; "none" keeps hover cards without marking the text. */
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  /** "kind" colours each kind differently. */
  highlightColor: z.enum(HIGHLIGHT_COLORS),
  /** Mark only the first mention of each entity on a page. */
  firstMentionOnly: z.boolean(),
  /** Dwell on a name before its card opens. */
  hoverDelayMs: z.number().check(z.int(), z.gte(150), z.lte(2000)),
  /** Check what articles claim against the dataset, and mark the claims. */
  checkClaims: z.boolean(),
}));

/** A strict schema of every field, for what the extension writes and for imported files. */
export const SettingsSchema = once(() =>
  z.object({
    ...SCALARS(),
    kinds: z.object(Object.fromEntries(KINDS.map((k) => [k, z.boolean()])) as Record<Kind, z.ZodMiniBoolean>),
    disabledSites: z.array(z.string()).check(z.maxLength(LIST_CAPS.disabledSites)),
    muted: z.array(z.string()).check(z.maxLength(LIST_CAPS.muted)),
  }),
);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps every valid field and entry, defaults only what is invalid or missing. */
export function parseSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const out = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds } } as Record<string, unknown>;
  for (const [k, schema] of Object.entries(SCALARS())) {
    const p = schema.safeParse(r[k]);
    if (p.success) out[k] = p.data;
  }
  const kinds = out.kinds as Record<Kind, boolean>;
  if (isRecord(r.kinds)) for (const k of KINDS) if (typeof r.kinds[k] === 'boolean') kinds[k] = r.kinds[k];
  for (const k of LISTS) if (Array.isArray(r[k])) out[k] = (r[k] as unknown[]).filter((x) => typeof x === 'string');
  return out as Settings;
}

/** A change refused before writing: the list would outgrow its cap. */
export class SettingsLimitError extends Error {
  constructor(
    readonly list: (typeof LISTS)[number],
    readonly cap: number,
  ) {
    super(`${list} holds at most ${cap} entries`);
  }
}

export async function getSettings(): Promise<Settings> {
  return parseSettings((await readStored()).values);
}

const queue = oneAtATime();

/**
 * Read-modify-write, one at a time: two quick changes must not overwrite each
 * other. Only changed fields are written (nothing at all when nothing changed);
 * a refused or failed write rejects, so the caller can say so.
 */
export function updateSettings(patch: (s: Settings) => Settings): Promise<Settings> {
  return queue(async () => {
    const stored = await readStored();
    const current = parseSettings(stored.values);
    const next = patch(current);
    for (const k of LISTS) if (next[k].length > LIST_CAPS[k]) throw new SettingsLimitError(k, LIST_CAPS[k]);
    SettingsSchema().parse(next);
    await writeStored(stored, current, next);
    return next;
  });
}

/** Calls back with every change, from any tab or page; returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return watchStored((values) => cb(parseSettings(values)));
}

/** A site is its hostname: the switch in the popup applies to every page of it. */
export const isActiveOn = (s: Settings, url: string): boolean => s.enabled && !s.disabledSites.includes(siteOf(url));
