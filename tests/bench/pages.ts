// The benchmark's pages: the sample article, long reads built from the AI-news fixtures, and a page
// that keeps appending paragraphs. Everything is generated in memory and served from 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, ROOT } from '../e2e/harness';

export interface BenchPage {
  /** Short name for the table. */
  name: string;
  /** Path on the local server. */
  path: string;
  /** Served from `extra` (undefined: the fixture file itself). */
  html?: string;
  bytes: number;
  /** The page keeps changing for a while (see STREAM_*). */
  streaming?: boolean;
  /** A real page not about AI: LabLens reads it and highlights nothing (so no "first highlight"). */
  expectNone?: boolean;
}

export const STREAM_BATCH = 100;
export const STREAM_EVERY_MS = 100;
export const STREAM_BATCHES = 100; // 10 s

/** Inner HTML of every <p> of the AI news fixtures (en-*, zh-*, sample-article), in file order. */
export function paragraphPool(): string[] {
  const files = readdirSync(PAGES)
    .filter((f) => /^(en-|zh-|sample-article)/.test(f) && f.endsWith('.html'))
    .sort();
  const out: string[] = [];
  for (const f of files) {
    const html = readFileSync(join(PAGES, f), 'utf8');
    for (const m of html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)) {
      const inner = (m[1] as string).trim();
      if (inner) out.push(inner);
    }
  }
  return out;
}

const head = (title: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n` +
  '<style>body{font:18px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:24px}</style>\n</head>\n';

/** A long read of about `targetBytes` (UTF-8): the pool's paragraphs over and over, a heading every 40. */
export function longRead(pool: string[], targetBytes: number, title: string): string {
  const parts = [head(title), `<body>\n<main><article>\n<h1>${title}</h1>\n`];
  let bytes = Buffer.byteLength(parts.join(''));
  const tail = '</article></main>\n</body>\n</html>\n';
  for (let i = 0; bytes < targetBytes - tail.length; i++) {
    const p = `${i % 40 === 0 ? `<h2>Part ${i / 40 + 1}</h2>\n` : ''}<p>${pool[i % pool.length]}</p>\n`;
    parts.push(p);
    bytes += Buffer.byteLength(p);
  }
  parts.push(tail);
  return parts.join('');
}

/**
 * Starts with the pool's first 16 paragraphs, then appends STREAM_BATCH paragraphs every
 * STREAM_EVERY_MS for STREAM_BATCHES rounds. `window.__bench.streamEnd` is set (performance.now())
 * when the last batch is in.
 */
export function streamingPage(pool: string[]): string {
  const first = pool
    .slice(0, 16)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const script = `
const pool = ${JSON.stringify(pool).replace(/</g, '\\u003c')};
const article = document.querySelector('article');
let k = 0, rounds = 0;
const timer = setInterval(() => {
  const frag = document.createDocumentFragment();
  for (let i = 0; i < ${STREAM_BATCH}; i++) {
    const p = document.createElement('p');
    p.innerHTML = pool[k++ % pool.length];
    frag.append(p);
  }
  article.append(frag);
  if (++rounds === ${STREAM_BATCHES}) {
    clearInterval(timer);
    window.__bench.streamEnd = performance.now();
  }
}, ${STREAM_EVERY_MS});`;
  return `${head('Live blog')}<body>\n<main><article>\n<h1>Live blog</h1>\n${first}\n</article></main>\n<script>${script}</script>\n</body>\n</html>\n`;
}

export function benchPages(): BenchPage[] {
  const pool = paragraphPool();
  const sample = readFileSync(join(PAGES, 'sample-article.html'));
  const mk = (name: string, path: string, html: string, streaming = false): BenchPage => ({
    name,
    path,
    html,
    bytes: Buffer.byteLength(html),
    streaming,
  });
  return [
    { name: 'sample article', path: '/sample-article.html', bytes: sample.length },
    mk('long read 1 MB', '/bench/long-1mb.html', longRead(pool, 1 << 20, 'Long read (1 MB)')),
    mk('long read 5 MB', '/bench/long-5mb.html', longRead(pool, 5 << 20, 'Long read (5 MB)')),
    mk('streaming 10 s', '/bench/streaming.html', streamingPage(pool), true),
    ...['wikipedia-2', 'yahoo-2'].map((name) => real(name)),
  ];
}

/** The two largest Readability pages (tests/fixtures/readability): real markup, menus, share bars; not about AI. */
function real(name: string): BenchPage {
  const html = readFileSync(join(ROOT, 'tests/fixtures/readability', `${name}.html`), 'utf8');
  return {
    name: `real: ${name}`,
    path: `/readability/${name}.html`,
    html,
    bytes: Buffer.byteLength(html),
    expectNone: true,
  };
}
