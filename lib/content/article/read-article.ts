import type { ArticleSignals } from '../../core/article/article-date';
import type { ArticleInfo } from '../../shared/claim-schemas';

const BYLINE =
  /byline|author|dateline|date|time|publish|posted|pubtime|timestamp|article-(?:head|info|meta)|entry-meta|post-meta|\binfo\b/i;
/** Elements whose class or id may mark a byline: the CSS engine narrows them down before any text is read. */
const BYLINE_SELECTOR = ['byline', 'author', 'date', 'time', 'publish', 'posted', 'meta', 'info', 'head']
  .flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`])
  .join(', ');
const HEADER =
  'header, [class*="byline" i], [class*="dateline" i], [class*="meta" i], [class*="date" i], [class*="head" i]';

/**
 * Reads what the page's markup says about its publication: meta tags,
 * JSON-LD, marked-up times near the top, the canonical URL and the language.
 * Reads only; the page is not changed.
 */
export function readArticleSignals(doc: Document): ArticleSignals {
  const metas: ArticleSignals['metas'] = [];
  for (const m of doc.querySelectorAll('meta[content]')) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    if (key) metas.push({ key, content: m.getAttribute('content') ?? '' });
  }
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, 20)
    .map((s) => (s.textContent ?? '').slice(0, 200_000));
  const marked: string[] = [];
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]:not(meta), time[pubdate], time[datetime]')) {
    const inHeader = el.matches('[itemprop="datePublished"], time[pubdate]') || !!el.closest(HEADER);
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    if (inHeader && value) marked.push(value);
    if (marked.length >= 5) break;
  }
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    doc.location?.href ??
    '';
  const lang = {
    html: doc.documentElement.getAttribute('lang') ?? undefined,
    contentLanguage: doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? undefined,
    ogLocale: doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? undefined,
  };
  return { metas, jsonLd, marked, bylines: [], url: canonical, lang };
}

/** The start of an element's text, read node by node: a byline class on a whole article's container costs nothing. */
function textStart(el: Element, max = 160): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n && text.length <= max; n = walker.nextNode()) text += (n as Text).data;
  return text.replace(/\s+/g, ' ').trim();
}

/** Short texts of byline-like elements ("Published March 3, 2021"), read only when the markup has no date. */
export function readBylines(doc: Document): string[] {
  const bylines: string[] = [];
  for (const el of doc.body?.querySelectorAll(BYLINE_SELECTOR) ?? []) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!BYLINE.test(name)) continue;
    const text = textStart(el);
    if (text && text.length <= 120) bylines.push(text);
    if (bylines.length >= 12) break;
  }
  return bylines;
}

/**
 * The article's date and language, read by the background from the markup's
 * signals; bylines are read and sent only when the markup gives no surer date.
 */
export async function readArticle(
  doc: Document,
  ask: (s: ArticleSignals) => Promise<ArticleInfo>,
): Promise<ArticleInfo> {
  const signals = readArticleSignals(doc);
  const first = await ask(signals);
  if (first.date && first.via !== 'url') return first;
  const bylines = readBylines(doc);
  return bylines.length ? await ask({ ...signals, bylines }) : first;
}
