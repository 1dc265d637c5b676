import { browser } from 'wxt/browser';
import type en from '../../assets/public/_locales/en/messages.json';

/**
 * UI strings in the browser's language (English and Simplified Chinese), from
 * the extension's `_locales` through `browser.i18n`. The catalog itself is not
 * bundled: every string would otherwise ship in the content script of every
 * page (the welcome page's alone added 0.6 KB gzip). Where `browser.i18n` is
 * missing (unit tests), the English catalog registered on `globalThis` is used.
 */
export type MessageKey = keyof typeof en;

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const fallback = (): Catalog => (globalThis as { lablensMessages?: Catalog }).lablensMessages ?? {};

/** Substitutes $NAME$ placeholders the way browser.i18n does, for the fallback. */
function format(key: string, subs: string[]): string {
  const entry = fallback()[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const s = subs.map(String);
  try {
    const m = browser?.i18n?.getMessage(key, s);
    if (m) return m;
  } catch {
    // no i18n API here: use the bundled English
  }
  return format(key, s);
}

export const isMessageKey = (k: string): k is MessageKey => {
  if (Object.hasOwn(fallback(), k)) return true;
  try {
    // Message names are letters, digits and underscores; getMessage is '' for a name the catalog lacks.
    return /^\w+$/.test(k) && !!browser?.i18n?.getMessage(k as MessageKey);
  } catch {
    return false;
  }
};
