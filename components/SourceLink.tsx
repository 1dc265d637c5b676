import type { ComponentChildren } from 'preact';

/** Only `https:` addresses become links: a `javascript:`, `data:` or plain-http URL in a dataset or imported file is shown as text. */
export function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A source link, opened in a new tab without a referrer; checked where it is rendered. */
export function SourceLink({ url, title, children }: { url: string; title: string; children: ComponentChildren }) {
  const href = safeHref(url);
  return href ? (
    <a class="ll-source-link" href={href} target="_blank" rel="noopener noreferrer" title={title}>
      {children}
    </a>
  ) : (
    <span class="ll-source-link" title={title} data-unsafe-url="">
      {children}
    </span>
  );
}
