import { browser } from 'wxt/browser';
import en from '../../assets/public/_locales/en/messages.json';

/**
 * UI strings in the browser's language (English and Simplified Chinese), from
 * the extension's `_locales`. Falls back to the bundled English text where
 * `browser.i18n` is missing (unit tests) or has no translation.
 */
export type MessageKey = keyof typeof en;

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Substitutes $NAME$ placeholders the way browser.i18n does, for the fallback. */
function format(key: string, subs: string[]): string {
  const entry = (en as Catalog)[key];
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

export const isMessageKey = (k: string): k is MessageKey => k in en;
