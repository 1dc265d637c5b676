import { Choice } from '@/components/Choice';
import { Toggle } from '@/components/Toggle';
import { isMessageKey, t } from '@/lib/shared/i18n';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, type Settings } from '@/lib/shared/settings';

const label = (key: string) => (isMessageKey(key) ? t(key) : key);

/** How mentions look and when cards open. */
export function StyleSettings({ s, set }: { s: Settings; set: (patch: Partial<Settings>) => void }) {
  return (
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
            if (v >= 150 && v <= 2000) set({ hoverDelayMs: Math.round(v) });
          }}
        />
      </label>
    </fieldset>
  );
}
