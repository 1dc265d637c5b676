import { ITEMS, score } from './labelled';

/*
 * The labelled sentences (tests/fixtures/claims): 218 real sentences, labelled
 * before the claim code existed. Rules are tuned on the dev split only; the
 * test split is scored and reported (README), never tuned on.
 */
describe('claims on labelled real sentences', () => {
  const dev = score(ITEMS.filter((i) => i.split === 'dev'));
  const test = score(ITEMS.filter((i) => i.split === 'test'));
  console.info('claims dev', JSON.stringify(dev.disagrees), 'agrees found', dev.agreesFound, 'of', dev.claims);
  console.info('claims test', JSON.stringify(test.disagrees), 'agrees found', test.agreesFound, 'of', test.claims);

  it('never flags a true claim as disagreeing, in either split', () => {
    expect(dev.falseOnTrue).toBe(0);
    expect(test.falseOnTrue).toBe(0);
  });

  it('dev split: disagreements precise (≥ 0.95) and mostly found (≥ 0.6)', () => {
    expect(dev.disagrees.precision).toBeGreaterThanOrEqual(0.95);
    expect(dev.disagrees.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('finds and confirms true claims (at least a third of the labelled agreements)', () => {
    const agrees = ITEMS.flatMap((i) => i.claims).filter((c) => c.expected === 'agrees').length;
    expect(dev.agreesFound + test.agreesFound).toBeGreaterThan(agrees / 3);
  });
});
