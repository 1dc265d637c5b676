import './highlight.css';
import * as z from 'zod/mini';
import { mentionAt } from '@/lib/content/hover/hit-test';
import { HoverIntent } from '@/lib/content/hover/hover-intent';
import { MentionCursor, scrollToRange } from '@/lib/content/navigate';
import { Highlighter, type PlacedMention } from '@/lib/content/paint/highlight';
import { NearViewport } from '@/lib/content/paint/near-viewport';
import { observeText } from '@/lib/content/read/observe';
import { PageScanner } from '@/lib/content/read/page-scanner';
import { ReadingBand } from '@/lib/content/read/reading-band';
import { afterFrame, throttle } from '@/lib/content/read/schedule';
import { restoreMatcher } from '@/lib/core/match/build-matcher';
import { unpackMatcher } from '@/lib/core/matcher-wire';
import { type EntityView, type MatcherBundle, PopupToContent } from '@/lib/shared/protocol';
import { serve } from '@/lib/shared/rpc';
import { contentToBackground } from '@/lib/shared/rpc-clients';
import { getSettings, isActiveOn, type Settings, updateSettings, watchSettings } from '@/lib/shared/settings';
import { CardHost } from './card-host';
import { countMentions, highlightName } from './page-mentions';

// Every schema parses a handful of messages per page: generating JIT parsers (and probing whether
// `new Function` is allowed, which strict page CSPs report) costs more than it saves.
z.config({ jitless: true });

