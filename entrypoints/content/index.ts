import './highlight.css';
import * as z from 'zod/mini';
import { EntityCache } from '@/lib/content/entity-cache';
import { extensionLife, watchLocation } from '@/lib/content/guard/extension-life';
import { mentionAt } from '@/lib/content/hover/hit-test';
import { MentionCursor, scrollToRange } from '@/lib/content/navigate';
import { PageReader } from '@/lib/content/page-reader';
import type { PlacedMention } from '@/lib/content/paint/highlight';
import { restoreMatcher } from '@/lib/core/match/build-matcher';
import { unpackMatcher } from '@/lib/core/matcher-wire';
import { settle } from '@/lib/shared/report';
import { contentToBackground } from '@/lib/shared/rpc-clients';
import { getSettings, type Settings, watchSettings } from '@/lib/shared/settings';
import { watchUserEntities } from '@/lib/shared/user-entities-watch';
import { CardHost } from './card-host';
import { HoverCards } from './hover-cards';
import { PageClaims } from './page-claims';
import { highlightName } from './page-mentions';
import { servePageRequests } from './page-requests';

// Every schema parses a handful of messages per page: generating JIT parsers (and probing whether
// `new Function` is allowed, which strict page CSPs report) costs more than it saves.
z.config({ jitless: true });

// Wiring only: settings → page reader (scan, highlight) → hover → card; popup requests.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Same-origin and cross-origin iframes each get their own instance (and their own card), and so do
  // srcdoc and about:blank frames of those pages: publishers build parts of articles in them.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // The postMessage would tell every frame the extension's ID and how to end this script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!('highlights' in CSS)) return; // no Custom Highlight API: LabLens stays out of the way
    // SVG and XML documents have no prose to read (and no body).
    if (!(document.documentElement instanceof HTMLElement)) return;
    const doc = document;
    const life = { signal: extensionLife(ctx, () => browser.runtime?.id != null) };
    const onEnd = (cb: () => void) => life.signal.addEventListener('abort', cb);
    // A frame follows the site switch of the page it is in; only the background knows that page's URL.
    const topUrl = await pageUrl();
    let settings: Settings = await getSettings();

    const claimsOn = () => settings.checkClaims && reader.active;
    const reader: PageReader = new PageReader({
      doc,
      signal: life.signal,
      settings: () => settings,
      pageUrl: () => topUrl ?? doc.location.href,
      highlightOf: (m) => highlightName(settings, m),
      onResolved: (index) => claimsOn() && claims.schedule(index),
      onShow: () => claims.repaint(),
      load: async () => {
        const bundle = unpackMatcher(await contentToBackground('getMatcher', {}));
        return { bundle, matcher: restoreMatcher(bundle.compiled, bundle.aliases) };
      },
    });
    const claims = new PageClaims(doc, reader, claimsOn, () => settings.highlightStyle !== 'none');
    const card = new CardHost(doc, {
      onMore: (id) => void settle(contentToBackground('openDetails', { id }), 'opening details'),
      onClose: () => hover.close(),
      onMute: (id) => void settle(contentToBackground('muteEntity', { id }), 'hiding an entity'),
      onEnter: () => hover.holdOpen(),
      onLeave: () => hover.leaveCard(),
    });
    const entities = new EntityCache((id) => contentToBackground('getEntity', { id }));
    // Your own entities apply to open pages at once: new names to find, new cards to show.
    ctx.onInvalidated(
      watchUserEntities(() => {
        entities.clear();
        hover.close();
        void settle(reader.reload(), 'reading your entities');
      }),
    );
    const hover = new HoverCards({
      doc,
      signal: life.signal,
      settings: () => settings,
      card,
      entities,
      hitTest: (x, y) =>
        mentionAt(doc, reader.highlighter, x, y, reader.shadowRoots()) ??
        (claimsOn() ? claims.layer.at(x, y) : undefined),
      mark: (m) => reader.highlighter.focus(m),
      page: () => ({ articleDate: claimsOn() ? claims.articleDate : undefined, claims: claims.list() }),
    });
    onEnd(() => {
      card.destroy();
      reader.clear();
      claims.layer.clear();
    });

    const cursor = new MentionCursor();
    const goTo = (m: PlacedMention, keyboard: boolean) =>
      hover.open({ mention: m, rect: scrollToRange(window, m.range), keyboard });
    const onMessage = servePageRequests(reader, cursor, goTo, {
      getPageClaims: async () => {
        await reader.everything();
        return { article: await claims.info().catch(() => ({})), claims: claims.list() };
      },
      jumpToClaim: ({ key }) => {
        const c = claims.all().find((x) => x.key === key);
        if (c) hover.open({ claim: c, rect: scrollToRange(window, c.range) });
        return !!c;
      },
    });
    browser.runtime.onMessage.addListener(onMessage);
    onEnd(() => browser.runtime.onMessage.removeListener(onMessage));

    const apply = () => {
      if (!reader.active) hover.close();
      claims.repaint();
      void settle(
        reader.apply().then(() => {
          reader.refresh();
          claims.repaint();
        }),
        'reading the page',
      );
    };
    onEnd(
      watchSettings((s) => {
        settings = s;
        apply();
      }),
    );
    // Single-page apps: a new route is new text (the observer sees it); close what belonged to the old one.
    watchLocation(
      window,
      () => {
        cursor.reset();
        hover.close();
        claims.reset();
        apply();
      },
      life.signal,
    );
    await reader.apply();
  },
});

/** The top page's URL in a frame (undefined in the top frame, or when the background cannot say). */
async function pageUrl(): Promise<string | undefined> {
  if (window === window.top) return undefined;
  return (await contentToBackground('getPageUrl', {}).catch(() => undefined)) || undefined;
}
