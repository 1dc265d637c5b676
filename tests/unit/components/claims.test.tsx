// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { Card } from '@/components/Card';
import { ClaimCard } from '@/components/ClaimCard';
import { ClaimsSection } from '@/components/ClaimsSection';
import { summaryText } from '@/components/summary';
import { pageSummary } from '@/lib/core/page-summary';
import type { PageClaim } from '@/lib/shared/claim-schemas';
import type { EntityView } from '@/lib/shared/protocol';
import { axeViolations } from './axe';
import { deepseekV3 } from './fixtures';

const SRC = { url: 'https://github.com/deepseek-ai/DeepSeek-V3', title: 'DeepSeek-V3 repository' };
const unveiled: PageClaim = {
  key: 1,
  kind: 'releaseDate',
  quote: 'unveiled earlier this month',
  context: 'DeepSeek-V3, unveiled earlier this month, is a large language model.',
  said: '1–20 Jan 2025',
  verdict: 'disagrees',
  entityId: 'deepseek-v3',
  entityName: 'DeepSeek-V3',
  factKey: 'releaseDate',
  fact: { value: '2024-12-26', source: SRC, asOf: '2024-12-26' },
};
const open: PageClaim = {
  ...unveiled,
  key: 2,
  kind: 'openness',
  quote: 'open-source',
  said: undefined,
  verdict: 'agrees',
  factKey: 'openWeights',
  fact: { value: true, source: SRC, asOf: '2024-12-26', note: 'Weights under the DeepSeek Model License.' },
};
const lab: EntityView = {
  ...deepseekV3,
  id: 'deepseek',
  kind: 'lab',
  name: 'DeepSeek',
  facts: { founded: { value: '2023', source: SRC, asOf: '2023-07-17' } },
  relations: [],
  timeline: [
    { id: 'deepseek-v2', name: 'DeepSeek-V2', date: '2024-05-06', source: SRC, asOf: '2024-05-06' },
    { id: 'deepseek-v3', name: 'DeepSeek-V3', date: '2024-12-26', source: SRC, asOf: '2024-12-26' },
    { id: 'deepseek-r1', name: 'DeepSeek-R1', date: '2025-01-20', source: SRC, asOf: '2025-01-20' },
  ],
};

describe('claim card', () => {
  it("puts the article's words and what they mean beside the dataset's sourced value, relative to the article", async () => {
    const { container } = render(<ClaimCard claim={unveiled} articleDate="2025-01-20" />);
    const text = container.textContent ?? '';
    expect(text).toContain('Disagrees with LabLens’s dataset');
    expect(text).toContain('unveiled earlier this month');
    expect(text).toContain('(1–20 Jan 2025)');
    expect(text).toContain('26 Dec 2024');
    expect(text).toContain('25 days before this article');
    expect(container.querySelector('a')?.getAttribute('href')).toBe(SRC.url);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says nothing relative without an article date', () => {
    const { container } = render(<ClaimCard claim={unveiled} />);
    expect(container.textContent).not.toContain('this article');
  });

  it('shows every source’s value where sources disagree', () => {
    const alt = {
      ...open,
      factKey: 'parametersTotal',
      fact: {
        value: 671e9,
        source: SRC,
        asOf: '2024-12-26',
        alternatives: [{ value: 685e9, source: SRC, asOf: '2024-12-26' }],
      },
    };
    const { container } = render(<ClaimCard claim={alt} />);
    expect(container.textContent).toContain('671B (Other sources: 685B)');
  });
});

describe('entity card in an article', () => {
  it("gives the release relative to the article and lists the page's claims about the entity", async () => {
    const { container } = render(
      <Card entity={deepseekV3} compact articleDate="2025-01-20" claims={[unveiled, open]} />,
    );
    expect(container.querySelector('.ll-relative')?.textContent).toMatch(
      /^Released 26 Dec 2024, 25 days before this article\./,
    );
    expect([...container.querySelectorAll('.ll-claim')].map((c) => c.getAttribute('data-verdict'))).toEqual([
      'disagrees',
      'agrees',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows a lab's newest model at the article's date and what came since", () => {
    const { container } = render(<Card entity={lab} compact articleDate="2025-01-20" />);
    const line = container.querySelector('[data-line="newest"]')?.textContent ?? '';
    expect(line).toContain('At the time of this article, the newest DeepSeek model was DeepSeek-V3 (26 Dec 2024).');
    expect(line).toContain('Since then: DeepSeek-R1 (20 Jan 2025).');
    expect(container.querySelector('.ll-relative')?.textContent).toMatch(
      /^Founded 2023, about 2 years before this article/,
    );
  });

  it("shows a version's place in its family, its predecessor and its replacement", () => {
    const family = {
      type: 'family',
      target: 'deepseek',
      targetName: 'DeepSeek',
      targetKind: 'model' as const,
      source: SRC,
      asOf: '2024-12-26',
    };
    const v3 = { ...deepseekV3, relations: [...deepseekV3.relations, family], timeline: lab.timeline };
    const text = render(<Card entity={v3} compact />).container.textContent ?? '';
    expect(text).toContain('Version 2 of 3 in DeepSeek');
    expect(text).toContain('Before it: DeepSeek-V2 (6 May 2024)');
    expect(text).toContain('Replaced by: DeepSeek-R1 (20 Jan 2025)');
  });

  it('makes no relative statement without an article date, and lists the latest models instead', () => {
    const { container } = render(<Card entity={lab} compact />);
    expect(container.textContent).not.toMatch(/this article|Since then/);
    expect(container.querySelector('[data-line="versions"]')?.textContent).toContain(
      'DeepSeek-V2 (6 May 2024), DeepSeek-V3 (26 Dec 2024), DeepSeek-R1 (20 Jan 2025)',
    );
  });
});

describe('popup claims section and summary', () => {
  it('counts verdicts, lists disagreements first, and says when the page has no date', async () => {
    const { container } = render(<ClaimsSection article={{}} claims={[open, unveiled]} onJump={() => {}} />);
    expect(container.querySelector('.ll-article-date')?.textContent).toMatch(/^No publication date found/);
    expect(container.querySelector('.ll-claim-counts')?.textContent).toBe('1 agree · 1 disagree · 0 cannot be checked');
    expect(container.querySelector('.ll-claim')?.getAttribute('data-verdict')).toBe('disagrees');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sums up the page in one line', () => {
    const mentions = [
      { kind: 'lab' as const, country: 'United States' },
      { kind: 'lab' as const, country: 'United States' },
      { kind: 'lab' as const, country: 'China' },
      { kind: 'model' as const },
    ];
    expect(summaryText(pageSummary({ mentions, disagreements: 1 }))).toBe(
      'This article mentions 3 labs (2 United States, 1 China) and 1 model; 1 claim disagrees with the dataset',
    );
  });
});

describe('a size the dataset does not give', () => {
  it('leaves out the size figures when the page names another size of the release', () => {
    const { container } = render(<Card entity={deepseekV3} compact matched="DeepSeek-V3-7B" />);
    expect(container.textContent).toContain('The page names the 7B size');
    expect(container.querySelector('[data-fact="parametersTotal"]')).toBeNull();
    const same = render(<Card entity={deepseekV3} compact matched="DeepSeek-V3 671B" />).container;
    expect(same.querySelector('[data-fact="parametersTotal"]')).not.toBeNull();
  });
});
