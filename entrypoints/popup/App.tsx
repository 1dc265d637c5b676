import { useEffect, useState } from 'preact/hooks';
import { EntityDetails } from '@/components/EntityDetails';
import { EntityList } from '@/components/EntityList';
import { Toggle } from '@/components/Toggle';
import { formatDate } from '@/lib/dataset/fact-rows';
import type { EntitySummary, EntityView, PageMention } from '@/lib/messaging';
import { getSettings, type Settings, siteOf, updateSettings, watchSettings } from '@/lib/settings';
import { askBackground, askTab } from '@/lib/ui/rpc-clients';

/** The tab the popup is about: the active one, or `?tab=` when opened as a page (tests, "More"). */
async function targetTab(): Promise<{ id: number; url: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : undefined;
}

/** Container: talks to the content script and the background, renders pure components. */
export function App() {
  const [tab, setTab] = useState<{ id: number; url: string }>();
  const [mentions, setMentions] = useState<PageMention[] | null>(null);
  const [settings, setSettings] = useState<Settings>();
  const [selected, setSelected] = useState<string | null>(new URLSearchParams(location.search).get('entity'));
  const [entity, setEntity] = useState<EntityView | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntitySummary[]>([]);
  const [info, setInfo] = useState<{ version: string; asOf: string; entities: number }>();

  const refresh = async (t = tab) => {
    if (!t) return;
    try {
      setMentions((await askTab(t.id, 'getPageMentions', {})).mentions);
    } catch {
      setMentions([]); // no content script here (browser pages, the store)
    }
  };

  useEffect(() => {
    void targetTab().then((t) => {
      setTab(t);
      void refresh(t);
    });
    void getSettings().then(setSettings);
    void askBackground('getDatasetInfo', {}).then(setInfo);
    return watchSettings((s) => {
      setSettings(s);
      setTimeout(() => void refresh(), 50);
    });
  }, []);

  useEffect(() => {
    setEntity(null);
    if (selected) void askBackground('getEntity', { id: selected }).then(setEntity);
  }, [selected]);

  useEffect(() => {
    if (query.trim().length < 2) return setResults([]);
    void askBackground('searchEntities', { query }).then(setResults);
  }, [query]);

  const site = tab ? siteOf(tab.url) : '';
  const siteOn = !!settings && !settings.disabledSites.includes(site);
  const setSite = (on: boolean) =>
    updateSettings((s) => ({
      ...s,
      disabledSites: on ? s.disabledSites.filter((d) => d !== site) : [...new Set([...s.disabledSites, site])],
    }));

  return (
    <main>
      <div class="ll-top">
        <h1>LabLens</h1>
        {site && settings && (
          <Toggle id="site-switch" label="LabLens on this site" checked={siteOn} onChange={setSite} />
        )}
      </div>
      {selected ? (
        <>
          <button type="button" class="ll-back" onClick={() => setSelected(null)}>
            ← Back
          </button>
          {entity ? <EntityDetails entity={entity} onSelect={setSelected} /> : <p>Loading…</p>}
        </>
      ) : (
        <>
          <input
            class="ll-search"
            type="search"
            placeholder="Search labs, models, people…"
            aria-label="Search the LabLens dataset"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          {query.trim().length >= 2 ? (
            <ul class="ll-list" aria-label="Search results">
              {results.map((r) => (
                <li key={r.id} class="ll-item">
                  <button type="button" class="ll-item-name" onClick={() => setSelected(r.id)}>
                    {r.name}
                  </button>
                </li>
              ))}
            </ul>
          ) : mentions === null ? (
            <p>Reading the page…</p>
          ) : (
            <EntityList
              mentions={mentions}
              onSelect={setSelected}
              onJump={(id) => tab && void askTab(tab.id, 'jumpTo', { entityId: id })}
            />
          )}
        </>
      )}
      <footer class="ll-meta">
        {info && (
          <span>
            Dataset {info.version}, as of {formatDate(info.asOf)} · {info.entities} entities
          </span>
        )}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Settings
        </a>
      </footer>
    </main>
  );
}
