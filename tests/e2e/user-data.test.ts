import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { inCard } from './card-root';
import { highlightedTexts, serve, waitForHighlights } from './harness';
import { cardOpen, openCardByHover, openOptions, openPopup, sleep, until } from './helpers';
import { ENGINES, type ExtSession, gotoExtension, launchSession } from './session';

// The user's data in options, with real mouse and keyboard: their own entities reach pages and cards;
// 400 disabled sites fit; a refused file or a refused write says so and changes nothing.
// In Chromium and Firefox.
const ARTICLE = 'sample-article.html';
const sites = (n: number) => Array.from({ length: n }, (_, i) => `site-${i}.news-example-publisher.com`);

describe.each(ENGINES)('user data (%s)', (engine) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let session: ExtSession;
  let options: Page;
  const files = mkdtempSync(join(tmpdir(), 'lablens-user-data-'));

  beforeAll(async () => {
    server = await serve();
    session = await launchSession(engine, {
      // Firefox saves a download without asking, into `files`.
      prefs: {
        'browser.download.dir': files,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
      },
    });
    options = await openOptions(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  /** Everything LabLens keeps in extension storage, read from its own page. */
  const stored = () =>
    options.evaluate(async () => {
      const ext = (globalThis as unknown as { chrome: typeof browser }).chrome;
      return { sync: await ext.storage.sync.get(null), local: await ext.storage.local.get(null) };
    });

  /** Picks a file for the import field through the file chooser a real click opens. */
  async function importFile(name: string, content: unknown): Promise<string> {
    const path = join(files, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    const n = await options.evaluate(() =>
      Number(document.querySelector('#import-status')?.getAttribute('data-n') ?? 0),
    );
    if (engine === 'chromium') {
      const [chooser] = await Promise.all([options.waitForFileChooser(), options.click('#import-file')]);
      await chooser.accept([path]);
    } else {
      // Firefox reports no file dialog for moz-extension pages over BiDi; the file is set on the input as a chooser would.
      await ((await options.$('#import-file')) as ElementHandle<HTMLInputElement>).uploadFile(path);
    }
    await options.waitForFunction(
      (before) => Number(document.querySelector('#import-status')?.getAttribute('data-n') ?? 0) > before,
      { polling: 50, timeout: 5000 },
      n,
    );
    return options.$eval('#import-status', (e) => e.textContent ?? '');
  }

  const file = (settings: object, userEntities: object[] = []) => ({
    format: 'lablens-user-data',
    version: 1,
    settings,
    userEntities,
  });

  async function openArticle(): Promise<Page> {
    const page = await session.browser.newPage();
    await page.goto(server.url(ARTICLE));
    await waitForHighlights(page, 20);
    return page;
  }

  describe('user entities', () => {
    it('added in options with the keyboard, are highlighted on pages with their own card', async () => {
      await options.bringToFront();
      await options.click('#user-name');
      await options.keyboard.type('Silicon Valley');
      await options.keyboard.press('Tab'); // the kind: typing picks "AI lab"
      await options.keyboard.type('A');
      await options.keyboard.press('Tab');
      await options.keyboard.type('Washington');
      await options.keyboard.press('Tab');
      await options.keyboard.type('Where the big US labs are');
      await options.keyboard.press('Tab');
      await options.keyboard.type('https://example.com/valley');
      await options.keyboard.press('Enter');
      await options.waitForSelector('#user-entities li[data-key="user:silicon-valley"]');

      const page = await openArticle();
      // Text is read and painted near the viewport first, in idle slices: bring each name near and wait for it.
      for (const text of ['Washington', 'Silicon Valley']) {
        await page.evaluate((t) => {
          const p = [...document.querySelectorAll('article p')].find((x) => x.textContent?.includes(t));
          p?.scrollIntoView({ block: 'center' });
        }, text);
        await page.waitForFunction(
          (t) => [...CSS.highlights.values()].some((h) => [...(h as Iterable<Range>)].some((r) => r.toString() === t)),
          { polling: 50, timeout: 5000 },
          text,
        );
        expect(await highlightedTexts(page)).toContainEqual({ kind: 'underline-lab', text });
      }
      await openCardByHover(page, 'Silicon Valley', 'user:silicon-valley', 3000);
      const card = await inCard(page, (root) => {
        const c = root!.querySelector('.ll-card')!;
        return {
          label: c.querySelector('.ll-user-entry')?.textContent,
          summary: c.querySelector('.ll-summary')?.textContent,
          link: c.querySelector('.ll-summary a')?.getAttribute('href'),
        };
      });
      expect(card).toEqual({
        label: "Your own entry, not LabLens's sourced data",
        summary: expect.stringContaining('Where the big US labs are'),
        link: 'https://example.com/valley',
      });
      await page.close();
    });

    it('can be edited and removed, and a page already open sees each change at once', async () => {
      const open = await openArticle();
      await openCardByHover(open, 'Silicon Valley', 'user:silicon-valley', 3000);
      await open.mouse.move(5, 5);
      await options.bringToFront();
      const item = '#user-entities li[data-key="user:silicon-valley"]';
      await options.click(`${item} button:first-of-type`);
      await options.click('#user-note', { count: 3 }); // select the note's text
      await options.keyboard.down('Control');
      await options.keyboard.press('a');
      await options.keyboard.up('Control');
      await options.keyboard.type('Edited note');
      await options.click('#user-submit');
      await until(options, () => !!document.querySelector('#user-status'));

      // The page opened before the edit shows the new note, without a reload.
      await open.bringToFront();
      await sleep(500);
      await openCardByHover(open, 'Silicon Valley', 'user:silicon-valley', 3000);
      expect(await inCard(open, (root) => root!.textContent)).toContain('Edited note');
      await open.mouse.move(5, 5);

      await options.bringToFront();
      await options.click(`${item} button:last-of-type`);
      await until(options, () => !document.querySelector('#user-entities'));
      await open.bringToFront();
      await until(open, () => {
        for (const [name, h] of CSS.highlights)
          if (name.startsWith('lablens-') && [...h].some((r) => String(r) === 'Silicon Valley')) return false;
        return true;
      });
      // A newly opened page agrees.
      const page = await openArticle();
      await sleep(500);
      expect((await highlightedTexts(page)).map((h) => h.text)).not.toContain('Silicon Valley');
      expect(await cardOpen(page)).toBe(false);
      await page.close();
      await open.close();
    });
  });

  describe('settings and files', () => {
    it('a bad file is refused with its reason and changes nothing', async () => {
      await options.bringToFront();
      const before = await stored();
      const status = await importFile('bad.json', file({ enabled: false, hoverDelayMs: 'fast' }));
      expect(status).toMatch(/^Nothing was imported: settings\.hoverDelayMs/);
      expect(await options.$eval('#import-status', (e) => e.getAttribute('role'))).toBe('alert');
      expect(await stored()).toEqual(before);
      expect(await importFile('not-json.json', '{"format": "lablens-user-data",')).toContain('not JSON');
      expect(await stored()).toEqual(before);
    });

    it('400 disabled sites fit within sync quotas and lose no other setting', async () => {
      await options.bringToFront();
      const status = await importFile(
        'sites.json',
        file({ disabledSites: sites(400), hoverDelayMs: 900, muted: ['openai'] }),
      );
      expect(status).toContain('Imported');
      await gotoExtension(options, `${session.origin}options.html`);
      await options.waitForSelector('#sites li');
      expect(await options.$$eval('#sites li', (l) => l.length)).toBe(400);
      expect(await options.$eval('#hover-delay', (e) => (e as HTMLInputElement).value)).toBe('900');
      const { sync } = await stored();
      const sizes = Object.entries(sync).map(([k, v]) => k.length + JSON.stringify(v).length);
      expect(Math.max(...sizes)).toBeLessThan(8192);
      // This browser does enforce the per-item quota: the 400 sites as one item are refused.
      const oneItem = await options.evaluate(async (list) => {
        const ext = (globalThis as unknown as { chrome: typeof browser }).chrome;
        return ext.storage.sync.set({ probe: list }).then(
          () => ext.storage.sync.remove('probe').then(() => 'saved'),
          (e: Error) => e.message,
        );
      }, sites(400));
      expect(oneItem).toMatch(engine === 'chromium' ? /QuotaBytesPerItem quota exceeded/ : /exceeded its quota/);

      // One more from the popup's switch is saved too, and the page goes dark.
      const page = await openArticle();
      const popup = await openPopup(session, page);
      await popup.waitForSelector('#site-switch');
      await popup.click('#site-switch');
      await until(page, () => ![...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')));
      expect(await popup.$('#save-error')).toBeNull();
      expect(((await stored()).sync['disabledSites.0'] as { of: number }).of).toBeGreaterThan(1);
      await Promise.all([page.close(), popup.close()]);
    });

    it('a write over the cap shows why in the popup and keeps the site on', async () => {
      await options.bringToFront();
      expect(await importFile('full.json', file({ disabledSites: sites(1000) }))).toContain('Imported');
      const page = await openArticle();
      const popup = await openPopup(session, page);
      await popup.waitForSelector('#site-switch');
      await popup.click('#site-switch');
      await popup.waitForSelector('#save-error');
      expect(await popup.$eval('#save-error', (e) => e.textContent)).toContain('at most 1000 sites');
      expect(await popup.$eval('#site-switch', (e) => (e as HTMLInputElement).checked)).toBe(true);
      await page.bringToFront();
      await waitForHighlights(page, 20);
      await Promise.all([page.close(), popup.close()]);
    });

    it('a write the browser refuses (sync quota) is shown in options and changes nothing', async () => {
      await options.bringToFront();
      const before = await stored();
      const long = sites(1000).map((s) => `${'a-very-long-subdomain-name-'.repeat(3)}${s}`);
      const status = await importFile('huge.json', file({ disabledSites: long }));
      expect(status).toBe("Not saved: the browser's storage for settings is full. Nothing was changed.");
      expect(await stored()).toEqual(before);
    });

    it('exports settings and entities as a file the import reads back', async () => {
      if (engine === 'chromium') {
        const cdp = await session.browser.target().createCDPSession();
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: files });
      }
      await options.bringToFront();
      await options.click('#export');
      let name: string | undefined;
      for (let i = 0; i < 50 && !name; i++, await sleep(100))
        name = readdirSync(files).find((f) => /^lablens-.*\.json$/.test(f));
      const data = JSON.parse(readFileSync(join(files, name!), 'utf8'));
      expect(data).toMatchObject({ format: 'lablens-user-data', version: 1, userEntities: [] });
      expect(data.settings.disabledSites).toHaveLength(1000);
      expect(await importFile('again.json', data)).toContain('Imported');
    });
  });
});
