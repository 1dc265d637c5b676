import { getDb } from '@/lib/db/database';
import { ensureSeeded, getDatasetInfo, getEntityView, getMatcherData, searchEntities } from '@/lib/db/queries';
import { ToBackground } from '@/lib/messaging';
import { serve } from '@/lib/rpc';

// Wiring only. No state lives here: the worker may be stopped at any idle moment.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    ensureSeeded(getDb()).catch((e) => console.error('LabLens: loading the dataset failed', e));
  });
  browser.runtime.onMessage.addListener(
    serve(ToBackground, {
      getMatcherData: () => getMatcherData(),
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
