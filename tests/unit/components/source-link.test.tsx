// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { Card } from '@/components/Card';
import { safeHref } from '@/components/SourceLink';
import { deepseekV3 } from './fixtures';

// Dataset and imported entries are data, not code: only https: addresses become links, checked where they render.
describe('source links', () => {
  it('accepts https and refuses every other scheme', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'http://example.com',
      'not a url',
      '//example.com',
    ])
      expect(safeHref(bad), bad).toBeUndefined();
  });

  it('renders a bad source as text, never as a link, on the card', () => {
    const facts = Object.fromEntries(
      Object.entries(deepseekV3.facts).map(([k, f], i) => [
        k,
        f && {
          ...f,
          source: { ...f.source, url: i % 2 ? 'javascript:alert(document.domain)' : 'http://insecure.example' },
        },
      ]),
    );
    const { container } = render(<Card entity={{ ...deepseekV3, facts } as typeof deepseekV3} compact />);
    expect(container.querySelectorAll('.ll-fact').length).toBeGreaterThan(2);
    expect(container.querySelectorAll('[data-unsafe-url]').length).toBeGreaterThan(2);
    for (const a of container.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
  });
});
