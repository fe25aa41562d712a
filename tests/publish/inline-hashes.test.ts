import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hashSource, inlineHashes } from '../../src/utils/headers/inline-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
  test('hashes the exact text of an inline script, as CSP hash sources', () => {
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(inlineHashes('<script>alert(1)</script>').scripts).toEqual([sha('alert(1)')]);
  });

  test('hashes classic and module scripts but not JSON-LD or external scripts', () => {
    const html = '<script type="module">a()</script><script type="text/javascript">b()</script><script type="application/ld+json">{"@type":"Thing"}</script><script src="/x.js"></script>';
    expect(inlineHashes(html).scripts).toEqual([sha('a()'), sha('b()')]);
  });

  test('hashes inline styles, and style and event handler attributes separately', () => {
    const hashes = inlineHashes('<style>p{color:red}</style><p style="margin:0" onclick="go()">x</p>');
    expect(hashes.styles).toEqual([sha('p{color:red}')]);
    expect(hashes.styleAttributes).toEqual([sha('margin:0')]);
    expect(hashes.scriptAttributes).toEqual([sha('go()')]);
  });

  test('hashes the text the browser sees: CRLF becomes LF, entities in scripts stay as written', () => {
    expect(inlineHashes('<script>a()\r\nb("&amp;")</script>').scripts).toEqual([sha('a()\nb("&amp;")')]);
  });

  test('lists a script that appears twice once, and finds scripts in the body too', () => {
    expect(inlineHashes('<head><script>a()</script></head><body><script>a()</script><script>b()</script></body>').scripts).toEqual([sha('a()'), sha('b()')]);
  });

  test('finds nothing in a page without inline code', () => {
    expect(inlineHashes('<p>Hello</p>')).toEqual({ scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] });
  });
});
