import { ItemList } from '@/components/ItemList';
import { kindLabel } from '@/components/labels';
import { Toggle } from '@/components/Toggle';
import { KINDS } from '@/lib/core/kinds';
import { siteOf } from '@/lib/core/site';
import { t } from '@/lib/shared/i18n';
import { type Settings, updateSettings } from '@/lib/shared/settings';
import { Backup } from './Backup';
import { useEntityNames, useSave, useSettings, useShortcuts } from './hooks';
import { StyleSettings } from './StyleSettings';
import { UserEntities } from './UserEntities';

/** Settings page: every change is saved at once and reaches open tabs through storage events; a failed save says why. */
export function App() {
  const s = useSettings();
  const { error, save } = useSave();
  const set = (patch: Partial<Settings>) => void save(updateSettings((x) => ({ ...x, ...patch })));
  const names = useEntityNames(s?.muted ?? []);
  const shortcuts = useShortcuts();
  if (!s) return null;
  return (
    <main class="ll-options">
      <h1>{t('options_title')}</h1>
      <p class="ll-empty">{t('options_saved')}</p>
      {error && (
        <p id="save-error" class="ll-error" role="alert">
          {error}
        </p>
      )}
      <Toggle id="enabled" label={t('options_enabled')} checked={s.enabled} onChange={(v) => set({ enabled: v })} />
      <Toggle
        id="check-claims"
        label={t('options_checkClaims')}
        checked={s.checkClaims}
        disabled={!s.enabled}
        onChange={(v) => set({ checkClaims: v })}
      />
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
      <StyleSettings s={s} set={set} />
      <ItemList
        id="sites"
        title={t('options_sites')}
        empty={t('options_noSites')}
        items={s.disabledSites.map((d) => ({ key: d, label: d }))}
        onRemove={(d) => set({ disabledSites: s.disabledSites.filter((x) => x !== d) })}
        onAdd={(v) => {
          const site = siteOf(v);
          if (site) set({ disabledSites: [...new Set([...s.disabledSites, site])] });
        }}
      />
      <ItemList
        id="muted"
        title={t('options_muted')}
        empty={t('options_noMuted')}
        items={s.muted.map((id) => ({ key: id, label: names[id] ?? id }))}
        onRemove={(id) => set({ muted: s.muted.filter((x) => x !== id) })}
      />
      <UserEntities />
      <Backup />
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
