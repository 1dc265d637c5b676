import { monthNumber } from '../months';

/** What a page's markup says about its publication, collected by the content script (lib/content/article). */
export interface ArticleSignals {
  /** Meta tags: property, name or itemprop (lower-cased) → content. */
  metas: { key: string; content: string }[];
  /** The text of each JSON-LD script. */
  jsonLd: string[];
  /** `<time datetime>` and itemprop="datePublished" values in the article's header, most trusted first. */
  marked: string[];
  /** Short texts of byline-like elements ("Published March 3, 2021"). */
  bylines: string[];
  /** Canonical URL, og:url, or the page's own. */
  url: string;
  lang: { html?: string; contentLanguage?: string; ogLocale?: string };
}

export interface ArticleDate {
  /** YYYY-MM-DD, as written (no time-zone conversion). */
  date: string;
  via: 'meta' | 'json-ld' | 'time' | 'byline' | 'url';
  /** False for a date read from the URL only. */
  certain: boolean;
}

/** Meta keys for the publication date, most trusted first. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article.published',
  'datepublished',
  'date-published',
  'published_time',
  'published-date',
  'publishdate',
  'publish-date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'vr:published-time',
  'citation_publication_date',
  'date',
];

const pad = (n: number) => String(n).padStart(2, '0');
function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A machine-readable date: ISO, "2020/04/27", "27.04.2020", "20200427". */
export function machineDate(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(t);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  return textDate(t);
}

/** A date written for people in a short text: "Monday, February 29, 2016", "27 juin 2019", "2016年10月14日", "Dec 28 Sat 2013". */
export function textDate(s: string): string | undefined {
  const cjk = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (cjk) return ymd(+cjk[1]!, +cjk[2]!, +cjk[3]!);
  const iso = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/.exec(s);
  if (iso) return ymd(+iso[1]!, +iso[2]!, +iso[3]!);
  const words = s.toLowerCase().match(/[\p{L}]+\.?|\d+/gu) ?? [];
  let month: number | undefined;
  let year: number | undefined;
  let day: number | undefined;
  for (const w of words) {
    const key = w.replace(/\.$/, '');
    const named = monthNumber(key);
    if (month === undefined && named) month = named;
    else if (/^\d{4}$/.test(w) && year === undefined) year = +w;
    else if (/^\d{1,2}$/.test(w) && day === undefined && +w >= 1 && +w <= 31) day = +w;
  }
  return year && month && day ? ymd(year, month, day) : undefined;
}

/** datePublished anywhere in JSON-LD: top level, arrays, @graph; articles before other types. */
function jsonLdDate(texts: string[]): { date?: string; lang?: string } {
  const found: { date: string; article: boolean; lang?: string }[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    if (typeof o.datePublished === 'string') {
      const date = machineDate(o.datePublished);
      const lang = typeof o.inLanguage === 'string' ? o.inLanguage : undefined;
      if (date) found.push({ date, article: /Article|Posting|Report/i.test(type), lang });
    }
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v, depth + 1);
  };
  for (const t of texts) {
    try {
      walk(JSON.parse(t), 0);
    } catch {
      // Invalid JSON-LD is common; it says nothing.
    }
  }
  const best = found.find((f) => f.article) ?? found[0];
  return { date: best?.date, lang: found.find((f) => f.lang)?.lang };
}

/**
 * The publication date by the order of trust: meta tags, JSON-LD, marked-up
 * times in the header, bylines, then a date in the URL (less certain).
 * Undefined when the page says nothing: then LabLens makes no relative statement.
 */
export function articleDate(s: ArticleSignals): ArticleDate | undefined {
  for (const key of META_KEYS) {
    const meta = s.metas.find((m) => m.key === key);
    const date = meta && machineDate(meta.content);
    if (date) return { date, via: 'meta', certain: true };
  }
  const ld = jsonLdDate(s.jsonLd).date;
  if (ld) return { date: ld, via: 'json-ld', certain: true };
  for (const t of s.marked) {
    const date = machineDate(t);
    if (date) return { date, via: 'time', certain: true };
  }
  for (const b of s.bylines) {
    const date = textDate(b);
    if (date) return { date, via: 'byline', certain: true };
  }
  const m = /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(s.url);
  const date = m && ymd(+m[1]!, +m[2]!, +m[3]!);
  return date ? { date, via: 'url', certain: false } : undefined;
}

/** The page's language as a lower-case primary tag ("en", "zh"), or undefined. */
export function articleLang(s: ArticleSignals): string | undefined {
  const raw = s.lang.html || s.lang.contentLanguage || s.lang.ogLocale || jsonLdDate(s.jsonLd).lang;
  const tag = raw
    ?.trim()
    .split(/[-_,\s]/)[0]
    ?.toLowerCase();
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : undefined;
}
