// Renders a spec as VS Code's tokenizer scopes it, as HTML: each scope family in its colour, the full scope in
// each token's tooltip, unscoped text on red. `node render-scopes.js SPEC OUT.html [FIRST-LINE LAST-LINE]`;
// docs/EDITOR.md shows a screenshot of it (editors/vscode/screenshot.sh).
'use strict';
const fs = require('fs');
const { loadGrammar, tokenize } = require('./tokenizer');

const families = [
  ['comment', '#6a9955'], ['string', '#ce9178'], ['constant.character.escape', '#d7ba7d'],
  ['keyword.declaration', '#569cd6'], ['keyword.control', '#c586c0'], ['keyword.operator', '#d4d4d4'],
  ['keyword.other', '#4fc1ff'], ['entity.name.function', '#dcdcaa'], ['entity.name', '#4ec9b0'],
  ['constant.numeric', '#b5cea8'], ['constant.other', '#b5cea8'], ['variable', '#9cdcfe'],
  ['punctuation', '#808080'], ['invalid', '#f44747'],
];
const escape = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function main() {
  const [spec, out, first, last] = process.argv.slice(2);
  if (!spec || !out) {
    console.error('usage: node render-scopes.js SPEC OUT.html [FIRST-LINE LAST-LINE]');
    process.exit(2);
  }
  const grammar = await loadGrammar();
  const lines = tokenize(grammar, fs.readFileSync(spec, 'utf8'));
  const from = first ? Number(first) : 1;
  const to = last ? Number(last) : lines.length;
  const body = lines.slice(from - 1, to).map((tokens, i) => {
    const code = tokens.map(t => {
      const inner = t.scopes[t.scopes.length - 1];
      if (t.scopes.length === 1) {
        return /\S/.test(t.text) ? `<span class="none" title="no scope">${escape(t.text)}</span>` : escape(t.text);
      }
      const family = families.find(([f]) => inner.startsWith(f));
      return `<span style="color:${family ? family[1] : '#ffffff'}" title="${escape(inner)}">${escape(t.text)}</span>`;
    }).join('');
    return `<span class="n">${from + i}</span>${code}`;
  }).join('\n');
  const legend = families.map(([f, c]) => `<span style="color:${c}">${f}</span>`).join(' · ');
  fs.writeFileSync(out, `<!doctype html><meta charset="utf-8"><title>${escape(spec)}: TextMate scopes</title>
<style>body{background:#1e1e1e;color:#d4d4d4;font:13px/1.45 monospace;margin:12px}pre{margin:0}
.n{display:inline-block;width:3.5em;color:#606060}.none{background:#a00}p{font-family:sans-serif}</style>
<p>${escape(spec)}, lines ${from}–${to}, as the QDL TextMate grammar scopes it. ${legend}</p><pre>${body}</pre>\n`);
}

main().catch(e => { console.error(e); process.exit(1); });
