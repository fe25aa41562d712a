import { createRequire } from 'node:module';

/** Citation.js' tables of LaTeX commands for letters, signs and math symbols (`\ss` → ß, `\textregistered` → ®, `\lambda` → λ). */
const citationTables = createRequire(import.meta.url)('@citation-js/plugin-bibtex/lib/input/unicode.json') as { commands: Record<string, string>; mathCommands: Record<string, string> };

/** Combining marks of LaTeX's accent commands (`\"o` → ö). */
const accents: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
};

/** Commands that stand for a letter or a sign: Citation.js' tables, and a few more that real files hold. */
const symbols: Record<string, string> = {
  ...citationTables.mathCommands,
  ...citationTables.commands,
  hyphen: '-',
  slash: '/',
  relax: '',
  // DBLP's preamble defines these for `@` and `/` in proceedings titles.
  addat: '@',
  addslash: '/',
  i: 'ı',
  j: 'ȷ',
  o: 'ø',
  O: 'Ø',
  ss: 'ß',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  textbackslash: '\\',
  textasciitilde: '~',
  textasciicircum: '^',
  textbraceleft: '{',
  textbraceright: '}',
  textless: '<',
  textgreater: '>',
  textendash: '–',
  textemdash: '—',
  textquoteright: '’',
  textquoteleft: '‘',
  textregistered: '®',
  texttrademark: '™',
  copyright: '©',
  dots: '…',
  ldots: '…',
  par: '\n\n',
};

/** Commands of {@link symbols} that Citation.js' tables lack (`\\aa` → å, DBLP's `\\addat` → @): Citation.js would leave them as TeX. */
const missingSymbols = new RegExp(`\\\\(${Object.keys(symbols).filter((name) => /^[a-zA-Z]+$/.test(name) && name !== 'par' && !(name in citationTables.commands) && !(name in citationTables.mathCommands)).join('|')})(?![a-zA-Z])(?:\\{\\}| )?`, 'g');

/** Writes the letters and signs Citation.js does not know as text, so the fields it decodes keep no TeX. */
export function decodeMissingSymbols(text: string): string {
  return text.includes('\\') ? text.replace(missingSymbols, (_, name: string) => symbols[name] ?? '') : text;
}

