// Dexie in unit tests gets an in-memory IndexedDB; fakeBrowser state is reset by each test that uses it.
import 'fake-indexeddb/auto';

// The extension reads its strings through browser.i18n; Node has none, so lib/shared/i18n.ts falls back to this.
import en from '../../assets/public/_locales/en/messages.json';

(globalThis as { lablensMessages?: unknown }).lablensMessages = en;
