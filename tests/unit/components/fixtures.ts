import type { EntityView } from '@/lib/shared/protocol';

const SRC = { url: 'https://github.com/deepseek-ai/DeepSeek-V3', title: 'DeepSeek-V3 repository' };

/** An entity as the background sends it; values mirror the dataset's DeepSeek-V3 entry. */
export const deepseekV3: EntityView = {
  id: 'deepseek-v3',
  kind: 'model',
  name: 'DeepSeek-V3',
  summary: 'An open-weight mixture-of-experts language model released by DeepSeek in December 2024.',
  summarySources: [SRC],
  aliases: [{ text: 'DeepSeek-V3' }, { text: 'V3' }],
  facts: {
    releaseDate: { value: '2024-12-26', source: SRC, asOf: '2024-12-26' },
    parametersTotal: { value: 671e9, source: SRC, asOf: '2024-12-26' },
    parametersActive: { value: 37e9, source: SRC, asOf: '2024-12-26' },
    openWeights: { value: true, source: SRC, asOf: '2024-12-26' },
    contextWindow: { value: 128000, source: SRC, asOf: '2024-12-26' },
    trainingCost: {
      value: 'about $5.576M',
      source: SRC,
      asOf: '2024-12-26',
      reportedBy: 'DeepSeek (technical report)',
      note: 'Final training run only, at an assumed $2 per H800 GPU hour.',
    },
  },
  relations: [
    {
      type: 'developer',
      target: 'deepseek',
      targetName: 'DeepSeek',
      targetKind: 'lab',
      source: SRC,
      asOf: '2024-12-26',
    },
    {
      type: 'member',
      target: 'deepseek-v3-1',
      targetName: 'DeepSeek-V3.1',
      targetKind: 'model',
      source: SRC,
      asOf: '2025-08-21',
      inverse: true,
    },
  ],
  datasetAsOf: '2026-11-29',
};
