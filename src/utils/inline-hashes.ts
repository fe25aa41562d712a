import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;

/** CSP hash sources (`'sha256-…'`) for everything inline in a page that a Content-Security-Policy must allow. */
export interface InlineHashes {
  /** Inline `<script>` elements that run (not JSON-LD or other data blocks). */
  scripts: string[];
  /** Inline `<style>` elements. */
  styles: string[];
  /** `on*` event handler attributes; allowed only with `'unsafe-hashes'`. */
  scriptAttributes: string[];
  /** `style` attributes; allowed only with `'unsafe-hashes'`. */
  styleAttributes: string[];
}

/** Whether a `<script type>` is one the browser runs (https://html.spec.whatwg.org/#prepare-the-script-element). */
function runs(type: string | undefined): boolean {
  const value = type?.trim().toLowerCase();
  return value === undefined || value === '' || value === 'module' || /^(text|application)\/(x-)?(javascript|ecmascript)/.test(value);
}

/** The `'sha256-…'` source of a text, as the browser hashes it (UTF-8). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Hashes every inline script, style and inline attribute of an HTML page, each once.
 *
 * The page is parsed with parse5, the HTML parser of the spec, so the text hashed is
 * the text the browser sees (line endings normalized, nothing decoded in raw text).
 */
export function inlineHashes(html: string): InlineHashes {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), scriptAttributes: new Set<string>(), styleAttributes: new Set<string>() };
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value;
      const text = () => node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
      if (node.tagName === 'script' && attribute('src') === undefined && runs(attribute('type'))) found.scripts.add(hashSource(text()));
      if (node.tagName === 'style') found.styles.add(hashSource(text()));
      for (const { name, value } of node.attrs) {
        if (name === 'style') found.styleAttributes.add(hashSource(value));
        else if (name.startsWith('on')) found.scriptAttributes.add(hashSource(value));
      }
    }
    const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(parse(html));
  return { scripts: [...found.scripts], styles: [...found.styles], scriptAttributes: [...found.scriptAttributes], styleAttributes: [...found.styleAttributes] };
}
