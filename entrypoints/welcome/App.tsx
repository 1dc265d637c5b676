import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/shared/i18n';
import { report } from '@/lib/shared/report';
import { useHostAccess } from './host-access';
import { paintSample } from './sample';
import { COMMANDS, useShortcuts } from './shortcuts';

/** First run: LabLens on a sample paragraph, the shortcuts, where the settings are, and what it keeps. */
export function App() {
  const shortcuts = useShortcuts();
  const access = useHostAccess();
  const [marked, setMarked] = useState<number>();
  useEffect(() => {
    const text = document.getElementById('sample')?.firstChild;
    if (!(text instanceof Text)) return;
    paintSample(text).then(setMarked, (e: unknown) => {
      report('welcome sample', e);
      setMarked(0);
    });
  }, []);
  return (
    <main class="ll-welcome">
      <h1>{t('welcome_title')}</h1>
      <p>{t('welcome_intro')}</p>
      {access.granted === false && (
        <p id="host-access" class="ll-notice">
          {t('welcome_accessNeeded')}{' '}
          <button type="button" id="grant" onClick={access.request}>
            {t('welcome_grant')}
          </button>
        </p>
      )}
      <section aria-labelledby="sample-title">
        <h2 id="sample-title">{t('welcome_sampleTitle')}</h2>
        <p id="sample" class="ll-sample" data-marked={marked}>
          {t('welcome_sample')}
        </p>
        {marked !== undefined && <p class="ll-empty">{t(marked ? 'welcome_sampleHelp' : 'welcome_sampleFailed')}</p>}
      </section>
      <section aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t('welcome_shortcuts')}</h2>
        <ul id="shortcuts">
          {shortcuts.map(({ name, shortcut, suggested }) => (
            <li key={name} data-command={name}>
              {shortcut ? <kbd>{shortcut}</kbd> : t('welcome_shortcutUnset', suggested)} {t(COMMANDS[name])}
            </li>
          ))}
        </ul>
      </section>
      <nav aria-label={t('welcome_links')} class="ll-links">
        <a id="open-settings" href="/options.html">
          {t('welcome_settings')}
        </a>
        <a id="open-privacy" href="#privacy">
          {t('welcome_privacy')}
        </a>
      </nav>
      <section id="privacy" aria-labelledby="privacy-title" tabIndex={-1}>
        <h2 id="privacy-title">{t('welcome_privacy')}</h2>
        <ul>
          <li>{t('privacy_settings')}</li>
          <li>{t('privacy_dataset')}</li>
          <li>{t('privacy_local')}</li>
          <li>{t('privacy_visible')}</li>
        </ul>
      </section>
    </main>
  );
}
