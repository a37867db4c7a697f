// VS Code's tokenizer (vscode-textmate with the Oniguruma regex engine) loaded with the extension's grammar.
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const grammarFile = path.resolve(__dirname, '..', 'syntaxes', 'qdl.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: p => new oniguruma.OnigScanner(p),
      createOnigString: s => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile),
  });
  return registry.loadGrammar('source.qdl');
}

/** Each line of the text as its tokens: {text, scopes}, the scopes outermost first. */
function tokenize(grammar, text) {
  let stack = vsctm.INITIAL;
  return text.split('\n').map(line => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map(t => ({ start: t.startIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

module.exports = { loadGrammar, tokenize };
