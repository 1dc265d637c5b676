// Dexie in unit tests gets an in-memory IndexedDB; fakeBrowser state is reset by each test that uses it.
import 'fake-indexeddb/auto';
