import './highlight.css';
import { buildMatcher } from '@/lib/match/build-matcher';
import { type EntityView, type MatcherData, ToBackground, ToContent } from '@/lib/messaging';
import { Highlighter, type PlacedMention } from '@/lib/page/highlight';
import { mentionAt } from '@/lib/page/hit-test';
import { DEFAULT_TIMINGS, HoverIntent } from '@/lib/page/hover-intent';
import { observeText } from '@/lib/page/observe';
import { scanRoot } from '@/lib/page/scan';
import { call, serve } from '@/lib/rpc';
import { getSettings, isActiveOn, type Settings, watchSettings } from '@/lib/settings';
import { CardHost } from './card-host';

const ask = <K extends keyof typeof ToBackground & string>(
  type: K,
  payload: Parameters<typeof call<typeof ToBackground, K>>[2],
) => call(ToBackground, type, payload, (m) => browser.runtime.sendMessage(m));

// Wiring only: settings → matcher → scan → highlight → hover → card.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!('highlights' in CSS)) return; // no Custom Highlight API: LabLens stays out of the way
    const doc = document;
    const highlighter = new Highlighter();
    const life = new AbortController();
    ctx.onInvalidated(() => life.abort());

    let settings: Settings = await getSettings();
    let data: MatcherData | undefined;
    let matcher: ReturnType<typeof buildMatcher> | undefined;
    let kindOf = new Map<string, string>();
    const entityCache = new Map<string, Promise<EntityView | null>>();
    const fetchEntity = (id: string) => {
      if (!entityCache.has(id))
        entityCache.set(
          id,
          ask('getEntity', { id }).catch(() => null),
        );
      return entityCache.get(id)!;
    };

    const rescan = async () => {
      if (life.signal.aborted) return;
      if (!isActiveOn(settings, location.href)) {
        card.hide();
        return highlighter.clear();
      }
      if (!data) {
        data = await ask('getMatcherData', {});
        matcher = buildMatcher(data.aliases);
        kindOf = new Map(data.entities.map((e) => [e.id, e.kind]));
      }
      highlighter.set(
        scanRoot(doc.body, matcher!, {
          kindOf,
          include: (_id, kind) => settings.kinds[kind as keyof Settings['kinds']],
        }),
      );
    };

    const card = new CardHost(doc, {
      onMore: (id) => void ask('openDetails', { id }),
      onClose: () => intent.hideNow(),
      onEnter: () => intent.holdOpen(),
      onLeave: () => intent.leaveCard(),
    });
    ctx.onInvalidated(() => {
      card.destroy();
      highlighter.clear();
    });

    type Hit = { mention: PlacedMention; rect: DOMRect };
    const intent = new HoverIntent<Hit>(DEFAULT_TIMINGS, {
      intent: (h) => void fetchEntity(h.mention.entityId),
      show: async (h) => {
        const entity = await fetchEntity(h.mention.entityId);
        if (entity && !life.signal.aborted) {
          highlighter.focus(h.mention);
          await card.show(entity, h.rect, h.mention.matched);
        }
      },
      hide: () => {
        highlighter.focus(undefined);
        card.hide();
      },
    });

    // Hit-test at most once per animation frame, however fast the pointer moves.
    let frame = 0;
    let last: PointerEvent | undefined;
    doc.addEventListener(
      'pointermove',
      (e) => {
        last = e;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (!last || card.contains(last.target as Node)) return;
          intent.over(mentionAt(doc, highlighter, last.clientX, last.clientY), (a, b) => a.mention === b.mention);
        });
      },
      { passive: true, signal: life.signal },
    );
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && intent.hideNow(), { signal: life.signal });

    const onMessage = serve(ToContent, {
      getPageMentions: () => ({
        url: location.href,
        enabled: isActiveOn(settings, location.href),
        mentions: countMentions(highlighter.all(), data),
      }),
      jumpTo: ({ entityId }) => {
        const m = highlighter.all().find((x) => x.entityId === entityId);
        if (!m) return false;
        const box = m.range.getBoundingClientRect();
        window.scrollBy({ top: box.top - window.innerHeight / 2, behavior: 'instant' });
        highlighter.focus(m);
        setTimeout(() => highlighter.focus(undefined), 1500);
        return true;
      },
    });
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const unwatch = watchSettings((s) => {
      settings = s;
      void rescan();
    });
    ctx.onInvalidated(unwatch);
    observeText(doc.body, () => void rescan(), life.signal);
    await rescan();
  },
});

function countMentions(placed: readonly PlacedMention[], data: MatcherData | undefined) {
  const byId = new Map(data?.entities.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const m of placed) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts].flatMap(([id, count]) => {
    const e = byId.get(id);
    return e ? [{ entityId: id, name: e.name, kind: e.kind, count }] : [];
  });
}
