import { createHash } from 'node:crypto';
import { Tokenizer, TokenizerMode, type Token } from 'parse5';

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
 * Runs parse5's tokenizer, the HTML spec's, without building a tree (a full parse of
 * every page cost ~2 ms a page, seconds at 10,000 papers): start tags give the
 * attributes, and after `<script>` or `<style>` the tokenizer is switched to raw text,
 * as the tree builder would, so the text hashed is the text the browser sees (line
 * endings normalized, nothing decoded).
 */
export function inlineHashes(html: string): InlineHashes {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), scriptAttributes: new Set<string>(), styleAttributes: new Set<string>() };
  let capture: { into: Set<string>; text: string } | undefined;
  const append = (token: Token.CharacterToken) => {
    if (capture !== undefined) capture.text += token.chars;
  };
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(token) {
        for (const { name, value } of token.attrs) {
          if (name === 'style') found.styleAttributes.add(hashSource(value));
          else if (name.startsWith('on')) found.scriptAttributes.add(hashSource(value));
        }
        if (token.selfClosing) return;
        const attribute = (name: string) => token.attrs.find((attr) => attr.name === name)?.value;
        if (token.tagName === 'script') {
          tokenizer.state = TokenizerMode.SCRIPT_DATA;
          capture = attribute('src') === undefined && runs(attribute('type')) ? { into: found.scripts, text: '' } : undefined;
        } else if (token.tagName === 'style') {
          tokenizer.state = TokenizerMode.RAWTEXT;
          capture = { into: found.styles, text: '' };
        }
      },
      onEndTag(token) {
        if ((token.tagName === 'script' || token.tagName === 'style') && capture !== undefined) capture.into.add(hashSource(capture.text));
        capture = undefined;
      },
      onCharacter: append,
      onWhitespaceCharacter: append,
      onNullCharacter: append,
      onComment() {},
      onDoctype() {},
      onEof() {},
    },
  );
  tokenizer.write(html, true);
  return { scripts: [...found.scripts], styles: [...found.styles], scriptAttributes: [...found.scriptAttributes], styleAttributes: [...found.styleAttributes] };
}
