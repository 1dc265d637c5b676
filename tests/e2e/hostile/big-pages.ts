/** Big hostile pages, generated rather than stored: a 200k-node DOM and a 10,000-deep one. */
const ARTICLE = `<article>
  <p>DeepSeek-V3, unveiled earlier this month, is a large language model that rivals the likes of OpenAI’s GPT-4.</p>
  <p>Training models like GPT-4 requires massive computational resources, and DeepSeek showed it can be done for less.</p>
</article>`;
const FORM = `<form>
  <input name="q" value="Ask OpenAI about GPT-4">
  <textarea name="comment">DeepSeek-V3 is open.</textarea>
  <div contenteditable="true">Notes on OpenAI</div>
</form>`;
const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>$TITLE</title>
<style>#top div { display: contents; }
body { font: 18px/1.6 Georgia, serif; margin: 24px; color: #222; background: #fff; }
textarea, input, [contenteditable] { display: block; width: 400px; margin: 8px 0; }</style></head>`;

/** 40,000 rows of five nodes each (div, b, three texts): over 200,000 nodes; a name in every 500th row. */
export function bigPage(rows = 40_000): string {
  const out: string[] = [];
  for (let i = 0; i < rows; i++)
    out.push(`<div>Row <b>${i}</b> ${i % 500 === 0 ? 'Anthropic and NVIDIA' : 'filler text about nothing'}</div>`);
  return `${HEAD.replace('$TITLE', '200k nodes')}<body>${ARTICLE}${FORM}<section>${out.join('')}</section></body></html>`;
}

/**
 * The article at the bottom of 10,000 nested divs. The HTML parser caps nesting (512 in Chromium),
 * so the page builds the chain itself, as a script-built page would.
 */
export function deepPage(depth = 10_000): string {
  return `${HEAD.replace('$TITLE', `${depth} deep`)}<body><div id="top"></div>${FORM}
<template id="content">${ARTICLE}</template>
<script>
  let el = document.getElementById('top');
  for (let i = 0; i < ${depth}; i++) el = el.appendChild(document.createElement('div'));
  el.appendChild(document.getElementById('content').content.cloneNode(true));
  document.documentElement.setAttribute('data-depth', String(${depth}));
</script></body></html>`;
}
