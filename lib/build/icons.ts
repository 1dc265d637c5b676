import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ResolvedPublicFile, Wxt } from 'wxt';

/** Every size the manifests and the stores ask for: toolbar (16, 32), extensions page (48, 96), store (128). */
const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Manifest paths of the rendered icons, for `icons` and `action.default_icon`. */
export const iconPaths = (): Record<string, string> =>
  Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${size}.png`]));

/** One PNG of the SVG at `size` × `size` pixels. */
function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * WXT hook: renders assets/icon.svg into the build at every size. The PNGs are written to .wxt/ and copied
 * as public files, so no binary copy of the icon lives in the repository beside its source.
 */
export function addIcons(wxt: Wxt, files: ResolvedPublicFile[]): void {
  const svg = readFileSync(join(wxt.config.root, 'assets/icon.svg'), 'utf8');
  const dir = join(wxt.config.wxtDir, 'icons');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = join(dir, `${size}.png`);
    writeFileSync(png, renderIcon(svg, size));
    files.push({ relativeDest: `icons/${size}.png`, absoluteSrc: png });
  }
}
