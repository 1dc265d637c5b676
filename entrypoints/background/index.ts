import { findClaims, readArticle } from '@/lib/background/db/claims';
import { getDb } from '@/lib/background/db/database';
import {
  ensureSeeded,
  getDatasetInfo,
  getEntityView,
  getMatcherBundle,
  searchEntities,
} from '@/lib/background/db/queries';
import { packMatcher } from '@/lib/core/matcher-wire';
import { PopupToContent, ToBackground } from '@/lib/shared/protocol';
import { call, serve } from '@/lib/shared/rpc';

/** The keyboard shortcut moves through the mentions of the active tab. */
async function navigateActiveTab(direction: 'next' | 'prev'): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await call(PopupToContent, 'navigate', { direction }, (m) => browser.tabs.sendMessage(tab.id!, m)).catch(() => false);
}

// Wiring only. No state lives here: the worker may be stopped at any idle moment.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    ensureSeeded(getDb()).catch((e) => console.error('LabLens: loading the dataset failed', e));
  });
  browser.commands.onCommand.addListener((command) => {
    const direction = command === 'next-mention' ? 'next' : command === 'prev-mention' ? 'prev' : undefined;
    if (direction) void navigateActiveTab(direction);
  });
  browser.runtime.onMessage.addListener(
    serve(ToBackground, {
      getMatcher: async () => packMatcher(await getMatcherBundle()),
      findClaims: (req) => findClaims(req),
      readArticle: (signals) => readArticle(signals),
      getEntity: ({ id }) => getEntityView(id),
      searchEntities: ({ query }) => searchEntities(query),
      getDatasetInfo: () => getDatasetInfo(),
      openDetails: async ({ id }) => {
        await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(id)}`) });
        return true;
      },
    }),
  );
});
