// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { EntityList } from '@/components/EntityList';
import { ItemList } from '@/components/ItemList';
import { Toggle } from '@/components/Toggle';
import { axeViolations } from './axe';

const mentions = [
  { entityId: 'openai', name: 'OpenAI', kind: 'lab' as const, count: 3, country: 'United States' },
  { entityId: 'deepseek', name: 'DeepSeek', kind: 'lab' as const, count: 17, country: 'China' },
  { entityId: 'gpt-4', name: 'GPT-4', kind: 'model' as const, count: 2 },
];

describe('EntityList (popup)', () => {
  it('groups by kind, most mentioned first, with counts and country', () => {
    const { container } = render(<EntityList mentions={mentions} onSelect={() => {}} onJump={() => {}} />);
    const groups = [...container.querySelectorAll('.ll-group')].map((g) => ({
      title: g.querySelector('h2')?.firstChild?.textContent?.trim(),
      items: [...g.querySelectorAll('.ll-item')].map((i) => i.getAttribute('data-entity')),
    }));
    expect(groups).toEqual([
      { title: 'AI lab', items: ['deepseek', 'openai'] },
      { title: 'Model', items: ['gpt-4'] },
    ]);
    expect(container.querySelector('[data-entity="deepseek"] .ll-country')?.textContent).toBe('China');
    expect(container.querySelector('[data-entity="deepseek"] .ll-count')?.textContent).toContain('17');
  });

  it('jumps and selects with the keyboard-reachable buttons', async () => {
    const onJump = vi.fn();
    const onSelect = vi.fn();
    const { container } = render(<EntityList mentions={mentions} onSelect={onSelect} onJump={onJump} />);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to OpenAI' }));
    expect(onJump).toHaveBeenCalledWith('openai');
    fireEvent.click(screen.getByRole('button', { name: 'GPT-4' }));
    expect(onSelect).toHaveBeenCalledWith('gpt-4');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says which version of a family the dataset does not have', () => {
    const only = [{ entityId: 'deepseek', name: 'DeepSeek', kind: 'lab' as const, count: 2, unknownVersion: 'V4' }];
    const { container } = render(<EntityList mentions={only} onSelect={() => {}} />);
    expect(container.querySelector('[data-entity="deepseek"] .ll-item-name')?.textContent).toBe(
      'DeepSeek (version V4 not in the dataset)',
    );
  });

  it('says so when the page mentions nothing', () => {
    render(<EntityList mentions={[]} onSelect={() => {}} />);
    expect(screen.getByText(/No AI labs, models/)).toBeTruthy();
  });
});

describe('options controls', () => {
  it('a toggle is a labelled switch', async () => {
    const onChange = vi.fn();
    const { container } = render(
      <Toggle id="x" label="Highlight AI names on pages" checked={true} onChange={onChange} />,
    );
    const sw = screen.getByRole('switch', { name: 'Highlight AI names on pages' });
    fireEvent.click(sw);
    expect(onChange).toHaveBeenCalledWith(false);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the site list adds and removes sites', async () => {
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    const { container } = render(
      <ItemList
        id="sites"
        title="Sites"
        empty="None."
        items={[{ key: 'a.com', label: 'a.com' }]}
        onAdd={onAdd}
        onRemove={onRemove}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.com' }));
    expect(onRemove).toHaveBeenCalledWith('a.com');
    const input = screen.getByRole('textbox', { name: 'Add site' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'news.example.com' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(onAdd).toHaveBeenCalledWith('news.example.com');
    expect(await axeViolations(container)).toEqual([]);
  });
});
