/**
 * The site a setting applies to: its hostname, lower-cased. Takes a page URL
 * ("https://News.Example.com/a") or what a person types ("news.example.com");
 * '' when it names no host (about:blank, file:, garbage).
 */
export function siteOf(input: string): string {
  const s = input.trim().toLowerCase();
  if (!s) return '';
  try {
    const host = new URL(s.includes('://') ? s : `https://${s}`).hostname;
    if (host === 'localhost' || /^\[[0-9a-f:.]+\]$/.test(host)) return host;
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : '';
  } catch {
    return '';
  }
}
