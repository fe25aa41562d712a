import { describe, expect, test } from 'vitest';
import { hasMath, hasTex, splitTex } from '../../src/utils/math/split-tex.ts';

describe('splitTex', () => {
  test('splits text into plain text and formulas', () => {
    expect(splitTex('a $x^2$ b')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'math', tex: 'x^2', display: false },
      { type: 'text', value: ' b' },
    ]);
  });

  test('sets text commands and switch groups in their style', () => {
    expect(splitTex('\\emph{disambiguating} and {\\em e.g.,} \\textbf{d}ifference \\texttt{FedAvg}')).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'disambiguating' }] },
      { type: 'text', value: ' and ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'e.g.,' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'd' }] },
      { type: 'text', value: 'ifference ' },
      { type: 'code', value: 'FedAvg' },
    ]);
    expect(splitTex('\\textit{what to remember} {\\bf bold} \\textrm{plain} \\url{https://x.org/a_b}')).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'what to remember' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'bold' }] },
      { type: 'text', value: ' plain https://x.org/a_b' },
    ]);
  });

  test('reads formulas and commands inside a command, and nested braces', () => {
    expect(splitTex('\\emph{a $x$ {b}}')).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'a ' }, { type: 'math', tex: 'x', display: false }, { type: 'text', value: ' {b}' }] },
    ]);
  });

  test('keeps a formula whole, text commands inside it included', () => {
    expect(splitTex('$\\textit{autonomous music-making systems}$')).toEqual([{ type: 'math', tex: '\\textit{autonomous music-making systems}', display: false }]);
  });

  test('moves white space at the edges of an argument outside the emphasis', () => {
    expect(splitTex('\\emph{ spaced }x')).toEqual([
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'spaced' }] },
      { type: 'text', value: ' x' },
    ]);
    expect(splitTex('a\\emph{}b')).toEqual([{ type: 'text', value: 'ab' }]);
  });

  test('keeps unknown commands, unclosed braces and escapes as written', () => {
    for (const text of ['\\squad benchmarks \\citep{devlin2018bert}', '\\emph{unclosed', 'Polyak-\\L{}ojasiewicz', 'a \\$ b \\{c\\}', '{\\em never closed']) {
      expect(splitTex(text)).toEqual([{ type: 'text', value: text }]);
    }
  });

  test('keeps text nested too deeply as written instead of recursing further', () => {
    const deep = `${'\\emph{'.repeat(5000)}x${'}'.repeat(5000)}`;
    let parts = splitTex(deep);
    let depth = 0;
    while (parts[0]?.type === 'emphasis') [parts, depth] = [parts[0].children, depth + 1];
    expect(depth).toBe(16);
    expect(parts[0]).toMatchObject({ type: 'text' });
  });

  test('gives back every character of text that holds no TeX', () => {
    expect(splitTex('Plain words, 50% of them: {braces} and ~tildes.')).toEqual([{ type: 'text', value: 'Plain words, 50% of them: {braces} and ~tildes.' }]);
    expect(splitTex('')).toEqual([]);
  });
});

describe('hasTex and hasMath', () => {
  test('tell text with TeX from text without', () => {
    expect(hasTex('VA-RED$^2$: Video')).toBe(true);
    expect(hasTex('\\emph{a} b')).toBe(true);
    expect(hasTex('Costs $5 and $10')).toBe(false);
    expect(hasTex('Plain {title}')).toBe(false);
    expect(hasMath(splitTex('\\emph{a $x$}'))).toBe(true);
    expect(hasMath(splitTex('\\emph{a} \\texttt{b}'))).toBe(false);
  });
});
