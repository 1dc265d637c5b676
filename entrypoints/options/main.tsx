import '@/components/styles.css';
import { render } from 'preact';
import { App } from './App';

document.body.style.cssText = 'margin:0;background:var(--ll-bg)';
render(<App />, document.getElementById('app')!);
