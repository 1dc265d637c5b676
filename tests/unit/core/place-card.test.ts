import { placeCard } from '@/lib/core/place-card';

const view = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };

describe('placing the card', () => {
  it('goes below the name, left-aligned, with a small gap', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, view)).toEqual({ x: 100, y: 126 });
  });

  it('flips above a name near the bottom of the viewport', () => {
    expect(placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, view)).toEqual({ x: 100, y: 394 });
  });

  it('shifts left to stay inside the viewport', () => {
    expect(placeCard({ left: 900, top: 100, width: 80, height: 20 }, card, view).x).toBe(1000 - 8 - 380);
  });
});
