import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/*
 * Where code runs is visible from its folder (README "How it is built"); these
 * tests keep it true. lib/core is pure, lib/content runs in pages, lib/background
 * in the service worker, lib/shared in two or more contexts.
 */

const ROOT = join(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every import of a module: [specifier, repo path (undefined for packages), type-only]. */
function imports(file: string): [string, string | undefined, boolean][] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const found = src.matchAll(
    /(?:^|\n)\s*(import|export)(\s+type)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g,
  );
  return [...found].map((m) => {
    const spec = (m[3] ?? m[4])!;
    const typeOnly = !!m[2];
    if (spec.startsWith('@/')) return [spec, spec.slice(2), typeOnly];
    if (spec.startsWith('.')) return [spec, normalize(join(dirname(file), spec)), typeOnly];
    return [spec, undefined, typeOnly];
  });
}

const CODE = [...files('lib'), ...files('components'), ...files('entrypoints')];

/** Which module may import which: `from` prefix → forbidden prefixes. */
const FORBIDDEN: [string, string[]][] = [
  ['lib/content/', ['lib/background/']],
  ['entrypoints/content/', ['lib/background/']],
  ['lib/background/', ['lib/content/', 'components/']],
  ['entrypoints/background/', ['lib/content/', 'components/']],
  ['lib/shared/', ['lib/background/', 'lib/content/', 'components/']],
  ['components/', ['lib/background/', 'lib/content/', 'entrypoints/']],
];

describe('module boundaries', () => {
  it('pure code (lib/core) imports only pure code and no package (types of the message protocol aside)', () => {
    const bad = files('lib/core').flatMap((f) =>
      imports(f)
        .filter(([, path, typeOnly]) => {
          if (typeOnly && (path === 'lib/shared/protocol' || path === 'lib/shared/claim-schemas')) return false;
          return path === undefined || !path.startsWith('lib/core/');
        })
        .map(([spec]) => `${f} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it.each(FORBIDDEN)('%s does not import %s', (from, forbidden) => {
    const bad = CODE.filter((f) => f.startsWith(from)).flatMap((f) =>
      imports(f)
        .filter(([, path]) => path && forbidden.some((p) => path.startsWith(p)))
        .map(([spec]) => `${f} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('pure code uses no DOM or extension API', () => {
    const apis = /\b(document|window|browser|chrome|CSS|indexedDB|localStorage|navigator)\.|\bnew (Range|Highlight)\(/;
    const bad = files('lib/core').filter((f) =>
      readFileSync(join(ROOT, f), 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\*|\/\/)/.test(line) && apis.test(line)),
    );
    expect(bad).toEqual([]);
  });

  it('modules are kebab-case.ts, components PascalCase.tsx', () => {
    const bad = CODE.filter((f) => {
      const name = relative(dirname(f), f);
      if (f.startsWith('components/') && f.endsWith('.tsx')) return !/^[A-Z][A-Za-z]+\.tsx$/.test(name);
      return !/^[a-z0-9]+(-[a-z0-9]+)*\.tsx?$/.test(name) && !/^[A-Z][A-Za-z]+\.tsx$/.test(name);
    });
    expect(bad).toEqual([]);
  });
});
