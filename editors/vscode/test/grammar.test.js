// The TextMate grammar over every spec in specs/, tokenized as VS Code does it (vscode-textmate with the
// Oniguruma regex engine). An independent reading of each spec, by the lexer rules of grammar/…/Qdl.g4,
// says what every token is; the grammar must give each its scope: every keyword `keyword.*`, every string
// `string.*`, every comment `comment.*`, every number `constant.numeric.*` (or a name's scope where a number
// names a unit, as in `unit 46`), and no text is left with no scope but `source.qdl`.
'use strict';
const fs = require('fs');
const path = require('path');
const { loadGrammar, tokenize } = require('./tokenizer');

const root = path.resolve(__dirname, '..', '..', '..');
const lexerFile = path.join(root, 'grammar', 'src', 'main', 'antlr4', 'org', 'qdl', 'grammar', 'Qdl.g4');

// the keywords are the lexer's literal rules: NAME : 'word' ;
const keywords = new Set([...fs.readFileSync(lexerFile, 'utf8').matchAll(/^[A-Z_]+\s*:\s*'([a-z][a-z-]*)'\s*;/gm)]
  .map(m => m[1]));

/** The spec's tokens as the lexer reads them: [kind, start, end]. Longest match, in the lexer's order. */
function lex(text) {
  const rules = [
    ['comment', /\/\/[^\r\n]*/y], ['comment', /\/\*[\s\S]*?(\*\/|$)/y],
    ['string', /"(?:[^"\\]|\\[\s\S])*"?/y],
    ['space', /[ \t\r\n\f\u00A0\uFEFF]+/y],
    ['date', /\d{4}-\d{2}-\d{2}(?![A-Za-z0-9_]|[-/.][A-Za-z0-9_])/y],
    ['word', /[A-Za-z0-9_]+(?:[-/.][A-Za-z0-9_]+)*/y],
    ['punct', /[{},:<%-]/y],
    ['other', /[\s\S]/y],
  ];
  const out = [];
  let i = 0;
  while (i < text.length) {
    for (const [kind, re] of rules) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        let k = kind;
        if (kind === 'word') {
          k = keywords.has(m[0]) ? 'keyword' : /^\d+(\.\d+)?$/.test(m[0]) ? 'number' : 'name';
        }
        if (k !== 'space') out.push([k, i, i + m[0].length, m[0]]);
        i += m[0].length;
        break;
      }
    }
  }
  return out;
}

const expected = {
  keyword: s => s.startsWith('keyword.'),
  // emphasis inside text (**bold**, *italic*) is text too, marked as the handbook prints it
  string: s => s.startsWith('string.') || s.startsWith('constant.character.escape') || s.startsWith('punctuation.definition.string')
    || s.startsWith('markup.bold.') || s.startsWith('markup.italic.'),
  comment: s => s.startsWith('comment.') || s.startsWith('punctuation.definition.comment'),
  number: s => s.startsWith('constant.numeric.') || s.startsWith('entity.name.'),
  date: s => s.startsWith('constant.other.date'),
  name: s => s.startsWith('variable.') || s.startsWith('entity.name.'),
  punct: s => s.startsWith('punctuation.') || s.startsWith('keyword.operator.'),
  other: s => s.startsWith('invalid.'),
};

async function main() {
  const grammar = await loadGrammar();
  const specs = fs.readdirSync(path.join(root, 'specs')).filter(f => f.endsWith('.qdl')).sort();
  if (specs.length === 0) throw new Error('no specs found in specs/');
  let failures = 0;
  let checked = 0;
  const seenKinds = new Set();
  for (const spec of specs) {
    const text = fs.readFileSync(path.join(root, 'specs', spec), 'utf8');
    // the innermost scope of every character, by absolute offset
    const scopeAt = new Array(text.length).fill(null);
    let offset = 0;
    const lines = text.split('\n');
    tokenize(grammar, text).forEach((tokens, n) => {
      for (const t of tokens) {
        const inner = t.scopes[t.scopes.length - 1];
        for (let c = t.start; c < Math.min(t.start + t.text.length, lines[n].length); c++) {
          scopeAt[offset + c] = t.scopes.length > 1 ? inner : null;
        }
      }
      offset += lines[n].length + 1;
    });
    const problems = [];
    for (const [kind, start, end, word] of lex(text)) {
      seenKinds.add(kind);
      for (let c = start; c < end; c++) {
        if (/\s/.test(text[c])) continue;
        checked++;
        const s = scopeAt[c];
        if (s !== null && s.startsWith('markup.')) seenKinds.add(s.split('.').slice(0, 2).join('.'));
        if (s === null || !expected[kind](s)) {
          const line = text.slice(0, c).split('\n').length;
          problems.push(`${spec}:${line}: ${kind} \`${word.slice(0, 40)}\` has ${s === null ? 'no scope' : 'scope ' + s}`);
          break;
        }
      }
    }
    failures += problems.length;
    problems.slice(0, 10).forEach(p => console.error('FAIL ' + p));
    if (problems.length > 10) console.error(`... and ${problems.length - 10} more in ${spec}`);
    if (problems.length === 0) console.log(`ok   ${spec}`);
  }
  for (const kind of ['keyword', 'string', 'comment', 'number', 'name', 'markup.bold', 'markup.italic']) {
    if (!seenKinds.has(kind)) { console.error(`FAIL the specs have no ${kind}: the test would prove nothing`); failures++; }
  }
  console.log(`${checked} characters checked in ${specs.length} specs; ${failures} problems`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch(e => { console.error(e); process.exit(1); });
