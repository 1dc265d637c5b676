import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { KINDS, type Kind } from '../core/kinds';
import { once } from '../core/once';
import { siteOf } from '../core/site';

/**
 * Every setting with its default and schema. Stored in `sync:` so it follows
 * the user where the browser syncs; read values are parsed, so a corrupt or
 * outdated value falls back to the default instead of breaking the page.
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

const schema = () =>
  z.object({
    enabled: z._default(z.boolean(), DEFAULT_SETTINGS.enabled),
    kinds: z._default(
      z.object(Object.fromEntries(KINDS.map((k) => [k, z.boolean()])) as Record<Kind, z.ZodMiniBoolean>),
      DEFAULT_SETTINGS.kinds,
    ),
    disabledSites: z._default(z.array(z.string()), DEFAULT_SETTINGS.disabledSites),
    /** How mentions look; "none" keeps hover cards without marking the text. */
    highlightStyle: z._default(z.enum(HIGHLIGHT_STYLES), DEFAULT_SETTINGS.highlightStyle),
    /** "kind" colours each kind differently. */
    highlightColor: z._default(z.enum(HIGHLIGHT_COLORS), DEFAULT_SETTINGS.highlightColor),
    /** Mark only the first mention of each entity on a page. */
    firstMentionOnly: z._default(z.boolean(), DEFAULT_SETTINGS.firstMentionOnly),
    /** Dwell on a name before its card opens. */
    hoverDelayMs: z._default(z.number().check(z.int(), z.gte(150), z.lte(2000)), DEFAULT_SETTINGS.hoverDelayMs),
    /** Entities hidden everywhere. */
    muted: z._default(z.array(z.string()), DEFAULT_SETTINGS.muted),
    /** Check what articles claim against the dataset, and mark the claims. */
    checkClaims: z._default(z.boolean(), DEFAULT_SETTINGS.checkClaims),
  });
const Settings = once(schema);
export type Settings = z.infer<ReturnType<typeof schema>>;

/** Settings live under one key of `storage.sync` (where WXT's storage kept them as "sync:settings"). */
const KEY = 'settings';
const item = {
  getValue: async (): Promise<unknown> => (await browser.storage.sync.get(KEY))[KEY],
  setValue: (v: unknown) => browser.storage.sync.set({ [KEY]: v }),
  watch(cb: (v: unknown) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && KEY in changes) cb(changes[KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

export function parseSettings(raw: unknown): Settings {
  const r = Settings().safeParse(raw ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

let queue: Promise<unknown> = Promise.resolve();

/** Read-modify-write, one at a time: two quick changes must not overwrite each other. */
export function updateSettings(patch: (s: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = Settings().parse(patch(await getSettings()));
    await item.setValue(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls back with every change, from any tab or page; returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb(parseSettings(v)));
}

/** A site is its hostname: the switch in the popup applies to every page of it. */
export const isActiveOn = (s: Settings, url: string): boolean => s.enabled && !s.disabledSites.includes(siteOf(url));
