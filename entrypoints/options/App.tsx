import { useEffect, useState } from 'preact/hooks';
import { Toggle } from '@/components/Toggle';
import { KIND_LABELS } from '@/lib/dataset/fact-rows';
import { getSettings, KINDS, type Settings, updateSettings, watchSettings } from '@/lib/settings';

/** Settings page: every change is saved at once and reaches open tabs through storage events. */
export function App() {
  const [s, setS] = useState<Settings>();
  useEffect(() => {
    void getSettings().then(setS);
    return watchSettings(setS);
  }, []);
  if (!s) return null;
  return (
    <main style="max-width:560px;margin:24px auto;padding:0 16px;display:grid;gap:14px">
      <h1 style="font-size:20px;margin:0">LabLens settings</h1>
      <Toggle
        id="enabled"
        label="Highlight AI names on pages"
        checked={s.enabled}
        onChange={(v) => updateSettings((x) => ({ ...x, enabled: v }))}
      />
      <fieldset style="border:1px solid var(--ll-line);border-radius:8px;display:grid;gap:8px">
        <legend>Highlight these kinds</legend>
        {KINDS.map((k) => (
          <Toggle
            key={k}
            id={`kind-${k}`}
            label={KIND_LABELS[k]}
            checked={s.kinds[k]}
            disabled={!s.enabled}
            onChange={(v) => updateSettings((x) => ({ ...x, kinds: { ...x.kinds, [k]: v } }))}
          />
        ))}
      </fieldset>
      {s.disabledSites.length > 0 && (
        <section>
          <h2 style="font-size:15px">Sites where LabLens is off</h2>
          <ul>
            {s.disabledSites.map((d) => (
              <li key={d}>
                {d}{' '}
                <button
                  type="button"
                  onClick={() =>
                    updateSettings((x) => ({ ...x, disabledSites: x.disabledSites.filter((y) => y !== d) }))
                  }
                >
                  Turn on again
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
