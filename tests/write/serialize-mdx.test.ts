import fc from 'fast-check';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { paperToMdast } from '../../scripts/write/paper-to-mdast.ts';
import { serializeMdx } from '../../scripts/write/serialize-mdx.ts';
import type { PaperData } from '../../src/schemas/paper.ts';
import { blockTexts, codeNodeTypes, parseMdx, renderMdx } from '../helpers/mdx.ts';
import { codeSpans, shownText } from '../helpers/tex.ts';

const data = (title: string): PaperData => ({
  title,
  slug: 'a-paper',
  order: 1,
  sourceLine: 1,
  description: 'A sentence.',
  links: [],
  wordCount: 2,
  readingMinutes: 1,
  topics: ['other'],
  csl: { type: 'article', title },
  cite: { bibtex: `@misc{a-paper, title = {${title}}}`, apa: `${title}. (n.d.).` },
});

/** Generates a page for a title and abstract paragraphs. */
const page = (title: string, paragraphs: string[]) => serializeMdx(paperToMdast(data(title), paragraphs, 'Generated; do not edit.'));

/** Node types of the MDX tree a page parses into. */
function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  visit(tree, (node) => {
    types.add(node.type);
  });
  return types;
}

const hostile = [
  'export const pwned = globalThis.__pwned = true;',
  'import fs from "node:fs"',
  '{globalThis.__pwned = true}',
  '<script>globalThis.__pwned = true</script>',
  '<img src=x onerror="globalThis.__pwned=true">',
  '<EOS> <1M Q^{pi_{sft}} 12-38\\% ``N:M\'\' `code` $x$ \\(y\\)',
  '[link](javascript:alert(1)) <!-- comment --> &amp; &#x41;',
  '# heading', '> quote', '- item', '1. item', '---', '***', '| a | b |', '    indented', '~~~', '```js',
  'text with * stars * and _under_ scores and ~tilde~',
  'https://github.com/OPTML-Group/DP4TL. and https://x.example/{url}.',
];

describe('serializeMdx of a paper page', () => {
  test('starts with frontmatter holding the banner and the data', () => {
    const source = page('A Title', ['An abstract.']);
    expect(source.startsWith('---\n# Generated; do not edit.\n')).toBe(true);
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
    expect(parseYaml(yaml)).toEqual(data('A Title'));
  });

  test.each(hostile)('keeps %j as visible text, with no code or markup', async (text) => {
    const source = page(text, [text]);
    const types = nodeTypes(parseMdx(source));
    expect([...types].filter((type) => codeNodeTypes.has(type))).toEqual([]);
    const html = await renderMdx(source);
    expect(blockTexts(html)).toEqual([shownText(text)]);
    expect(html).not.toMatch(/<(?:script|img|h1|blockquote|ul|ol|hr|table|pre)\b/);
    // Code only where TeX asks for it (`$x$`, `\(y\)`), never from the text's backticks.
    expect(html.match(/<code>/g)?.length ?? 0).toBe(codeSpans(text));
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  test('links only cleaned http(s) URLs', async () => {
    const html = await renderMdx(page('T', ['Code: https://github.com/OPTML-Group/DP4TL. Not javascript:alert(1).']));
    expect(html).toContain('<a href="https://github.com/OPTML-Group/DP4TL">https://github.com/OPTML-Group/DP4TL</a>.');
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  test('writes each abstract paragraph as a paragraph', async () => {
    expect(blockTexts(await renderMdx(page('T', ['One.', 'Two.'])))).toEqual(['One.', 'Two.']);
  });

  test('writes TeX as emphasis, strong, code, and formulas as code holding their TeX', async () => {
    const html = await renderMdx(page('T', ['\\emph{a} \\textbf{b} \\texttt{c} $x^{\\{1\\}}$ \\(y\\) $$z$$ costs $5 and $10']));
    expect(html).toBe('<p><em>a</em> <strong>b</strong> <code>c</code> <code>$x^{\\{1\\}}$</code> <code>$y$</code> <code>$$z$$</code> costs $5 and $10</p>');
  });

  test('never sets two code spans side by side, which Markdown would run together', async () => {
    expect(await renderMdx(page('T', ['$a$$\\frac{1}{2}$ and \\texttt{c}$d$']))).toBe('<p><code>$a \\frac{1}{2}$</code> and <code>c</code> <code>$d$</code></p>');
  });

  test('is deterministic', () => {
    expect(page('T {x}', ['<a> b'])).toBe(page('T {x}', ['<a> b']));
  });
});

describe('any text survives generate → compile → render', () => {
  /** Text as the parser delivers it: white space folded, trimmed, not empty. */
  const blockText = (pieces: fc.Arbitrary<string>) =>
    fc
      .array(pieces, { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '');
  const syntax = fc.constantFrom(...hostile, '{', '}', '<', '>', '`', '\\', '$', '*', '_', '#', '-', '1.', '=', '!', '[', ']', '(', ')', '&', '|', ':', '"', "'", '\n', ' ', 'a', 'Z', '0', 'import ', 'export ', 'http://x.example/', '\\emph{', '\\textbf{', '\\texttt{', '{\\em ', '\\(', '\\)', '$$', '$x$', '$\\frac{1}{2}$');
  const arbitraryText = blockText(fc.oneof(syntax, fc.string({ unit: 'grapheme', maxLength: 8 })));

  test('the title comes back from the frontmatter and the abstract from the page', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryText, arbitraryText, async (title, abstract) => {
        const source = page(title, [abstract]);
        const tree = parseMdx(source);
        const yaml = tree.children[0];
        expect(yaml?.type).toBe('yaml');
        expect(parseYaml(yaml?.type === 'yaml' ? yaml.value : '').title).toBe(title);
        expect([...nodeTypes(tree)].filter((type) => codeNodeTypes.has(type))).toEqual([]);
        expect(blockTexts(await renderMdx(source))).toEqual([shownText(abstract)]);
        expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('frontmatter as Astro reads it', () => {
  test('titles shaped like dates, booleans or numbers stay strings, and a listing day stays a day', async () => {
    // Astro's own frontmatter parser (YAML 1.1), which the content collections go through.
    const { parseFrontmatter } = await import('@astrojs/internal-helpers/frontmatter');
    for (const title of ['2024-03-14', 'yes', 'On', 'null', '1e3', '0x1F', '12:30']) {
      const mdx = serializeMdx(paperToMdast({ ...data(title), listed: '2024-03-14' }, ['An abstract.'], 'banner'));
      const { frontmatter } = parseFrontmatter(mdx);
      expect(frontmatter['title'], title).toBe(title);
      expect(frontmatter['listed']).toBe('2024-03-14');
    }
  });
});
