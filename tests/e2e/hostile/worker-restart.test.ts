import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium, serve, waitForHighlights } from '../harness';
import { openCardByHover } from '../helpers';
import { contentWorld, deleteDatabase, readDatabase, stopWorker, wakeWorker } from './worker-helpers';

/*
 * The MV3 service worker is stopped whenever the browser likes: before a
 * hover, in the middle of seeding. Nothing may be lost, and the next request
 * must work. Chromium only: Firefox runs the background as an event page that
 * its remote protocol cannot stop.
 */
let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession;
let page: Page;
let run: (e: string) => Promise<unknown>;
const getMatcher = `chrome.runtime.sendMessage({ lablens: 'getMatcher', payload: {} })`;

beforeAll(async () => {
  server = await serve();
  session = await launchChromium();
  page = await session.browser.newPage();
  await page.goto(server.url('sample-article.html'));
  await waitForHighlights(page, 20, 20_000);
  run = await contentWorld(page);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('service worker stopped and woken', () => {
  it('20 requests at a cold start on an empty database seed the dataset once', async () => {
    await stopWorker(session);
    const { worker, log } = await wakeWorker(session, run);
    expect(await deleteDatabase(worker)).toBe('deleted');
    const replies = (await run(`Promise.all(Array.from({ length: 20 }, () => ${getMatcher}))`)) as { ok: boolean }[];
    expect(replies.map((r) => r.ok)).toEqual(Array(20).fill(true));
    expect(log.filter((l) => l.startsWith('LabLens: seeding dataset'))).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('LabLens: seeded dataset'))).toHaveLength(1);
    const db = await readDatabase(worker);
    expect(db).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('a worker stopped in the middle of seeding leaves all or nothing, and the next request seeds again', async () => {
    let full = 0;
    let midSeed = 0;
    for (let attempt = 0; attempt < 3 && midSeed === 0; attempt++) {
      await stopWorker(session);
      const woken = await wakeWorker(session, run);
      await deleteDatabase(woken.worker);
      await run(`void ${getMatcher}.catch(() => {}); 0`);
      const deadline = Date.now() + 10_000;
      while (!woken.log.some((l) => l.startsWith('LabLens: seeding'))) {
        if (Date.now() > deadline) throw new Error(`no seed started: ${woken.log.join(' | ')}`);
        await new Promise((r) => setTimeout(r, 2));
      }
      await stopWorker(session);
      if (!woken.log.some((l) => l.startsWith('LabLens: seeded'))) midSeed++;
      const { worker } = await wakeWorker(session, run);
      const db = await readDatabase(worker);
      // The seed is one transaction: a stopped worker leaves no half-written dataset.
      if (db !== 'absent' && db.version !== null) full = db.entities;
      else expect(db === 'absent' || db.entities === 0, JSON.stringify(db)).toBe(true);
      const reply = (await run(getMatcher)) as { ok: boolean };
      expect(reply.ok).toBe(true);
      const after = await readDatabase(worker);
      expect(after).toMatchObject({ version: expect.any(String) });
      if (full) expect((after as { entities: number }).entities).toBe(full);
      full = (after as { entities: number }).entities;
    }
    expect(midSeed).toBeGreaterThan(0);
    expect(full).toBeGreaterThan(500);
  });

  it('a hover after the worker was stopped opens the card, and so does a reload', async () => {
    await stopWorker(session);
    expect(await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3', 15_000)).toBeLessThan(15_000);
    await stopWorker(session);
    await page.reload();
    await waitForHighlights(page, 20, 20_000);
    await page.mouse.move(5, 5);
    expect(await openCardByHover(page, 'Anthropic', 'anthropic', 15_000)).toBeLessThan(15_000);
  });
});
