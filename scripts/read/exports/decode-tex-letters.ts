import { decodeLatex } from './decode-latex.ts';

/** Math as arXiv writes it: `$…$`, `$$…$$`, `\(…\)`, `\[…\]`; left exactly as written (see the math rendering). */
const math = /\$\$[^]*?\$\$|\$(?:\\.|[^$\\])*\$|\\\([^]*?\\\)|\\\[[^]*?\\\]/g;

/** An accented letter or a letter command, braced or not: `\"o`, `\"{o}`, `{\"o}`, `\'{\i}`, `\c{c}`, `\c c`, `\ss`, `{\o}`. */
const letter = /\{\\(?:["'`^~=.]\s*|[uvHckrdb]\s+)(?:\{\\?[A-Za-z]\}|\\[ij](?![A-Za-z])|[A-Za-z])\}|\\(?:["'`^~=.]\s*|[uvHckrdb](?:\s+|(?=\{)))(?:\{\\?[A-Za-z]\}|\\[ij](?![A-Za-z])|[A-Za-z])|\{\\(?:ss|o|O|ae|AE|oe|OE|aa|AA|l|L)\}|\\(?:ss|o|O|ae|AE|oe|OE|aa|AA|l|L)(?![A-Za-z])(?:\{\}|\s(?=[a-z]))?/g;

/** An old-style font switch around its text: `{\it tritronquée}`, `{\bf x}`, `{\em x}`. */
const fontSwitch = /\{\\(?:it|bf|em|rm|sl|sc|tt|sf)\s+([^{}$]*)\}/g;

/** Braces hugging plain words (`the {Ki(z)} functions`), as TeX groups them: not after a command, a letter, `^` or `_`, where they hold an argument. */
const group = /(^|[\s(\[\-–])\{([^\s{}\\$^_](?:[^{}\\$^_]*[^\s{}\\$^_])?)\}/g;

/**
 * Decodes the TeX that stands for letters in text such as arXiv's titles, abstracts and
 * names: accents (`Schr\"odinger` → Schrödinger, `Fran\c{c}ois`, `Poincar\'{e}`), letter
 * commands (`\ss`, `{\o}`), old font switches (`{\it x}` → x) and the escapes `\&`, `\%`,
 * `\#`, `\_` and braces that only group words (`the {Ki(z)} functions`). Math (`$…$`,
 * `\(…\)`) and every other command or brace stay as written (`D^0\bar{D}^{*0}`,
 * `sqrt{s}`): outside BibTeX, TeX in a title without `$` is math as arXiv shows it.
 */
export function decodeTexLetters(text: string): string {
  if (!/[\\{]/.test(text)) return text;
  let out = '';
  let last = 0;
  for (const found of text.matchAll(math)) {
    out += decodeOutsideMath(text.slice(last, found.index)) + found[0];
    last = found.index + found[0].length;
  }
  return (out + decodeOutsideMath(text.slice(last))).normalize('NFC');
}

function decodeOutsideMath(text: string): string {
  if (!/[\\{]/.test(text)) return text;
  return text
    .replace(fontSwitch, '$1')
    .replace(letter, (command) => decodeLatex(command.trimEnd()))
    .replace(/\\([&%#_])/g, '$1')
    .replace(group, '$1$2');
}
