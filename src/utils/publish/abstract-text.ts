import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * The plain text of a generated paper page's abstract, as the page shows it.
 *
 * The page body is MDX in which the abstract's text is escaped (`\{`, `\<`, `\*`),
 * so it is parsed with the same micromark/mdast extensions MDX uses and read back
 * as text, one block per paragraph, paragraphs separated by a blank line. A
 * frontmatter block, if the whole file is given, is skipped.
 */
export function abstractText(mdx: string): string {
  const tree = fromMarkdown(mdx, {
    extensions: [mdxjs(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  return tree.children
    .filter((node) => node.type !== 'yaml')
    .map((node) => toString(node))
    .join('\n\n');
}
