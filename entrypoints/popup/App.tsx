import { useEffect, useState } from 'preact/hooks';
import { EntityDetails } from '@/components/EntityDetails';
import { EntityList } from '@/components/EntityList';
import { SearchResults } from '@/components/SearchResults';
import { Toggle } from '@/components/Toggle';
import { formatDate } from '@/lib/core/fact-rows';
import { siteOf } from '@/lib/core/site';
import { t } from '@/lib/shared/i18n';
import { report, settle } from '@/lib/shared/report';
import { popupToContent, uiToBackground } from '@/lib/shared/rpc-clients';
import { saveErrorText } from '@/lib/shared/save-error';
import { getSettings, type Settings, updateSettings, watchSettings } from '@/lib/shared/settings';
import { type Tab, useLatest, usePageMentions } from './hooks';
import { PageView } from './PageView';

/**
 * The tab the popup is about: the active one, or `?tab=` when opened as a page (tests, the card's "More").
 * Without the `tabs` permission its address is known from `activeTab` (a toolbar click) or, failing
 * that, from the page's own content script; a page with neither is one LabLens does not read.
 */
async function targetTab(): Promise<Tab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  const page = tab.url
    ? { url: tab.url, title: tab.title ?? '' }
    : await popupToContent(tab.id, 'getPage', {}).catch(() => undefined);
  return page && !page.url.startsWith(browser.runtime.getURL('/')) ? { id: tab.id, ...page } : undefined;
}

const mute = (id: string) =>
  settle(
    updateSettings((s) => ({ ...s, muted: [...new Set([...s.muted, id])] })),
    'hiding an entity',
  );

/** Container: talks to the content script and the background, renders pure components. */
export function App() {
  const [tab, setTab] = useState<Tab>();
  const [settings, setSettings] = useState<Settings>();
  // Bumped when the tab is known and when settings change: the page's list is asked for again.
  const [refreshes, setRefreshes] = useState(0);
  const [selected, setSelected] = useState<string | null>(new URLSearchParams(location.search).get('entity'));
  const [query, setQuery] = useState('');
  const [saveError, setSaveError] = useState('');
  const page = usePageMentions(tab, refreshes);
  const info = useLatest('dataset info', () => uiToBackground('getDatasetInfo', {}), []);
  const entity = useLatest(
    'entity details',
    () => (selected ? uiToBackground('getEntity', { id: selected }) : undefined),
    [selected],
  );
  const search = query.trim().length >= 2;
  const results = useLatest('search', () => (search ? uiToBackground('searchEntities', { query }) : undefined), [
    query,
  ]);

  useEffect(() => {
    void settle(
      targetTab().then((target) => {
        setTab(target);
        setRefreshes((n) => n + 1);
      }),
      'finding the tab',
    );
    void settle(getSettings().then(setSettings), 'reading settings');
    return watchSettings((s) => {
      setSettings(s);
      setTimeout(() => setRefreshes((n) => n + 1), 50);
    });
  }, []);

  const site = tab ? siteOf(tab.url) : '';
  const siteOn = !!settings && !settings.disabledSites.includes(site);
  // A refused write (the list is full, sync storage over quota) is shown, and the switch keeps the stored state.
  const setSite = (on: boolean) =>
    void updateSettings((s) => ({
      ...s,
      disabledSites: on ? s.disabledSites.filter((d) => d !== site) : [...new Set([...s.disabledSites, site])],
    })).then(
      () => setSaveError(''),
      (e: unknown) => {
        report('switching the site', e);
        setSaveError(saveErrorText(e));
      },
    );
  const { mentions, complete } = page;

  return (
    <main>
      <div class="ll-top">
        <h1>LabLens</h1>
        {site && settings && (
          <Toggle id="site-switch" label={t('popup_siteSwitch')} checked={siteOn} onChange={setSite} />
        )}
      </div>
      {saveError && (
        <p id="save-error" class="ll-error" role="alert">
          {saveError}
        </p>
      )}
      {selected ? (
        <>
          <button type="button" class="ll-back" onClick={() => setSelected(null)}>
            {t('popup_back')}
          </button>
          {entity.value ? (
            <EntityDetails entity={entity.value} onSelect={setSelected} onMute={() => void mute(entity.value!.id)} />
          ) : (
            <p class={entity.failed ? 'll-error' : undefined}>{t(entity.failed ? 'popup_failed' : 'popup_loading')}</p>
          )}
        </>
      ) : (
        <>
          <input
            class="ll-search"
            type="search"
            placeholder={t('popup_searchPlaceholder')}
            aria-label={t('popup_searchLabel')}
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          {search && results.failed ? (
            <p class="ll-error">{t('popup_failed')}</p>
          ) : search && results.value ? (
            <SearchResults results={results.value} onSelect={setSelected} />
          ) : mentions === null || (!complete && !mentions.length) ? (
            <p>{t('popup_reading')}</p>
          ) : settings && tab && !siteOn ? (
            <p class="ll-empty">{t('popup_off')}</p>
          ) : tab ? (
            <PageView tab={tab} mentions={mentions} complete={complete} refreshes={refreshes} onSelect={setSelected} />
          ) : (
            <EntityList mentions={mentions} onSelect={setSelected} />
          )}
        </>
      )}
      <footer class="ll-meta">
        {info.value && (
          <span>{t('popup_dataset', info.value.version, formatDate(info.value.asOf), info.value.entities)}</span>
        )}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popup_settings')}
        </a>
      </footer>
    </main>
  );
}
