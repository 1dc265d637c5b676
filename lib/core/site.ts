/** "https://News.Example.com/a" or "news.example.com" → "news.example.com"; '' when it is not a host. */
export function normalizeSite(input: string): string {
  const s = input.trim().toLowerCase();
  if (!s) return '';
  try {
    const host = new URL(s.includes('://') ? s : `https://${s}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : host === 'localhost' ? host : '';
  } catch {
    return '';
  }
}
