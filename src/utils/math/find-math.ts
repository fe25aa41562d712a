import { matchingBrace } from './matching-brace.ts';

/** A formula found in text: its TeX without delimiters, whether it is set apart (display), and the index after it. */
export interface FoundMath {
  tex: string;
  display: boolean;
  end: number;
}

/**
 * The formula that starts at `start`, if one does: `\(…\)` and `$…$` inline, `\[…\]` and
 * `$$…$$` on a line of their own.
 *
 * `$` follows pandoc's rule (https://pandoc.org/MANUAL.html#math), so that prices stay text: the
 * opening `$` must have a non-space character right after it, the closing `$` (the next one
 * not escaped as `\$`) a non-space character right before it. Pandoc also refuses a closing
 * `$` followed by a digit, which keeps "$5-$10" text. We apply that only to what reads as an
 * amount, a formula starting with a digit, so `$\sim$10` and `($<$600M FLOPs)` stay math; and
 * an amount holding a word ("$5M a year … US$ 3 billion", which pandoc takes for a formula from
 * `5M` to `US`) is text too. "$5M", "US$ 3 billion" and "costs $5 and $10" are never math.
 */
export function findMath(text: string, start: number): FoundMath | undefined {
  if (text.startsWith('\\(', start)) return delimited(text, start, '\\(', '\\)', false);
  if (text.startsWith('\\[', start)) return delimited(text, start, '\\[', '\\]', true);
  if (text.startsWith('$$', start)) return delimited(text, start, '$$', '$$', true);
  if (text[start] !== '$') return undefined;
  const first = text[start + 1];
  if (first === undefined || /\s/.test(first)) return undefined;
  const close = scanTo(text, start + 1, '$');
  if (close === -1 || /\s/.test(text[close - 1] ?? '')) return undefined;
  const tex = text.slice(start + 1, close);
  if (/^[\d.,]/.test(tex) && (/\d/.test(text[close + 1] ?? '') || holdsWord(tex))) return undefined;
  return { tex, display: false, end: close + 1 };
}

/**
 * Whether TeX holds a word of prose: two or more letters standing alone, outside any `{…}`
 * argument and not a command (`\log`). Formulas are letters and symbols, words are prose.
 */
function holdsWord(tex: string): boolean {
  let bare = tex.replace(/\\[a-zA-Z]+/g, ' ');
  for (let before = ''; before !== bare; ) [before, bare] = [bare, bare.replace(/\{[^{}]*\}/g, ' ')];
  return bare.split(/\s+/).some((token) => /^[([]?[a-zA-Z]{2,}[)\],.;:!?]*$/.test(token));
}

/** A formula between two delimiters, when the closing one comes and something stands between them. */
function delimited(text: string, start: number, open: string, close: string, display: boolean): FoundMath | undefined {
  const end = scanTo(text, start + open.length, close);
  if (end === -1) return undefined;
  const tex = text.slice(start + open.length, end).trim();
  return tex === '' ? undefined : { tex, display, end: end + close.length };
}

/**
 * The index of the next `close` from `from` in TeX source: escaped characters (`\$`, `\)`) are
 * skipped, and so is the argument of `\text{…}`, `\mbox{…}` and their kin, which may hold `$`
 * (as pandoc does); -1 when there is none.
 */
function scanTo(text: string, from: number, close: string): number {
  let index = from;
  while (index < text.length) {
    if (text.startsWith(close, index)) return index;
    if (text[index] === '\\') {
      const textCommand = /^\\(?:text[a-z]*|mbox)\s*\{/.exec(text.slice(index, index + 16));
      const brace = textCommand === null ? -1 : matchingBrace(text, index + textCommand[0].length - 1);
      index = brace === -1 ? index + 2 : brace + 1;
    } else index += 1;
  }
  return -1;
}
