import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { datasetCheck } from './lib/background/dataset/build-check';
import { addIcons, iconPaths } from './lib/build/icons';
import { preactWithoutHtml } from './lib/build/preact-no-html';

// https://wxt.dev/api/config.html
export default defineConfig({
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    icons: iconPaths(),
    action: { default_title: 'LabLens', default_icon: iconPaths() },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmd_next__' },
      'prev-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmd_prev__' },
    },
    // The CSS Custom Highlight API arrived in Chrome 105 and Firefox 140; older browsers cannot install LabLens.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lablens@lablens.dev',
              strict_min_version: '140.0',
              // addons.mozilla.org: LabLens collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
  // Icons are rendered from assets/icon.svg at build time (lib/build/icons.ts).
  hooks: { 'build:publicAssets': addIcons },
  // `npm run zip`: store packages (never a source map), and for addons.mozilla.org the sources a reviewer
  // needs to rebuild the Firefox package (`npm ci && npm run build:firefox`): no tests, screenshots or tool configs.
  zip: {
    exclude: ['**/*.map'],
    excludeSources: [
      'tests/**',
      'assets/screenshots/**',
      'vitest.config.ts',
      'biome.json',
      'knip.json',
      '*.png',
      '*.log',
      '*.zip',
      'stats.html',
    ],
  },
  // LABLENS_PROFILE=1 builds without minifying, so CPU profiles (DevTools, npm run bench) show real names.
  vite: () => ({
    plugins: [preact(), datasetCheck(), preactWithoutHtml()],
    build: process.env.LABLENS_PROFILE ? { minify: false } : {},
  }),
});
