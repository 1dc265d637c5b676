import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/* The README's feature table names where each feature lives and what tests it: those places must exist. */

const ROOT = join(import.meta.dirname, '../../..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const names = new Set(tracked.map((f) => basename(f)));

function tablePaths(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## What it does');
  const table = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...table.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!)
    .filter((p) => p.includes('/') || /\.(ts|tsx|css|json)$/.test(p))
    .filter((p) => !/^[a-z]+:|^\.\.\/|[*<>]/.test(p));
}

describe('README feature table', () => {
  it('names paths', () => {
    expect(tablePaths().length).toBeGreaterThan(20);
  });

  it.each(tablePaths())('%s exists', (p) => {
    const clean = p.replace(/\/$/, '');
    expect(clean.includes('/') ? existsSync(join(ROOT, clean)) : names.has(clean)).toBe(true);
  });
});
