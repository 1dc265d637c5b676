/**
 * Opens the welcome page on a fresh install only: an update, a browser update
 * or a shared-module change must not open a tab the user did not ask for.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  return true;
}
