import { findMath } from './find-math.ts';
import { matchingBrace } from './matching-brace.ts';

/** A piece of a title or abstract as TeX writes it: plain text, a formula, or text set in a style. */
export type TexPart =
  | { type: 'text'; value: string }
  | { type: 'math'; tex: string; display: boolean }
  | { type: 'emphasis' | 'strong'; children: TexPart[] }
  | { type: 'code'; value: string };

/** Text commands and what they set their argument in; `text` keeps the argument as plain text. */
const textCommands: Record<string, 'emphasis' | 'strong' | 'code' | 'text'> = {
  emph: 'emphasis',
  textit: 'emphasis',
  textsl: 'emphasis',
  textbf: 'strong',
  texttt: 'code',
  textrm: 'text',
  textsf: 'text',
  textup: 'text',
  textmd: 'text',
  textnormal: 'text',
  textsc: 'text',
  text: 'text',
  mbox: 'text',
  underline: 'text',
  url: 'text',
};

/** Old-style switches written inside a group, `{\em …}`, and what they set the rest of the group in. */
const groupSwitches: Record<string, 'emphasis' | 'strong' | 'code' | 'text'> = {
  em: 'emphasis',
  it: 'emphasis',
  itshape: 'emphasis',
  sl: 'emphasis',
  bf: 'strong',
  bfseries: 'strong',
  tt: 'code',
  ttfamily: 'code',
  rm: 'text',
  sf: 'text',
  sc: 'text',
};

/** The characters that may start a formula or a command. */
const special = /[$\\{]/g;

/** How deep text commands may nest before the rest is kept as written (a guard against hostile input). */
const maxDepth = 16;

/**
 * Splits text written with TeX into plain text, formulas and styled text: `$…$`, `\(…\)` (inline),
 * `$$…$$`, `\[…\]` (display), `\emph{…}`, `\textit{…}`, `\textbf{…}`, `\texttt{…}` and the like,
 * and `{\em …}`-style groups. Which `$` open and close a formula is {@link findMath}'s rule, so
 * "$5M" and "US$ 3 billion" stay text. Anything else, unknown commands and unbalanced braces
 * included, is kept as written in a text part; nothing is dropped. Pure and linear in the text.
 */
export function splitTex(text: string): TexPart[] {
  return splitAt(text, 0);
}

function splitAt(text: string, depth: number): TexPart[] {
  const parts: TexPart[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') parts.push({ type: 'text', value: plain });
    plain = '';
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    // Only `$`, `\` and `{` can start anything: the text up to the next of them is copied at once.
    if (char !== '$' && char !== '\\' && char !== '{') {
      special.lastIndex = index;
      const next = special.exec(text)?.index ?? text.length;
      plain += text.slice(index, next);
      index = next;
      continue;
    }
    const math = char === '$' || char === '\\' ? findMath(text, index) : undefined;
    const styled = math === undefined && (char === '\\' || char === '{') ? styledAt(text, index, depth) : undefined;
    if (math !== undefined) {
      flush();
      parts.push({ type: 'math', tex: math.tex, display: math.display });
      index = math.end;
    } else if (styled !== undefined) {
      flush();
      parts.push(...styled.parts);
      index = styled.end;
    } else {
      // An escaped character (`\$`, `\{`) is copied whole, so it never opens anything; so is a `$$` that closes nowhere.
      const step = (char === '\\' || (char === '$' && text[index + 1] === '$')) && index + 1 < text.length ? 2 : 1;
      plain += text.slice(index, index + step);
      index += step;
    }
  }
  flush();
  return mergeText(parts);
}

/** A text command or switch group starting at `start`, as parts, and where it ends. */
function styledAt(text: string, start: number, depth: number): { parts: TexPart[]; end: number } | undefined {
  if (depth >= maxDepth) return undefined;
  const command = /^\\([a-zA-Z]+)\s*\{/.exec(text.slice(start, start + 24));
  if (command !== undefined && command !== null) {
    const style = textCommands[command[1] ?? ''];
    const open = start + command[0].length - 1;
    const close = style === undefined ? -1 : matchingBrace(text, open);
    if (style === undefined || close === -1) return undefined;
    return { parts: styled(style, text.slice(open + 1, close), depth), end: close + 1 };
  }
  const group = /^\{\\([a-zA-Z]+)(?![a-zA-Z])\s*/.exec(text.slice(start, start + 24));
  if (group !== null) {
    const style = groupSwitches[group[1] ?? ''];
    const close = style === undefined ? -1 : matchingBrace(text, start);
    if (style === undefined || close === -1) return undefined;
    return { parts: styled(style, text.slice(start + group[0].length, close), depth), end: close + 1 };
  }
  return undefined;
}

/**
 * The parts of a command's argument in its style. White space at the edges goes outside the
 * emphasis (Markdown cannot open emphasis before a space); an empty argument gives nothing.
 */
function styled(style: 'emphasis' | 'strong' | 'code' | 'text', argument: string, depth: number): TexPart[] {
  const [, before = '', inner = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(argument) ?? [];
  const edges = (middle: TexPart[]): TexPart[] => [
    ...(before === '' ? [] : [{ type: 'text' as const, value: ' ' }]),
    ...middle,
    ...(after === '' ? [] : [{ type: 'text' as const, value: ' ' }]),
  ];
  if (inner === '') return edges([]);
  if (style === 'code') return edges([{ type: 'code', value: inner }]);
  const children = splitAt(inner, depth + 1);
  return edges(style === 'text' ? children : [{ type: style, children }]);
}

/** Joins neighbouring text parts, so a caller sees each run of text once. */
function mergeText(parts: TexPart[]): TexPart[] {
  const merged: TexPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.type === 'text' && last?.type === 'text') last.value += part.value;
    else merged.push(part);
  }
  return merged;
}

/** Whether {@link splitTex} finds anything in text but plain text as written: a formula or a text command. */
export function hasTex(text: string): boolean {
  if (!/[$\\{]/.test(text)) return false;
  const parts = splitTex(text);
  return !(parts.length === 1 && parts[0]?.type === 'text' && parts[0].value === text);
}

/** Whether parts hold a formula anywhere, so the page they are on needs the math stylesheet. */
export function hasMath(parts: readonly TexPart[]): boolean {
  return parts.some((part) => part.type === 'math' || ((part.type === 'emphasis' || part.type === 'strong') && hasMath(part.children)));
}
