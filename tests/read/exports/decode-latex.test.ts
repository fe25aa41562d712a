import { describe, expect, test } from 'vitest';
import { decodeLatex, decodeMissingSymbols } from '../../../scripts/read/exports/decode-latex.ts';

describe('decodeLatex', () => {
  test('decodes accents in every form Zotero and Better BibTeX write', () => {
    expect(decodeLatex('M{\\"o}bius, \\"{u}ber, \\\'e, \\c c, \\\'{\\i}, \\v{S}koda, \\aa, \\o{}re, Stra\\ss e')).toBe('Möbius, über, é, ç, í, Škoda, å, øre, Straße');
  });

  test('escapes, dashes, ties and grouping braces become text', () => {
    expect(decodeLatex('a \\& b, 50\\%, 3--5, a---b, x~y, {Braces} \\{kept\\}, \\textbackslash{}')).toBe('a & b, 50%, 3–5, a—b, x\u00a0y, Braces {kept}, \\');
  });

  test('formatting commands keep their text, math stays as written, other commands leave their argument', () => {
    expect(decodeLatex('\\emph{Deep} $Q^{\\pi}$ and \\unknown{x} y')).toBe('Deep $Q^{\\pi}$ and x y');
  });

  test('\\(…\\) math is written as $…$; symbols, \\hyphen and phantoms leave no TeX', () => {
    expect(decodeLatex('Stochastic {\\(\\lambda\\)}-calculi')).toBe('Stochastic $\\lambda$-calculi');
    expect(decodeLatex('Capability\\hyphen{}Based, \\lambda-terms, Erd{\\vphantom{x}}\\H{o}s')).toBe('Capability-Based, λ-terms, Erdős');
  });

  test("TeX quotes become quotation marks; a lone backtick or apostrophe stays", () => {
    expect(decodeLatex("``Tables'' of Lanczos's ` polynomials")).toBe("“Tables” of Lanczos's ` polynomials");
  });

  test('blank lines stay, so paragraphs stay', () => {
    expect(decodeLatex('First.\n\nSecond.')).toBe('First.\n\nSecond.');
  });

  test('markup is only text to it', () => {
    expect(decodeLatex('<script>alert(1)</script> import x')).toBe('<script>alert(1)</script> import x');
  });

  test('decodeMissingSymbols writes only what Citation.js lacks, leaving the rest of the TeX to it', () => {
    expect(decodeMissingSymbols('K{\\aa}gstr{\\"o}m, {\\AA}slund, TyDe\\addat{}ICFP, ACM\\addslash{}IEEE, \\aalto, \\ss')).toBe('K{å}gstr{\\"o}m, {Å}slund, TyDe@ICFP, ACM/IEEE, \\aalto, \\ss');
  });
});
