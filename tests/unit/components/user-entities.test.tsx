// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Card } from '@/components/Card';
import { UserEntityForm } from '@/components/UserEntityForm';
import type { EntityView } from '@/lib/shared/protocol';
import { axeViolations } from './axe';

const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('UserEntityForm', () => {
  it('sends the fields with other names split on commas (also Chinese ones), then clears', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const { container } = render(<UserEntityForm onSubmit={onSubmit} />);
    type(/^Name/, 'Acme Reasoner');
    type(/Other names/, 'ACR-1, acr one，阿克米 ,');
    type(/Note/, 'A note');
    type(/Link/, 'https://acme.example/');
    fireEvent.submit(container.querySelector('form')!);
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        name: 'Acme Reasoner',
        kind: 'model',
        aliases: ['ACR-1', 'acr one', '阿克米'],
        note: 'A note',
        link: 'https://acme.example/',
      }),
    );
    await waitFor(() => expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe(''));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows why a draft was not saved and keeps what was typed', async () => {
    const { container } = render(<UserEntityForm onSubmit={async () => 'link: an https:// address'} />);
    type(/^Name/, 'Acme');
    fireEvent.submit(container.querySelector('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: link: an https:// address');
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe('Acme');
  });

  it('edits an entry: its fields filled in, its id kept', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const initial = { id: 'user:acme', name: 'Acme', kind: 'lab' as const, aliases: ['A1', 'A2'], note: 'n', link: '' };
    const { container } = render(<UserEntityForm initial={initial} onSubmit={onSubmit} onCancel={() => {}} />);
    expect((screen.getByLabelText(/Other names/) as HTMLInputElement).value).toBe('A1, A2');
    fireEvent.submit(container.querySelector('form')!);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(initial));
  });
});

describe('a card for the user’s own entry', () => {
  const entity: EntityView = {
    id: 'user:acme',
    kind: 'lab',
    name: 'Acme',
    summary: 'Met them at NeurIPS',
    summarySources: [{ url: 'https://acme.example/', title: 'Your link' }],
    aliases: [{ text: 'Acme' }],
    facts: {},
    relations: [],
    userEntry: true,
    datasetAsOf: '2026-12-01',
  };

  it('says it is the user’s own entry, links their link, and dates their edit', async () => {
    const { container } = render(<Card entity={entity} />);
    expect(container.querySelector('.ll-user-entry')?.textContent).toBe("Your own entry, not LabLens's sourced data");
    expect(container.querySelector('.ll-summary a')?.getAttribute('href')).toBe('https://acme.example/');
    expect(container.querySelector('.ll-summary a')?.textContent).toBe('Your link');
    expect(container.querySelector('.ll-foot')?.textContent).toMatch(/^Your entry, edited/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is not shown for the dataset’s entities', () => {
    const { container } = render(<Card entity={{ ...entity, userEntry: undefined }} />);
    expect(container.querySelector('.ll-user-entry')).toBeNull();
    expect(container.querySelector('.ll-foot')?.textContent).toMatch(/^LabLens data as of/);
  });
});
