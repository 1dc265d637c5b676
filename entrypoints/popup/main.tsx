import '@/components/styles.css';
import './popup.css';
import { render } from 'preact';
import { t } from '@/lib/shared/i18n';
import { App } from './App';

// Without the Custom Highlight API the content script stays out of pages (see its main), so the
// popup says so plainly instead of showing an empty list.
const supported = typeof CSS !== 'undefined' && 'highlights' in CSS;

render(
  supported ? (
    <App />
  ) : (
    <main>
      <h1>LabLens</h1>
      <p class="ll-error" role="alert" id="unsupported">
        {t('popup_unsupported')}
      </p>
    </main>
  ),
  document.getElementById('app')!,
);