/** Characters that start something to decode. */
const special = /[$\\{}~`'-]/g;

/** Commands whose argument is shown as plain text (the formatting is dropped). */
const formatting = new Set(['emph', 'textit', 'textbf', 'textsc', 'texttt', 'textrm', 'textsf', 'textup', 'textmd', 'textnormal', 'textsuperscript', 'textsubscript', 'mkbibemph', 'mkbibbold', 'mkbibquote', 'enquote', 'url', 'mbox', 'hbox', 'text', 'uppercase', 'lowercase', 'MakeUppercase', 'MakeLowercase', 'NoCaseChange', 'ensuremath']);

/** Commands that print nothing of their argument (spacing, phantoms): the argument goes with them. */
const silent = new Set(['vphantom', 'hphantom', 'phantom', 'vspace', 'hspace', 'label', 'index', 'noopsort', 'kern', 'nocite']);

/**
 * Decodes the LaTeX of a BibTeX field's text, as Zotero and Better BibTeX write it: accents
 * (`{\"o}`, `\'{e}`, `\c c`), letters (`\ss`, `\o`), escapes (`\&`, `\%`, `\{`), dashes
 * (`--`, `---`), TeX quotes (` `` ` and `''`), `~`, formatting commands (`\emph{x}` → `x`) and grouping braces. Math
 * (`$…$`, and `\(…\)` written as `$…$`) is kept as written, for the page to render; any
 * other command is dropped and its argument kept as text, so no TeX is left outside math.
 * Blank lines stay, so paragraphs stay. Linear in the text: Citation.js' value parser
 * takes about 0.7 ms for a 1.6 KB abstract, this a few microseconds.
 */
export function decodeLatex(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const character = text[index] as string;
    if (character === '$') {
      // Math as written, up to the closing `$` (or `$$`).
      const close = text.indexOf(character, index + 1);
      const end = close === -1 ? text.length : close + 1;
      out += text.slice(index, end);
      index = end;
    } else if (character === '\\' && (text[index + 1] === '(' || text[index + 1] === '[')) {
      // `\(…\)` and `\[…\]` are math too: written as `$…$` so one kind of math reaches the page.
      const display = text[index + 1] === '[';
      const close = text.indexOf(display ? '\\]' : '\\)', index + 2);
      const end = close === -1 ? text.length : close;
      const fence = display ? '$$' : '$';
      out += `${fence}${text.slice(index + 2, end)}${fence}`;
      index = close === -1 ? end : end + 2;
    } else if (character === '\\') {
      const [decoded, next] = command(text, index);
      out += decoded;
      index = next;
    } else if (character === '{' || character === '}') {
      index++;
    } else if (character === '~') {
      out += '\u00a0';
      index++;
    } else if (character === '`' && text[index + 1] === '`') {
      out += '“';
      index += 2;
    } else if (character === "'" && text[index + 1] === "'") {
      out += '”';
      index += 2;
    } else if (character === '-' && text.startsWith('---', index)) {
      out += '—';
      index += 3;
    } else if (character === '-' && text.startsWith('--', index)) {
      out += '–';
      index += 2;
    } else {
      // Plain text up to the next character that means something, copied in one piece.
      special.lastIndex = index + 1;
      const next = special.exec(text)?.index ?? text.length;
      out += text.slice(index, next);
      index = next;
    }
  }
  return out.normalize('NFC');
}

/** Decodes the command starting at `start` (a backslash); gives its text and where the text goes on. */
function command(text: string, start: number): [string, number] {
  const next = text[start + 1];
  if (next === undefined) return ['\\', start + 1];
  // `\&`, `\%`, `\{` and the like: the character itself.
  if (/[&%$#_{}\\ ]/.test(next)) return [next === '\\' ? '\n' : next, start + 2];
  if (next in accents && !/[a-zA-Z]/.test(next)) return accented(text, start + 2, accents[next] as string);
  const name = /^[a-zA-Z]+/.exec(text.slice(start + 1, start + 40))?.[0];
  if (name === undefined) return [`\\${next}`, start + 2];
  let after = start + 1 + name.length;
  if (name.length === 1 && name in accents) return accented(text, after, accents[name] as string);
  if (name in symbols) {
    // `\ss{}` and `\ss ` end the command; the space or braces are not text.
    if (text.startsWith('{}', after)) after += 2;
    else if (text[after] === ' ') after++;
    return [symbols[name] as string, after];
  }
  if (formatting.has(name)) return ['', after];
  if (silent.has(name)) {
    // The command and its braced argument, if any, print nothing.
    while (text[after] === ' ') after++;
    return ['', text[after] === '{' ? closingBrace(text, after) + 1 : after];
  }
  // Any other command is dropped; its argument, if any, reads on as text.
  if (text[after] === ' ') after++;
  return ['', after];
}

/** Offset of the brace closing the one at `open`, or the end of the text. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let end = open; end < text.length; end++) {
    if (text[end] === '\\') end++;
    else if (text[end] === '{') depth++;
    else if (text[end] === '}' && --depth === 0) return end;
  }
  return text.length - 1;
}

/** A letter with a combining mark: `\"o`, `\"{o}`, `\c c`, `\'{\i}`. */
function accented(text: string, at: number, mark: string): [string, number] {
  let index = at;
  while (text[index] === ' ') index++;
  const braced = text[index] === '{';
  if (braced) index++;
  let letter = text[index] ?? '';
  let end = index + 1;
  if (letter === '\\') {
    const name = /^[a-zA-Z]+/.exec(text.slice(index + 1, index + 10))?.[0] ?? '';
    letter = symbols[name] === 'ı' ? 'i' : symbols[name] === 'ȷ' ? 'j' : (symbols[name] ?? name);
    end = index + 1 + name.length;
  }
  if (braced && text[end] === '}') end++;
  return [`${letter}${mark}`, end];
}
