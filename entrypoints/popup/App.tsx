import { useEffect, useRef, useState } from 'preact/hooks';
import { EntityDetails } from '@/components/EntityDetails';
import { EntityList } from '@/components/EntityList';
import { SearchResults } from '@/components/SearchResults';
import { Toggle } from '@/components/Toggle';
import { formatDate } from '@/lib/core/fact-rows';
import { siteOf } from '@/lib/core/site';
import { t } from '@/lib/shared/i18n';
import type { EntitySummary, EntityView, PageMention } from '@/lib/shared/protocol';
import { popupToContent, uiToBackground } from '@/lib/shared/rpc-clients';
import { getSettings, type Settings, updateSettings, watchSettings } from '@/lib/shared/settings';

type Tab = { id: number; url: string };

/** The tab the popup is about: the active one, or `?tab=` when opened as a page (tests, the card's "More"). */
async function targetTab(): Promise<Tab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url && !tab.url.startsWith(browser.runtime.getURL('/'))
    ? { id: tab.id, url: tab.url }
    : undefined;
}

/** Container: talks to the content script and the background, renders pure components. */
export function App() {
  const [tab, setTab] = useState<Tab>();
  const [mentions, setMentions] = useState<PageMention[] | null>(null);
  const [complete, setComplete] = useState(true);
  const [settings, setSettings] = useState<Settings>();
  const [selected, setSelected] = useState<string | null>(new URLSearchParams(location.search).get('entity'));
  const [entity, setEntity] = useState<EntityView | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntitySummary[] | null>(null);
  const [info, setInfo] = useState<{ version: string; asOf: string; entities: number }>();

  // Text far from the reader's viewport is read when asked for: ask again until the page is read.
  const asking = useRef(0);
  const refresh = async (target: Tab | undefined) => {
    const token = ++asking.current;
    if (!target) return setMentions([]);
    try {
      for (;;) {
        const reply = await popupToContent(target.id, 'getPageMentions', {});
        if (token !== asking.current) return;
        setMentions(reply.mentions);
        setComplete(reply.complete);
        if (reply.complete) return;
        await new Promise((r) => setTimeout(r, 150));
      }
    } catch {
      setMentions([]); // no content script here (browser pages, the store)
      setComplete(true);
    }
  };

  useEffect(() => {
    let current: Tab | undefined;
    void targetTab().then((target) => {
      current = target;
      setTab(target);
      void refresh(target);
    });
    void getSettings().then(setSettings);
    void uiToBackground('getDatasetInfo', {}).then(setInfo);
    return watchSettings((s) => {
      setSettings(s);
      setTimeout(() => void refresh(current), 50);
    });
  }, []);

  useEffect(() => {
    setEntity(null);
    if (selected) void uiToBackground('getEntity', { id: selected }).then(setEntity);
  }, [selected]);

  useEffect(() => {
    if (query.trim().length < 2) return setResults(null);
    void uiToBackground('searchEntities', { query }).then(setResults);
  }, [query]);

  const site = tab ? siteOf(tab.url) : '';
  const siteOn = !!settings && !settings.disabledSites.includes(site);
  const setSite = (on: boolean) =>
    updateSettings((s) => ({
      ...s,
      disabledSites: on ? s.disabledSites.filter((d) => d !== site) : [...new Set([...s.disabledSites, site])],
    }));
  const mute = (id: string) => updateSettings((s) => ({ ...s, muted: [...new Set([...s.muted, id])] }));

  return (
    <main>
      <div class="ll-top">
        <h1>LabLens</h1>
        {site && settings && (
          <Toggle id="site-switch" label={t('popup_siteSwitch')} checked={siteOn} onChange={setSite} />
        )}
      </div>
      {selected ? (
        <>
          <button type="button" class="ll-back" onClick={() => setSelected(null)}>
            {t('popup_back')}
          </button>
          {entity ? (
            <EntityDetails entity={entity} onSelect={setSelected} onMute={() => void mute(entity.id)} />
          ) : (
            <p>{t('popup_loading')}</p>
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
          {results ? (
            <SearchResults results={results} onSelect={setSelected} />
          ) : mentions === null || (!complete && !mentions.length) ? (
            <p>{t('popup_reading')}</p>
          ) : settings && tab && !siteOn ? (
            <p class="ll-empty">{t('popup_off')}</p>
          ) : (
            <>
              <EntityList
                mentions={mentions}
                onSelect={setSelected}
                onJump={(id) => tab && void popupToContent(tab.id, 'jumpTo', { entityId: id })}
              />
              {!complete && <p class="ll-reading">{t('popup_readingRest')}</p>}
            </>
          )}
        </>
      )}
      <footer class="ll-meta">
        {info && <span>{t('popup_dataset', info.version, formatDate(info.asOf), info.entities)}</span>}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popup_settings')}
        </a>
      </footer>
    </main>
  );
}
