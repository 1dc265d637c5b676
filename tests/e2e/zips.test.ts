import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { ROOT } from './harness';
import { ICONS, pngSize } from './png';

/*
 * `npm run zip` (run by `npm run test:e2e` before this file) makes the two store packages and the sources
 * addons.mozilla.org asks for. Each is unpacked here: the packages hold the build and nothing else, and the
 * sources rebuild the Firefox package byte for byte.
 */

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zipPath = (suffix: string) => join(ROOT, '.output', `${name}-${version}-${suffix}.zip`);

/** The files of a zip (folder entries left out). */
function unzip(path: string): Record<string, Uint8Array> {
  if (!existsSync(path)) throw new Error(`${relative(ROOT, path)} is missing: run \`npm run zip\` first`);
  return Object.fromEntries(Object.entries(unzipSync(readFileSync(path))).filter(([f]) => !f.endsWith('/')));
}

function filesIn(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesIn(path, base) : [relative(base, path)];
  });
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** What a built package may hold: the manifest, entry pages and scripts, hashed chunks and CSS, locales, icons. */
const BUILT =
  /^(manifest\.json|background\.js|(popup|options|welcome)\.html|chunks\/[\w-]+\.js|assets\/[\w-]+\.css|content-scripts\/content\.(js|css)|_locales\/(en|zh_CN)\/messages\.json|icons\/\d+\.png)$/;

describe.each([
  ['chrome', '.output/chrome-mv3'],
  ['firefox', '.output/firefox-mv3'],
])('the %s package', (browser, build) => {
  const files = unzip(zipPath(browser));

  it('is named LabLens, carries the version of package.json and its icons at every size', () => {
    const manifest = JSON.parse(text(files['manifest.json']));
    expect(manifest.name).toBe('__MSG_extName__');
    expect(JSON.parse(text(files['_locales/en/messages.json'])).extName.message).toBe('LabLens');
    expect(manifest.version).toBe(version);
    expect(manifest.icons).toEqual(ICONS);
    expect(manifest.action.default_icon).toEqual(ICONS);
    for (const [size, path] of Object.entries(ICONS))
      expect(pngSize(files[path]!)).toEqual({ width: Number(size), height: Number(size) });
  });

  it('holds the build and nothing else: no source maps, sources, tests or fixtures', () => {
    const names = Object.keys(files);
    expect(names.filter((f) => !BUILT.test(f))).toEqual([]);
    expect(names.filter((f) => /\.(map|tsx?)$|test|fixture/i.test(f))).toEqual([]);
    expect(names.sort()).toEqual(filesIn(join(ROOT, build)).sort());
    for (const f of names) expect(Buffer.compare(Buffer.from(files[f]!), readFileSync(join(ROOT, build, f)))).toBe(0);
  });
});

describe('the sources package for addons.mozilla.org', () => {
  const files = unzip(zipPath('sources'));
  const names = Object.keys(files);

  it('holds what the build reads: package and lock files, configs, every tracked source and dataset file', () => {
    const tracked = execFileSync('git', ['ls-files', 'entrypoints', 'components', 'lib', 'assets'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f && !f.startsWith('assets/screenshots/') && !/\.test\.tsx?$/.test(f));
    const needed = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', ...tracked];
    expect(needed.filter((f) => !(f in files))).toEqual([]);
  });

  it('leaves out tests, fixtures, screenshots, dependencies, build output and dotfiles, and stays small', () => {
    const extra = names.filter((f) =>
      /^(tests|node_modules|\.output|assets\/screenshots)\/|(^|\/)\.|\.(zip|map)$|\.test\.tsx?$/.test(f),
    );
    expect(extra).toEqual([]);
    const top = new Set(names.map((f) => f.split('/')[0]));
    expect([...top].sort()).toEqual(
      [
        'README.md',
        'assets',
        'components',
        'entrypoints',
        'lib',
        'package-lock.json',
        'package.json',
        'tsconfig.json',
        'wxt.config.ts',
      ].sort(),
    );
    const bytes = Object.values(files).reduce((n, b) => n + b.length, 0);
    expect(bytes).toBeLessThan(8_000_000);
  });

  it('rebuilds the Firefox package byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lablens-sources-'));
    try {
      for (const [f, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), bytes);
      }
      // The reviewer runs `npm ci`; the same installed packages stand in for it here.
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      // Vitest's NODE_ENV=test and VITEST* variables would change the build: the reviewer's shell has neither.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|VITEST|VITE_|TEST)/.test(k)),
      );
      execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox', '--mv3'], {
        cwd: dir,
        env,
        stdio: 'pipe',
      });
      const built = join(dir, '.output/firefox-mv3');
      const firefox = unzip(zipPath('firefox'));
      expect(filesIn(built).sort()).toEqual(Object.keys(firefox).sort());
      for (const [f, bytes] of Object.entries(firefox))
        expect(Buffer.compare(readFileSync(join(built, f)), Buffer.from(bytes)), f).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
