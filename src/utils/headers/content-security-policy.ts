import type { InlineHashes } from './inline-hashes.ts';

/**
 * The site's Content-Security-Policy: only its own origin, inline code only by hash.
 *
 * - `'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly search engine in the page and
 *   in its worker; this allows compiling WebAssembly, not `eval` of JavaScript.
 * - `worker-src 'self'`: Pagefind's web worker is `pagefind/pagefind-worker.js`.
 * - Inline `<script>` and `<style>` (the no-flash theme script, Astro's inlined small
 *   stylesheets and scripts) by their sha256, so no `'unsafe-inline'`. Inline `style` or
 *   `on*` attributes, if a page has any, by hash with `'unsafe-hashes'`.
 * - JSON-LD is data, not script, and needs nothing.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  const withAttributes = (inline: string[], attributes: string[]) => (attributes.length > 0 ? [...inline, "'unsafe-hashes'", ...attributes] : inline);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...withAttributes(hashes.scripts, hashes.scriptAttributes)],
    ['style-src', "'self'", ...withAttributes(hashes.styles, hashes.styleAttributes)],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
