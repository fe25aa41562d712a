/**
 * How a generated page's Markdown carries a formula: as a code span holding the TeX between
 * `$` (inline) or `$$` (display), `` `$x^2$` ``. A code span is literal in Markdown and in MDX,
 * so the TeX is never read as MDX code (`{…}`), touched by smart punctuation (`f'`, `--`) or
 * escaped; the paper loader turns such code into MathML (src/loaders/paper-loader.ts), and a
 * formula Temml cannot read stays the code it is, its source shown as written.
 */
export function mathCode(tex: string, display: boolean): string {
  return display ? `$$${tex}$$` : `$${tex}$`;
}

/** The formula a code span carries (see {@link mathCode}), or undefined for other code. */
export function readMathCode(code: string): { tex: string; display: boolean } | undefined {
  const display = /^\$\$([\s\S]*\S[\s\S]*)\$\$$/.exec(code);
  if (display !== null) return { tex: (display[1] ?? '').trim(), display: true };
  const inline = /^\$([^$\s][\s\S]*)\$$/.exec(code);
  return inline === null ? undefined : { tex: inline[1] ?? '', display: false };
}
