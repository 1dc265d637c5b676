import type { CDPSession, Page, WebWorker } from 'puppeteer-core';
import type { ChromiumSession } from '../harness';

/** The extension's service worker, once it runs (a message or an event wakes it). */
export async function extensionWorker(session: ChromiumSession): Promise<WebWorker> {
  const target = await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  return worker;
}

/** Stops the service worker as the browser does when it is idle (CDP Target.closeTarget). */
export async function stopWorker(session: ChromiumSession): Promise<void> {
  const worker = await extensionWorker(session);
  await worker.close();
  const gone = Date.now() + 5000;
  while (
    session.browser.targets().some((t) => t.type() === 'service_worker' && t.url().includes(session.extensionId))
  ) {
    if (Date.now() > gone) throw new Error('the service worker did not stop');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Evaluates code in the content script's isolated world of `page`: messages sent
 * from there reach the background as the content script's own (sender.tab set).
 */
export async function contentWorld(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.createCDPSession();
  const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const frameId = (page.mainFrame() as unknown as { _id: string })._id;
  const deadline = Date.now() + 5000;
  const isContent = (c: (typeof contexts)[number]) =>
    c.auxData?.type === 'isolated' && c.auxData.frameId === frameId && c.name === 'LabLens';
  while (!contexts.some(isContent)) {
    if (Date.now() > deadline) throw new Error(`no content script world (${contexts.map((c) => c.name).join(', ')})`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const contextId = contexts.find(isContent)!.id;
  return async (expression) => {
    const r = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
}

/** Wakes a stopped worker with a request it refuses from a page (no IndexedDB touched) and returns it, logging. */
export async function wakeWorker(session: ChromiumSession, run: (e: string) => Promise<unknown>) {
  const reply = (await run(`chrome.runtime.sendMessage({ lablens: 'getDatasetInfo', payload: {} })`)) as {
    error?: string;
  };
  if (!reply.error?.includes('not allowed')) throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
  const worker = await extensionWorker(session);
  const log: string[] = [];
  worker.on('console', (m) => log.push(m.text()));
  return { worker, log };
}

/** Deletes the extension's database from inside the worker (before it opened it in this life). */
export function deleteDatabase(worker: WebWorker): Promise<unknown> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const q = indexedDB.deleteDatabase('lablens');
        q.onsuccess = () => resolve('deleted');
        q.onerror = () => reject(q.error);
        q.onblocked = () => reject(new Error('blocked'));
      }),
  );
}

/** What the database holds, read with plain IndexedDB: the meta row's version and the entity count. */
export function readDatabase(worker: WebWorker): Promise<{ version: string | null; entities: number } | 'absent'> {
  return worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'lablens')) return 'absent' as const;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const q = indexedDB.open('lablens');
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    try {
      const tx = db.transaction(['meta', 'entities'], 'readonly');
      const get = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const meta = (await get(tx.objectStore('meta').get('dataset'))) as { version: string } | undefined;
      return { version: meta?.version ?? null, entities: await get(tx.objectStore('entities').count()) };
    } finally {
      db.close();
    }
  });
}
