import { ClaimsLayer } from '@/lib/content/claims-layer';
import { FindClaimsRequest } from '@/lib/shared/claim-schemas';

/** A block of `chars` characters naming OpenAI `names` times (a claim's cue: "released in 2024"). */
function entry(chars: number, names: number) {
  const text = 'OpenAI released it in 2024. '.padEnd(chars, 'x');
  const node = { isConnected: true } as unknown as Text;
  const block = { text, nodes: [node], starts: [0], container: {} as Node };
  const kept = Array.from({ length: names }, () => ({ start: 0, end: 6, entityId: 'openai' }));
  return { block, kept };
}

function layer() {
  const asked: FindClaimsRequest[] = [];
  const l = new ClaimsLayer({
    articleDate: () => '2025-01-20',
    kindOf: () => 'lab',
    find: async (req) => {
      asked.push(req);
      return [];
    },
    onChange: () => undefined,
  });
  return { l, asked };
}

describe('ClaimsLayer requests', () => {
  it('sends a long page in several messages, each within the request schema and a small size', async () => {
    const { l, asked } = layer();
    l.update(Array.from({ length: 40 }, () => entry(4000, 3)));
    await vi.waitFor(() => expect(asked.reduce((n, r) => n + r.blocks.length, 0)).toBe(40));
    expect(asked.length).toBeGreaterThan(1);
    for (const r of asked) {
      expect(FindClaimsRequest().safeParse(r).success).toBe(true);
      expect(r.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(60_000);
    }
  });

  it('leaves out a piece with hundreds of names (a list), which the background would refuse', async () => {
    const { l, asked } = layer();
    l.update([entry(4000, 600), entry(4000, 2)]);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.blocks).toHaveLength(1);
    expect(asked[0]!.blocks[0]!.names).toHaveLength(2);
    expect(FindClaimsRequest().safeParse(asked[0]).success).toBe(true);
  });
});
