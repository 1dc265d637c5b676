import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: 'LabLens',
    description:
      'Highlights AI labs, models, products, people and chips in news articles and shows sourced facts on hover. Reading a page sends nothing anywhere.',
    permissions: ['storage', 'tabs'],
    action: { default_title: 'LabLens' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lablens@lablens.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
