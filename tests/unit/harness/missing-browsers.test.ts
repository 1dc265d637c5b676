import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTALL_BROWSERS, missingBrowsersLine } from '../../e2e/browsers';

const ROOT = join(import.meta.dirname, '../../..');
const chromium = { label: 'Chromium', path: '/opt/c/chromium', variable: 'CHROMIUM_PATH' };
const firefox = { label: 'Firefox ESR', path: '/opt/f/firefox-esr', variable: 'FIREFOX_PATH' };

describe('the missing-browser line', () => {
  it('says nothing when every browser is there', () => {
    expect(missingBrowsersLine([chromium, firefox], () => true)).toBeUndefined();
  });

  it('names the missing browser, its path, the install command and the variable, on one line', () => {
    const line = missingBrowsersLine([chromium, firefox], (p) => p !== chromium.path)!;
    expect(line).not.toContain('\n');
    expect(line).toContain('Chromium (/opt/c/chromium)');
    expect(line).toContain(INSTALL_BROWSERS);
    expect(line).toContain('CHROMIUM_PATH');
    expect(line).not.toContain('Firefox');
  });

  it('names both browsers in the same line when both are missing', () => {
    const line = missingBrowsersLine([chromium, firefox], () => false)!;
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/Chromium \(\/opt\/c\/chromium\) and Firefox ESR \(\/opt\/f\/firefox-esr\)/);
    expect(line).toContain('CHROMIUM_PATH / FIREFOX_PATH');
  });

  it('counts a file that cannot be run as missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lablens-browsers-'));
    const file = join(dir, 'chromium');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    try {
      expect(missingBrowsersLine([{ ...chromium, path: file }])).toContain(file);
      chmodSync(file, 0o755);
      expect(missingBrowsersLine([{ ...chromium, path: file }])).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tests/e2e/check-browsers.ts, run before the demo and the end-to-end tests', () => {
  const run = (env: Record<string, string>, ...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['tests/e2e/check-browsers.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('prints one line and fails when Chromium is missing, with no stack trace', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium', FIREFOX_PATH: process.execPath });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `LabLens needs Chromium (/nonexistent/chromium), not found: install with \`${INSTALL_BROWSERS}\` (or set CHROMIUM_PATH to the browser's path).`,
    ]);
  }, 30_000);

  it('passes silently when the browsers it is asked about are there', () => {
    const r = run({ CHROMIUM_PATH: process.execPath, FIREFOX_PATH: '/nonexistent/firefox' }, 'chromium');
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  }, 30_000);
});
