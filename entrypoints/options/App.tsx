import { useEffect, useState } from 'preact/hooks';
import { Choice } from '@/components/Choice';
import { ItemList } from '@/components/ItemList';
import { kindLabel } from '@/components/labels';
import { Toggle } from '@/components/Toggle';
import { KINDS } from '@/lib/core/kinds';
import { siteOf } from '@/lib/core/site';
import { isMessageKey, t } from '@/lib/shared/i18n';
import { uiToBackground } from '@/lib/shared/rpc-clients';
import {
  getSettings,
  HIGHLIGHT_COLORS,
  HIGHLIGHT_STYLES,
  type Settings,
  updateSettings,
  watchSettings,
} from '@/lib/shared/settings';

const label = (key: string) => (isMessageKey(key) ? t(key) : key);
const set = (patch: Partial<Settings>) => updateSettings((s) => ({ ...s, ...patch }));

/** Settings page: every change is saved at once and reaches open tabs through storage events. */
export function App() {
  const [s, setS] = useState<Settings>();
  const [names, setNames] = useState<Record<string, string>>({});
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  useEffect(() => {
    void getSettings().then(setS);
    void browser.commands
      ?.getAll()
      .then((cmds) =>
        setShortcuts(Object.fromEntries(cmds.map((c) => [c.name ?? '', c.shortcut || t('options_unset')]))),
      );
    return watchSettings(setS);
  }, []);
  useEffect(() => {
    for (const id of s?.muted ?? [])
      if (!names[id])
        void uiToBackground('getEntity', { id }).then((e) => e && setNames((n) => ({ ...n, [id]: e.name })));
  }, [s?.muted]);
  if (!s) return null;
  return (
    <main class="ll-options">
      <h1>{t('options_title')}</h1>
      <p class="ll-empty">{t('options_saved')}</p>
      <Toggle id="enabled" label={t('options_enabled')} checked={s.enabled} onChange={(v) => set({ enabled: v })} />
      <fieldset>
        <legend>{t('options_kinds')}</legend>
        {KINDS.map((k) => (
          <Toggle
            key={k}
            id={`kind-${k}`}
            label={kindLabel(k)}
            checked={s.kinds[k]}
            disabled={!s.enabled}
            onChange={(v) => set({ kinds: { ...s.kinds, [k]: v } })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_style')}</legend>
        <Choice
          id="style"
          label={t('options_style')}
          value={s.highlightStyle}
          options={HIGHLIGHT_STYLES}
          optionLabel={(v) => label(`options_style_${v}`)}
          onChange={(v) => set({ highlightStyle: v })}
        />
        <Choice
          id="color"
          label={t('options_color')}
          value={s.highlightColor}
          options={HIGHLIGHT_COLORS}
          optionLabel={(v) => label(`options_color_${v}`)}
          onChange={(v) => set({ highlightColor: v })}
        />
        <Toggle
          id="first-only"
          label={t('options_firstOnly')}
          checked={s.firstMentionOnly}
          onChange={(v) => set({ firstMentionOnly: v })}
        />
        <label>
          {t('options_hoverDelay')}{' '}
          <input
            id="hover-delay"
            type="number"
            min={150}
            max={2000}
            step={50}
            value={s.hoverDelayMs}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              if (v >= 150 && v <= 2000) void set({ hoverDelayMs: Math.round(v) });
            }}
          />
        </label>
      </fieldset>
      <ItemList
        id="sites"
        title={t('options_sites')}
        empty={t('options_noSites')}
        items={s.disabledSites.map((d) => ({ key: d, label: d }))}
        onRemove={(d) => set({ disabledSites: s.disabledSites.filter((x) => x !== d) })}
        onAdd={(v) => {
          const site = siteOf(v);
          if (site) void set({ disabledSites: [...new Set([...s.disabledSites, site])] });
        }}
      />
      <ItemList
        id="muted"
        title={t('options_muted')}
        empty={t('options_noMuted')}
        items={s.muted.map((id) => ({ key: id, label: names[id] ?? id }))}
        onRemove={(id) => set({ muted: s.muted.filter((x) => x !== id) })}
      />
      <section class="ll-section">
        <h2>{t('options_shortcuts')}</h2>
        <p>
          {t(
            'options_shortcutsHelp',
            shortcuts['next-mention'] ?? t('options_unset'),
            shortcuts['prev-mention'] ?? t('options_unset'),
          )}
        </p>
      </section>
    </main>
  );
}
