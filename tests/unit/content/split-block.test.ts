import { splitBlock, type TextBlock } from '@/lib/content/read/text-blocks';

// Text nodes stand in as plain objects: splitting only reads offsets.
function block(parts: string[]): TextBlock {
  const starts: number[] = [];
  let text = '';
  for (const p of parts) {
    starts.push(text.length);
    text += p;
  }
  return { text, nodes: parts.map((data) => ({ data }) as unknown as Text), starts, container: {} as Node };
}

describe('splitBlock', () => {
  it('leaves a short block whole', () => {
    const b = block(['OpenAI and Anthropic.']);
    expect([...splitBlock(b, 100)]).toEqual([b]);
  });

  it('cuts a long block at sentence ends into pieces that map back to the same text nodes', () => {
    const sentence = 'OpenAI and Anthropic shipped models. ';
    const parts = Array.from({ length: 300 }, (_, i) => sentence.repeat(1 + (i % 3)));
    const b = block(parts);
    const pieces = [...splitBlock(b, 2048)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.map((p) => p.text).join('')).toBe(b.text);
    let offset = 0;
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(2048);
      expect(p.text.endsWith('. ') || offset + p.text.length === b.text.length).toBe(true);
      // Every character of a piece is found in its nodes at its offset (what rangeFor relies on).
      for (const k of [0, p.text.length >> 1, p.text.length - 1]) {
        let i = p.starts.length - 1;
        while (p.starts[i]! > k) i--;
        expect((p.nodes[i] as unknown as { data: string }).data[k - p.starts[i]!]).toBe(p.text[k]);
      }
      offset += p.text.length;
    }
  });
});
