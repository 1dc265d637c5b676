/** Small, valid entities to mutate in tests. Sources are real pages; the facts are only used to exercise the schema. */
export const SRC = { url: 'https://github.com/deepseek-ai/DeepSeek-V3', title: 'DeepSeek-V3 repository' };

export const lab = () => ({
  id: 'test-lab',
  kind: 'lab',
  name: 'Test Lab',
  aliases: [{ text: 'Test Lab' }],
  summary: 'A laboratory used only by the unit tests to exercise the dataset schema.',
  summarySources: [SRC],
  facts: { country: { value: 'China', source: SRC, asOf: '2024-12-26' } },
});

export const model = () => ({
  id: 'test-model',
  kind: 'model',
  name: 'Test Model',
  aliases: [{ text: 'Test Model' }, { text: 'TM-1' }],
  summary: 'A model used only by the unit tests to exercise relations and facts.',
  summarySources: [SRC],
  facts: { parametersTotal: { value: 671e9, source: SRC, asOf: '2024-12-26' } },
  relations: [{ type: 'developer', target: 'test-lab', source: SRC, asOf: '2024-12-26' }],
});

export const META = { version: '1.0.0', asOf: '2026-11-29' };
