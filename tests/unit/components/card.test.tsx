// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { Card } from '@/components/Card';
import { EntityDetails } from '@/components/EntityDetails';
import { axeViolations } from './axe';
import { deepseekV3 } from './fixtures';

describe('Card', () => {
  it('shows name, kind, summary and the key facts, each with a source link', () => {
    const { container } = render(<Card entity={deepseekV3} compact />);
    expect(screen.getByRole('dialog', { name: 'DeepSeek-V3' })).toBeTruthy();
    const facts = [...container.querySelectorAll('.ll-fact')];
    const byKey = Object.fromEntries(facts.map((f) => [f.getAttribute('data-fact'), f]));
    expect(byKey.developer?.querySelector('.ll-value')?.textContent).toBe('DeepSeek');
    expect(byKey.parametersTotal?.querySelector('.ll-value')?.textContent).toBe('671B');
    expect(byKey.contextWindow?.querySelector('.ll-value')?.textContent).toBe('128K tokens');
    for (const f of facts) expect(f.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(container.textContent).toContain('LabLens data as of 29 Nov 2026');
  });

  it('puts the developer first for a model and keeps the rest behind "More"', () => {
    const onMore = vi.fn();
    const { container } = render(<Card entity={deepseekV3} limit={3} onMore={onMore} />);
    const keys = [...container.querySelectorAll('.ll-fact')].map((f) => f.getAttribute('data-fact'));
    expect(keys).toEqual(['developer', 'releaseDate', 'parametersTotal']);
    fireEvent.click(screen.getByRole('button', { name: /More \(4\)/ }));
    expect(onMore).toHaveBeenCalled();
  });

  it('says who reported a figure and what it covers, in the full view', () => {
    const { container } = render(<Card entity={deepseekV3} limit={Number.POSITIVE_INFINITY} />);
    const cost = container.querySelector('[data-fact="trainingCost"]');
    expect(cost?.textContent).toContain('Reported by DeepSeek (technical report).');
    expect(cost?.textContent).toContain('Final training run only');
    expect(cost?.textContent).toContain('as of 26 Dec 2024');
  });

  it('presents an unknown version as such, never as a known model', () => {
    const family = { ...deepseekV3, id: 'gpt', name: 'GPT', isFamily: true };
    const { container } = render(<Card entity={family} matched="GPT-5.5" unknownVersion="5.5" />);
    expect(container.querySelector('.ll-unknown')?.textContent).toBe(
      "GPT family — version 5.5 is not in LabLens's dataset (dataset as of 29 Nov 2026).",
    );
    expect(container.querySelector('.ll-kind')?.textContent).toBe('Model family');
  });

  it('has no accessibility violations (compact and full)', async () => {
    const compact = render(<Card entity={deepseekV3} compact onClose={() => {}} onMore={() => {}} onMute={() => {}} />);
    expect(await axeViolations(compact.container)).toEqual([]);
    compact.unmount();
    const full = render(<EntityDetails entity={deepseekV3} onSelect={() => {}} />);
    expect(await axeViolations(full.container)).toEqual([]);
  });

  it('lists what points to the entity in the details view and lets the reader follow it', () => {
    const onSelect = vi.fn();
    render(<EntityDetails entity={deepseekV3} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'DeepSeek-V3.1' }));
    expect(onSelect).toHaveBeenCalledWith('deepseek-v3-1');
    fireEvent.click(screen.getByRole('button', { name: 'DeepSeek' }));
    expect(onSelect).toHaveBeenCalledWith('deepseek');
  });
});
