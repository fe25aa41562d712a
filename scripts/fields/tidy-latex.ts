/** LaTeX text macros authors leave in abstracts, and what they print. */
const macros: Record<string, string> = {
  eg: 'e.g.',
  ie: 'i.e.',
  etc: 'etc.',
  etal: 'et al.',
  wrt: 'w.r.t.',
  vs: 'vs.',
  cf: 'cf.',
};

/**
 * Tidies unambiguous LaTeX-isms in abstract text for reading.
 *
 * `\%` → `%` (and `\&`, `\_`, `\#`, `\$`), ` ``N:M'' ` → `“N:M”`, and the
 * `\eg`, `\ie`, `\etal` family of macros. Everything else, including math such
 * as `Q^{pi_{sft}}`, is left exactly as written: no information is lost.
 */
export function tidyLatex(text: string): string {
  return text
    .replace(/\\([%&_#$])/g, '$1')
    .replace(/``([^`']*?)''/g, '“$1”')
    .replace(/\\([a-z]+)(?![a-zA-Z])\.?/g, (whole, name: string) => macros[name] ?? whole);
}
