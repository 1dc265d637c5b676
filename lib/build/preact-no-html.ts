import type { Plugin } from 'vite';

/** Preact's one assignment of a computed string to innerHTML: its support for `dangerouslySetInnerHTML`. */
const SET_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/**
 * Vite plugin: builds Preact without `dangerouslySetInnerHTML`, which LabLens never uses (Biome's
 * noDangerouslySetInnerHtml rule keeps it so). Without this, addons.mozilla.org's linter warns about an
 * unsafe innerHTML assignment in every bundle that carries Preact. A use would now throw instead of
 * writing HTML. The build fails if Preact's code no longer has the assignment, so an upgrade is noticed.
 */
export function preactWithoutHtml(): Plugin {
  return {
    name: 'lablens:preact-without-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/preact\/dist\/preact\.(mjs|module\.js)$/.test(id)) return null;
      const found = code.match(SET_HTML)?.length ?? 0;
      if (found !== 1) throw new Error(`preact-without-html: expected 1 innerHTML assignment in ${id}, found ${found}`);
      return code.replace(SET_HTML, '(()=>{throw Error("LabLens builds Preact without dangerouslySetInnerHTML")})()');
    },
  };
}
