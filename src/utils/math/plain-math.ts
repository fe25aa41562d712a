import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import temml from 'temml';

type Node = DefaultTreeAdapterMap['childNode'];

const superscripts: Record<string, string> = {
  ...Object.fromEntries([...'0123456789'].map((digit, index) => [digit, '⁰¹²³⁴⁵⁶⁷⁸⁹'[index] ?? digit])),
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', '′': '′', '″': '″', '*': '*', '∗': '*',
};
const subscripts: Record<string, string> = {
  ...Object.fromEntries([...'0123456789'].map((digit, index) => [digit, '₀₁₂₃₄₅₆₇₈₉'[index] ?? digit])),
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', l: 'ₗ', m: 'ₘ',
  n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
};
const combiningAccents: Record<string, string> = {
  '~': '\u0303', '˜': '\u0303', '‾': '\u0304', '^': '\u0302', 'ˆ': '\u0302', '¯': '\u0304', 'ˉ': '\u0304', '˙': '\u0307', '¨': '\u0308',
  '→': '\u20D7', '⃗': '\u20D7', 'ˇ': '\u030C', '˘': '\u0306', '´': '\u0301', '`': '\u0300',
};

/**
 * A TeX formula as plain text a reader can read where no markup goes (a `<title>`, a social
 * card, a meta description): the characters Temml's MathML shows, scripts as Unicode super-
 * and subscripts where every character has one (`VA-RED$^2$` → `VA-RED²`, `\ell_1` → `ℓ₁`)
 * and as `^`/`_` otherwise, fractions as `a/b`, roots as `√`. Mathematical letters (`𝒪`, `𝑥`)
 * are written as plain letters; `ℝ` stays. The TeX itself when Temml cannot read it.
 */
export function plainMath(tex: string): string {
  let markup: string;
  try {
    markup = temml.renderToString(tex, { throwOnError: true, trust: false });
  } catch {
    return tex;
  }
  // U+2061–U+2064 are invisible operators (function application after `log`), nothing to read.
  return plainLetters(parseFragment(markup).childNodes.map(textOf).join(''))
    .replace(/[\u2061-\u2064]/g, '')
    .normalize('NFC')
    .trim();
}

/** The readable text of a MathML node (see {@link plainMath}). */
function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!('tagName' in node)) return '';
  const children = node.childNodes.filter((child) => 'tagName' in child || ('value' in child && child.value.trim() !== ''));
  const [first = '', second = '', third = ''] = children.map(textOf);
  switch (node.tagName) {
    case 'annotation':
      return '';
    case 'msup':
      return first + script(second, superscripts, '^');
    case 'msub':
      return first + script(second, subscripts, '_');
    case 'msubsup':
      return first + script(second, subscripts, '_') + script(third, superscripts, '^');
    case 'mfrac':
      return `${grouped(first)}/${grouped(second)}`;
    case 'msqrt':
      return `√${grouped(children.map(textOf).join(''))}`;
    case 'mroot':
      return `${script(second, superscripts, '^')}√${grouped(first)}`;
    case 'mover':
      return accented(first, second);
    case 'munder':
      return first;
    case 'mspace':
      return ' ';
    default:
      return children.map(textOf).join('');
  }
}

/** Accents over one letter (`\tilde{O}` → `Õ`, `\bar{d}` → `d̄`) as combining characters; other marks over text are left out. */
function accented(base: string, mark: string): string {
  const combining = combiningAccents[mark.trim()];
  const letter = base.trim();
  return combining !== undefined && [...letter].length === 1 ? `${letter}${combining}` : letter;
}

/** A script as Unicode super- or subscript characters when each has one, else after `^`/`_`. */
function script(text: string, map: Record<string, string>, mark: string): string {
  const plain = plainLetters(text);
  const mapped = [...plain].map((char) => map[char]);
  if (plain !== '' && mapped.every((char) => char !== undefined)) return mapped.join('');
  return `${mark}${grouped(plain)}`;
}

/** Text in parentheses when it is more than one character, so `a/b` and `x^(n+1)` read unambiguously. */
function grouped(text: string): string {
  return [...text.replace(/\p{M}/gu, '')].length > 1 && !/^\(.*\)$/.test(text) ? `(${text})` : text;
}

/** Mathematical alphanumeric symbols (U+1D400–U+1D7FF: `𝒪`, `𝑥`, `𝐀`) as the letters and digits they style. */
function plainLetters(text: string): string {
  return text.replace(/[\u{1D400}-\u{1D7FF}]/gu, (char) => char.normalize('NFKC'));
}
