import { exportMarkdown } from '@/lib/core/export-markdown';
import { formatSpan } from '@/lib/core/fact-rows';
import { atTimeOf, relativeTo } from '@/lib/core/relative';
import { deepseekV3 } from '../components/fixtures';

describe('relative to the article', () => {
  it('is as precise as the fact: days, months or years', () => {
    expect(relativeTo('2024-12-26', '2025-01-20T09:00:00Z')).toEqual({ unit: 'day', n: 25, dir: 'before' });
    expect(relativeTo('2024-10', '2025-01-20')).toEqual({ unit: 'month', n: 3, dir: 'before' });
    expect(relativeTo('2023', '2025-01-20')).toEqual({ unit: 'year', n: 2, dir: 'before' });
    expect(relativeTo('2025-01-20', '2025-01-20')).toEqual({ unit: 'day', n: 0, dir: 'same' });
  });

  it('says nothing without an article date, or when the fact is as coarse as the gap', () => {
    expect(relativeTo('2024-12-26', undefined)).toBeUndefined();
    expect(relativeTo('2025', '2025-01-20')).toBeUndefined();
  });

  it('counts a model released the same day as the article among those that came since', () => {
    const items = [
      { id: 'v3', name: 'V3', date: '2024-12-26' },
      { id: 'r1', name: 'R1', date: '2025-01-20' },
      { id: 'x', name: 'X', date: '2025' },
    ];
    const at = atTimeOf(items, '2025-01-20');
    expect(at.newest?.id).toBe('v3');
    expect(at.since.map((i) => i.id)).toEqual(['r1', 'x']);
  });

  it('writes spans as a reader would', () => {
    expect(formatSpan('2025-01-01', '2025-01-20')).toBe('1–20 Jan 2025');
    expect(formatSpan('2025-01-01', '2025-01-31')).toBe('Jan 2025');
    expect(formatSpan('2023-01-01', '2023-12-31')).toBe('2023');
  });
});

describe('Markdown export', () => {
  it('keeps every fact with its source and as-of date, and every claim with its verdict', () => {
    const md = exportMarkdown({
      url: 'https://news.example/deepseek',
      title: 'DeepSeek-V3 and [the] balance',
      summary: 'This article mentions 1 model',
      articleDate: '2025-01-20',
      entities: [deepseekV3],
      claims: [],
      verdictWords: { agrees: 'Agrees', disagrees: 'Disagrees', 'cannot-check': 'Cannot check' },
    });
    expect(md).toContain('# DeepSeek-V3 and \\[the\\] balance');
    expect(md).toContain('Published 20 Jan 2025');
    expect(md).toMatch(
      /- parametersTotal: 671B \(\[DeepSeek-V3 repository\]\(https:\/\/github\.com\/deepseek-ai\/DeepSeek-V3\), as of 2024-12-26\)/,
    );
  });
});
