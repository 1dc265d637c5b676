import { answerEvery } from '@/lib/background/answer-every';
import { findClaims, readArticle } from '@/lib/background/db/claims';
import {
  getDatasetInfo,
  getEntityView,
  getMatcherBundle,
  hasEntity,
  searchEntities,
} from '@/lib/background/db/queries';
import { forgetTab, framesOf, rememberFrame, topPageUrl } from '@/lib/background/frames';
import { muteEntity } from '@/lib/background/mute';
import { RateLimit, type Sender, senderKind } from '@/lib/background/senders';
import { getUserEntityView, isUserId, searchUserEntities, withUserEntities } from '@/lib/background/user-entities';
import { welcomeOnInstall } from '@/lib/background/welcome';
import { configureZod } from '@/lib/background/zod-config';
import { packMatcher } from '@/lib/core/matcher-wire';
import { ContentToBackground, PopupToContent, ToBackground, UiToBackground } from '@/lib/shared/protocol';
import { call, serve } from '@/lib/shared/rpc';
import { getUserEntities } from '@/lib/shared/user-entities';

configureZod();

/**
 * The keyboard shortcut moves through the mentions of the active tab: of its
 * top page, and only when that has none, of its frames, one frame at a time
 * (sent to every frame at once, each would move the focus into itself).
 */
async function navigateActiveTab(direction: 'next' | 'prev'): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id;
  if (tabId === undefined) return;
  const ask = (frameId: number) =>
    call(PopupToContent, 'navigate', { direction }, (m) => browser.tabs.sendMessage(tabId, m, { frameId })).catch(
      () => false,
    );
  if (await ask(0)) return;
  for (const frame of await framesOf(tabId)) if (await ask(frame)) return;
}

// Wiring only. No state lives here: the worker may be stopped at any idle moment.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    // Seeds ahead of the first page; falls back to memory like any request if IndexedDB fails.
    getDatasetInfo().catch((e) => console.error('LabLens: loading the dataset failed', e));
    welcomeOnInstall(details).catch((e) => console.error('LabLens: opening the welcome page failed', e));
  });
  browser.tabs.onRemoved.addListener((tab) => void forgetTab(tab).catch(() => undefined));
  browser.commands.onCommand.addListener((command) => {
    const direction = command === 'next-mention' ? 'next' : command === 'prev-mention' ? 'prev' : undefined;
    if (direction) void navigateActiveTab(direction);
  });
  const tabsOpened = new RateLimit();
  const mutes = new RateLimit();
  const kindOf = (sender: unknown) => senderKind(sender as Sender, browser.runtime.id, browser.runtime.getURL('/'));
  // Content scripts may ask only what a page needs; extension pages what the popup and options need.
  const allowed = (type: string, sender: unknown) => {
    const kind = kindOf(sender);
    if (kind === 'content-script') return Object.hasOwn(ContentToBackground, type);
    if (kind === 'extension-page') return Object.hasOwn(UiToBackground, type);
    return false;
  };
  // Every message gets an answer: a clear error for anything that is not a request.
  const onMessage = (listener: Parameters<typeof answerEvery>[0]) =>
    browser.runtime.onMessage.addListener(answerEvery(listener));
  onMessage(
    serve(
      ToBackground,
      {
        getMatcher: async () => packMatcher(withUserEntities(await getMatcherBundle(), await getUserEntities())),
        findClaims: (req) => findClaims(req),
        readArticle: (signals) => readArticle(signals),
        getEntity: ({ id }) => (isUserId(id) ? getUserEntityView(id) : getEntityView(id)),
        getPageUrl: async (_, sender) => {
          const { tab, frameId } = sender as Sender & { frameId?: number };
          if (tab?.id === undefined) return '';
          if (frameId !== undefined) await rememberFrame(tab.id, frameId);
          return topPageUrl(tab.id);
        },
        searchEntities: async ({ query }) => [...(await searchUserEntities(query)), ...(await searchEntities(query))],
        getDatasetInfo: () => getDatasetInfo(),
        openDetails: async ({ id }, sender) => {
          // A new tab needs a real click in the card (the content script checks isTrusted) and at most one a second.
          const tab = (sender as Sender).tab?.id;
          if (tab === undefined || !tabsOpened.allow(tab)) return false;
          await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(id)}`) });
          return true;
        },
        muteEntity: ({ id }, sender) =>
          muteEntity(id, (sender as Sender).tab?.id, mutes, async (x) =>
            isUserId(x) ? !!(await getUserEntityView(x)) : hasEntity(x),
          ),
      },
      allowed,
    ),
  );
});
