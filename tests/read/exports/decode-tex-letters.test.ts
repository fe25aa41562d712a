import { describe, expect, test } from 'vitest';
import { decodeTexLetters } from '../../../scripts/read/exports/decode-tex-letters.ts';

describe('decodeTexLetters', () => {
  test('decodes accents and letter commands, braced or not', () => {
    expect(decodeTexLetters('C. Bal\\\'azs, Fran\\c{c}ois, Poincar\\\'{e}, {\\"O}zt\\"urk, Gro\\ss e, Bj\\o rn, \\\'{\\i}')).toBe('C. Balázs, François, Poincaré, Öztürk, Große, Bjørn, í');
  });

  test('drops old font switches and grouping braces around words, decodes escapes', () => {
    expect(decodeTexLetters('the {\\it tritronqu\\\'ee} solution')).toBe('the tritronquée solution');
    expect(decodeTexLetters('A Note About the {Ki(z)} Functions')).toBe('A Note About the Ki(z) Functions');
    expect(decodeTexLetters('Estimation \\& Ranking, 50\\% of \\#1')).toBe('Estimation & Ranking, 50% of #1');
  });

  test('leaves math, other commands and braces that hold an argument as written', () => {
    expect(decodeTexLetters('Selection on $X_1+\\cdots + X_{\\"o}$ with \\\'e')).toBe('Selection on $X_1+\\cdots + X_{\\"o}$ with é');
    expect(decodeTexLetters('D^0\\bar{D}^{*0} at sqrt{s}=196 GeV, Z^0 \\to 2\\gamma, \\log')).toBe('D^0\\bar{D}^{*0} at sqrt{s}=196 GeV, Z^0 \\to 2\\gamma, \\log');
    expect(decodeTexLetters("import x from 'y' { <script>alert(1)</script> }")).toBe("import x from 'y' { <script>alert(1)</script> }");
  });
});
