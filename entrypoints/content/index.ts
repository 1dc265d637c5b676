import './highlight.css';
import * as z from 'zod/mini';
import { EntityCache } from '@/lib/content/entity-cache';
import { mentionAt } from '@/lib/content/hover/hit-test';
import { MentionCursor, scrollToRange } from '@/lib/content/navigate';
import { PageReader } from '@/lib/content/page-reader';
import type { PlacedMention } from '@/lib/content/paint/highlight';
import { restoreMatcher } from '@/lib/core/match/build-matcher';
import { unpackMatcher } from '@/lib/core/matcher-wire';
import { settle } from '@/lib/shared/report';
import { contentToBackground } from '@/lib/shared/rpc-clients';
import { getSettings, type Settings, updateSettings, watchSettings } from '@/lib/shared/settings';
import { CardHost } from './card-host';
import { HoverCards } from './hover-cards';
import { highlightName } from './page-mentions';
import { servePageRequests } from './page-requests';

// Every schema parses a handful of messages per page: generating JIT parsers (and probing whether
// `new Function` is allowed, which strict page CSPs report) costs more than it saves.
z.config({ jitless: true });

// Wiring only: settings → page reader (scan, highlight) → hover → card; popup requests.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Same-origin and cross-origin iframes each get their own instance (and their own card).
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!('highlights' in CSS)) return; // no Custom Highlight API: LabLens stays out of the way
    const doc = document;
    const life = new AbortController();
    ctx.onInvalidated(() => life.abort());
    let settings: Settings = await getSettings();

    const reader = new PageReader({
      doc,
      signal: life.signal,
      settings: () => settings,
      highlightOf: (m) => highlightName(settings, m),
      load: async () => {
        const bundle = unpackMatcher(await contentToBackground('getMatcher', {}));
        return { bundle, matcher: restoreMatcher(bundle.compiled, bundle.aliases) };
      },
    });
    const card = new CardHost(doc, {
      onMore: (id) => void settle(contentToBackground('openDetails', { id }), 'opening details'),
      onClose: () => hover.close(),
      onMute: (id) =>
        void settle(
          updateSettings((s) => ({ ...s, muted: [...new Set([...s.muted, id])] })),
          'hiding an entity',
        ),
      onEnter: () => hover.holdOpen(),
      onLeave: () => hover.leaveCard(),
    });
    const hover = new HoverCards({
      doc,
      signal: life.signal,
      settings: () => settings,
      card,
      entities: new EntityCache((id) => contentToBackground('getEntity', { id })),
      hitTest: (x, y) => mentionAt(doc, reader.highlighter, x, y),
      mark: (m) => reader.highlighter.focus(m),
    });
    ctx.onInvalidated(() => {
      card.destroy();
      reader.clear();
    });

    const cursor = new MentionCursor();
    const goTo = (m: PlacedMention, keyboard: boolean) =>
      hover.open({ mention: m, rect: scrollToRange(window, m.range), keyboard });
    const onMessage = servePageRequests(reader, cursor, goTo);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const apply = () => {
      if (!reader.active) hover.close();
      void settle(reader.apply(), 'reading the page');
    };
    ctx.onInvalidated(
      watchSettings((s) => {
        settings = s;
        apply();
      }),
    );
    // Single-page apps: a new route is new text (the observer sees it); close what belonged to the old one.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      cursor.reset();
      hover.close();
      apply();
    });
    await reader.apply();
  },
});
