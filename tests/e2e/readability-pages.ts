import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './harness';

/** Mozilla Readability's real pages, made inert, with hand labels (tests/fixtures/readability/README.md). */
export const READABILITY = join(ROOT, 'tests/fixtures/readability');

export interface Label {
  page: string;
  split: 'dev' | 'test';
  aboutAi: boolean;
  note: string;
  /** Entity id → how many times the page names it where a reader can see it. */
  mentions: Record<string, number>;
}

export const labels: Label[] = JSON.parse(readFileSync(join(READABILITY, 'expected.json'), 'utf8'));

/**
 * Requests a page makes to anything but the local server: none may leave the machine.
 * Call before the first navigation; read `offsite` after.
 */
export function watchRequests(page: Page, origin: string): { offsite: string[]; all: number } {
  const seen = { offsite: [] as string[], all: 0 };
  page.on('request', (r) => {
    const url = r.url();
    seen.all++; // the pages themselves: proof that requests are seen at all
    if (!url.startsWith(origin) && !/^(data|blob|about|chrome-extension|moz-extension):/.test(url))
      seen.offsite.push(url);
  });
  return seen;
}

/** Errors the page or LabLens's content script reported (LabLens logs its failures as "LabLens: …"). */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message ?? e}`));
  page.on('console', (m) => {
    if (/LabLens|chrome-extension:|moz-extension:/.test(`${m.text()} ${m.location()?.url ?? ''}`))
      errors.push(`console.${m.type()}: ${m.text()}`);
  });
}

/** Precision and recall per split, counted per entity as in the corpus test. */
export function score(rows: { label: Label; found: Record<string, number> }[], split: 'dev' | 'test') {
  let tp = 0;
  let found = 0;
  let wanted = 0;
  for (const { label, found: got } of rows.filter((r) => r.label.split === split)) {
    for (const [id, n] of Object.entries(label.mentions)) {
      tp += Math.min(n, got[id] ?? 0);
      wanted += n;
    }
    for (const n of Object.values(got)) found += n;
  }
  return { tp, found, wanted, precision: found ? tp / found : 1, recall: wanted ? tp / wanted : 1 };
}
