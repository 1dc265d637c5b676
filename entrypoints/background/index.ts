import { answerEvery } from '@/lib/background/answer-every';
import { findClaims, readArticle } from '@/lib/background/db/claims';
import { getDatasetInfo, getEntityView, getMatcherBundle, searchEntities } from '@/lib/background/db/queries';
import { RateLimit, type Sender, senderKind } from '@/lib/background/senders';
import { configureZod } from '@/lib/background/zod-config';
import { packMatcher } from '@/lib/core/matcher-wire';
import { ContentToBackground, PopupToContent, ToBackground, UiToBackground } from '@/lib/shared/protocol';
import { call, serve } from '@/lib/shared/rpc';

configureZod();

/** The keyboard shortcut moves through the mentions of the active tab. */
async function navigateActiveTab(direction: 'next' | 'prev'): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await call(PopupToContent, 'navigate', { direction }, (m) => browser.tabs.sendMessage(tab.id!, m)).catch(() => false);
}

// Wiring only. No state lives here: the worker may be stopped at any idle moment.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Seeds ahead of the first page; falls back to memory like any request if IndexedDB fails.
    getDatasetInfo().catch((e) => console.error('LabLens: loading the dataset failed', e));
  });
  browser.commands.onCommand.addListener((command) => {
    const direction = command === 'next-mention' ? 'next' : command === 'prev-mention' ? 'prev' : undefined;
    if (direction) void navigateActiveTab(direction);
  });
  const tabsOpened = new RateLimit();
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
        getMatcher: async () => packMatcher(await getMatcherBundle()),
        findClaims: (req) => findClaims(req),
        readArticle: (signals) => readArticle(signals),
        getEntity: ({ id }) => getEntityView(id),
        searchEntities: ({ query }) => searchEntities(query),
        getDatasetInfo: () => getDatasetInfo(),
        openDetails: async ({ id }, sender) => {
          // A new tab needs a real click in the card (the content script checks isTrusted) and at most one a second.
          const tab = (sender as Sender).tab?.id;
          if (tab === undefined || !tabsOpened.allow(tab)) return false;
          await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(id)}`) });
          return true;
        },
      },
      allowed,
    ),
  );
});
