import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Target } from 'puppeteer-core';
import { untilCard } from '../card-root';
import { launchChromium, launchFirefox, serve, waitForHighlights } from '../harness';
import { hoverMention } from '../helpers';

// Nothing leaves the machine: every request the browser makes while two AI pages are read and a
// card is opened goes to 127.0.0.1 or stays inside the browser. Two views of it:
// - a recording proxy that the whole browser (every process: pages, the extension's background,
//   browser-internal fetches) must use, even for loopback; it forwards only to 127.0.0.1;
// - Chromium: the debugging protocol's Network domain on every target (pages, the service worker,
//   extension pages); Firefox: the pages' own request events (BiDi sees no extension background).
// chrome: is the browser's own UI (the omnibox popup's WebUI), served from the browser binary.
const ALLOWED = /^(http:\/\/127\.0\.0\.1(:\d+)?\/|chrome-extension:|moz-extension:|data:|blob:|about:|chrome:)/;
const PAGES = ['en-deepseek-v3-report.html', 'en-openai-gpt-4-1.html'];

/** An HTTP proxy that records every request and CONNECT, and forwards only loopback ones. */
async function recordingProxy() {
  const seen: string[] = [];
  const proxy = createServer((req, res) => {
    seen.push(req.url ?? '');
    const url = new URL(req.url ?? '', 'http://invalid');
    if (url.hostname !== '127.0.0.1') return res.writeHead(502).end();
    const out = request(url, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  const { port } = proxy.address() as AddressInfo;
  return { seen, port, close: () => new Promise<void>((r) => proxy.close(() => r())) };
}

describe.each(['chromium', 'firefox'] as const)('network while reading (%s)', (engine) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serve();
    proxy = await recordingProxy();
    if (engine === 'chromium') {
      browser = (
        await launchChromium({
          // <-loopback> sends even 127.0.0.1 through the proxy, so the proxy sees every request.
          args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
        })
      ).browser;
      const watch = async (t: Target) => {
        if (!['page', 'service_worker', 'background_page', 'shared_worker', 'other'].includes(t.type())) return;
        const cdp = await t.createCDPSession().catch(() => undefined);
        if (!cdp) return;
        cdp.on('Network.requestWillBeSent', (e) => requests.push(e.request.url));
        await cdp.send('Network.enable').catch(() => undefined);
      };
      browser.on('targetcreated', (t: Target) => void watch(t));
      await Promise.all(browser.targets().map(watch));
    } else {
      browser = await launchFirefox({
        prefs: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
        },
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('sends nothing beyond 127.0.0.1 while two AI pages are read and a card is opened', async () => {
    const pages = [];
    for (const path of PAGES) {
      const page = await browser.newPage();
      page.on('request', (r) => void requests.push(r.url()));
      await page.goto(server.url(path));
      await waitForHighlights(page, 5, 15_000);
      pages.push(page);
    }
    await pages[0]!.bringToFront();
    // A mention in the body text: the first one sits too near the top to approach from above.
    await hoverMention(pages[0]!, 'DeepSeek', 2);
    await untilCard(pages[0]!, (root) => root?.querySelector('.ll-card[data-entity="deepseek"]'), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1000)); // anything the card would fetch late

    // Both views saw the pages themselves, so they were watching.
    for (const path of PAGES) {
      expect(requests, path).toContain(server.url(path));
      expect(proxy.seen, path).toContain(server.url(path));
    }
    expect(requests.filter((u) => !ALLOWED.test(u))).toEqual([]);
    // The proxy also sees the browser's own background requests, which it refuses: Chromium's
    // component updater, network time and sign-in probes; Firefox's remote settings (made by the
    // browser itself, so no target above saw them). Anything else would be a page's or the extension's.
    const browserOwn =
      engine === 'chromium'
        ? /^(CONNECT |http:\/\/)[a-z0-9.-]+\.(google\.com|googleapis\.com)[:/]/
        : /^(CONNECT |http:\/\/)[a-z0-9.-]+\.(mozilla\.com|mozilla\.net|mozilla\.org)[:/]/;
    const elsewhere = proxy.seen.filter((u) => !ALLOWED.test(u));
    if (elsewhere.length) console.log(`${engine}: the proxy refused the browser's own`, elsewhere);
    expect(elsewhere.filter((u) => !browserOwn.test(u))).toEqual([]);
    console.log(
      `${engine}: ${requests.length} requests seen by the browser, ${proxy.seen.length} by the proxy; none from a page or LabLens left 127.0.0.1`,
    );
  });
});