// Wiring only: settings → matcher → scan → highlight → hover → card.
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
    const highlighter = new Highlighter();
    const cursor = new MentionCursor();
    let settings: Settings = await getSettings();
    let matcherData: MatcherBundle | undefined;
    let scanner: PageScanner | undefined;
    const entities = new Map<string, Promise<EntityView | null>>();
    const fetchEntity = (id: string) => {
      if (!entities.has(id))
        entities.set(
          id,
          contentToBackground('getEntity', { id }).catch(() => null),
        );
      return entities.get(id)!;
    };

    // Repaint what the Highlighter holds (the last resolve) for the current viewport and style.
    const show = (mentions: readonly PlacedMention[] = highlighter.all()) => {
      if (!isActiveOn(settings, location.href)) return;
      // Only mentions near the viewport get a Range and a paint; all stay hoverable.
      highlighter.set(
        mentions,
        (m) => highlightName(settings, m),
        (block) => near.has(block),
      );
    };
    // One filter per settings object: the index resolves only new blocks while it stays the same.
    let filter: { for: Settings; include: (m: PlacedMention) => boolean } | undefined;
    const paint = () => {
      if (!scanner || !isActiveOn(settings, location.href)) return;
      if (filter?.for !== settings) {
        const s = settings;
        filter = {
          for: s,
          include: (m) => s.kinds[m.kind as keyof Settings['kinds']] && !s.muted.includes(m.entityId),
        };
      }
      show(scanner.index.resolve(filter.include, settings.firstMentionOnly));
    };
    // Scrolling brings other blocks near: repaint at most every 100 ms, without resolving again.
    const near = new NearViewport(
      throttle(() => show(), 100),
      life.signal,
    );
    // Text set aside far from the viewport is read when a scroll (of the page or any scroller) brings it near.
    const readNear = throttle(() => void scanner?.readNear(), 100);
    for (const type of ['scroll', 'resize'])
      window.addEventListener(type, readNear, { capture: true, passive: true, signal: life.signal });
    // The popup and the shortcut are about the whole page: read the rest first.
    const everything = async () => {
      if (scanner && !scanner.complete) await scanner.readEverything();
      return highlighter.all();
    };

    const apply = async () => {
      if (life.signal.aborted) return;
      if (!isActiveOn(settings, location.href)) {
        intent.hideNow();
        return highlighter.clear();
      }
      if (scanner) return paint();
      const data = unpackMatcher(await contentToBackground('getMatcher', {}));
      matcherData = data;
      const kindOf = new Map<string, string>();
      for (const e of data.entities) kindOf.set(e.id, e.kind);
      const matcher = restoreMatcher(data.compiled, data.aliases);
      const hooks = { paint, onBlock: (c: Node) => near.watch(c), onShadow: (r: ShadowRoot) => observer.observe(r) };
      scanner = new PageScanner(doc.body, matcher, kindOf, hooks, life.signal, new ReadingBand(window));
      await afterFrame();
      await scanner.start();
    };

    // Keyboard-opened cards take focus; Esc gives it back to where it was.
    let returnFocus: HTMLElement | null = null;
    const card = new CardHost(doc, {
      onMore: (id) => void contentToBackground('openDetails', { id }),
      onClose: () => intent.hideNow(),
      onMute: (id) => void updateSettings((s) => ({ ...s, muted: [...new Set([...s.muted, id])] })),
      onEnter: () => intent.holdOpen(),
      onLeave: () => intent.leaveCard(),
    });
    ctx.onInvalidated(() => {
      card.destroy();
      highlighter.clear();
    });

    type Hit = { mention: PlacedMention; rect: DOMRect; keyboard?: boolean };
    let shown = 0;
    const timings = () => ({
      intentMs: Math.min(150, settings.hoverDelayMs / 3),
      showMs: settings.hoverDelayMs,
      hideMs: 300,
    });
    const intent = new HoverIntent<Hit>(timings, {
      intent: (h) => void fetchEntity(h.mention.entityId),
      show: async (h) => {
        const token = ++shown;
        const entity = await fetchEntity(h.mention.entityId);
        // A later show (fast keyboard steps) wins over a slower fetch that started earlier.
        if (!entity || life.signal.aborted || token !== shown) return;
        highlighter.focus(h.mention);
        await card.show(entity, h.rect, h.mention, h.keyboard === true);
      },
      hide: () => {
        shown++;
        highlighter.focus(undefined);
        card.hide();
        returnFocus?.focus();
        returnFocus = null;
      },
    });

    // Hit-test at most once per animation frame, however fast the pointer moves.
    let frame = 0;
    let last: PointerEvent | undefined;
    const onMove = () => {
      frame = 0;
      if (!last || card.contains(last.target as Node)) return;
      intent.over(mentionAt(doc, highlighter, last.clientX, last.clientY), (a, b) => a.mention === b.mention);
    };
    doc.addEventListener(
      'pointermove',
      (e) => {
        last = e;
        if (!frame) frame = requestAnimationFrame(onMove);
      },
      { passive: true, signal: life.signal },
    );
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && intent.hideNow(), {
      signal: life.signal,
      capture: true,
    });

    const goTo = (m: PlacedMention, keyboard: boolean) => {
      const rect = scrollToRange(window, m.range);
      if (keyboard && !returnFocus) returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      intent.showNow({ mention: m, rect, keyboard });
    };
    const onMessage = serve(PopupToContent, {
      getPageMentions: () => {
        const on = isActiveOn(settings, location.href);
        // Answers at once with what is known; the popup asks again until the page is read.
        if (on && scanner && !scanner.complete) void scanner.readEverything();
        return {
          url: location.href,
          enabled: on,
          complete: !!scanner?.complete || !on,
          mentions: countMentions(highlighter.all(), matcherData),
        };
      },
      jumpTo: async ({ entityId }) => {
        const m = (await everything()).find((x) => x.entityId === entityId);
        if (m) goTo(m, false);
        return !!m;
      },
      navigate: async ({ direction }) => {
        const m = cursor.step(await everything(), direction);
        if (m) goTo(m, true);
        return !!m;
      },
    });
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    ctx.onInvalidated(
      watchSettings((s) => {
        settings = s;
        void apply();
      }),
    );
    // Single-page apps: a new route is new text (the observer sees it); close what belonged to the old one.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      cursor.reset();
      intent.hideNow();
      void apply();
    });
    const observer = observeText(doc.body, (changed, removed) => void scanner?.changed(changed, removed), life.signal);
    await apply();
  },
});
