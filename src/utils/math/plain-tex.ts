import { plainMath } from './plain-math.ts';
import { splitTex, type TexPart } from './split-tex.ts';

/**
 * Text written with TeX as plain text a reader can read where no markup goes (`<title>`,
 * social cards, meta descriptions, search results): formulas as {@link plainMath} writes them
 * (`VA-RED$^2$` → `VA-RED²`), `\emph{…}` and other text commands as their text. `tidy` is
 * applied to the text between them (the generator passes its LaTeX tidier).
 */
export function plainTex(text: string, tidy: (text: string) => string = (plain) => plain): string {
  return /[$\\{]/.test(text) ? plainParts(splitTex(text), tidy) : tidy(text);
}

function plainParts(parts: readonly TexPart[], tidy: (text: string) => string): string {
  return parts
    .map((part) => {
      if (part.type === 'text') return tidy(part.value);
      if (part.type === 'code') return tidy(part.value);
      if (part.type === 'math') return plainMath(part.tex);
      return plainParts(part.children, tidy);
    })
    .join('');
}
