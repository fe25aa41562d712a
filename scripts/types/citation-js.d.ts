// Citation.js ships no type declarations; these cover the few calls Paper Atlas makes (https://citation.js.org/api/0.7/).
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      /** Parses input of a known or detected format into CSL JSON records. */
      chain(input: string | readonly unknown[], options?: { generateGraph?: boolean; forceType?: string; strict?: boolean }): unknown[];
    };
    output: {
      /** Formats CSL JSON records (`bibtex`, `bibliography`, …). */
      format(name: string, data: unknown[], options?: Record<string, unknown>): string;
    };
    config: {
      get(name: string): Record<string, Record<string, unknown>>;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
