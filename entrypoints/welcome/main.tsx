import '@/components/styles.css';
import '../content/highlight.css';
import './welcome.css';
import { render } from 'preact';
import { t } from '@/lib/shared/i18n';
import { App } from './App';

document.title = t('welcome_title');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
