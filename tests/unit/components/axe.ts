import axe from 'axe-core';

/** Runs axe on a rendered container; returns the violations' ids and targets so failures read well. */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    // Colour contrast needs real layout, which happy-dom does not do; the screenshot review covers it.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
