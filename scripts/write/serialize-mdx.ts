import type { Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { Document } from 'yaml';

/**
 * Lines MDX reads as ES module code: `import` or `export` at the start of a block.
 * mdast-util-mdx does not escape them in text, so we tell the serializer they are
 * unsafe there; it then writes the first letter as a character reference.
 */
const esmUnsafe: Options = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

const options: Options = {
  extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml']), esmUnsafe],
  // MDX has no autolinks (`<https://…>` would be JSX): always write `[text](url)`.
  resourceLink: true,
};

/** Serializes an mdast tree to MDX; all escaping is done by mdast-util-to-markdown. */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, options);
}

/**
 * Builds an mdast `yaml` frontmatter node from data, with a comment on top.
 *
 * The YAML is written by the `yaml` library, so quoting is its job, not ours. It writes YAML
 * 1.1, the version Astro's frontmatter parser reads: strings such as `2024-03-14`, `yes` or
 * `on` are quoted, so a title or date shaped like them stays a string instead of turning into
 * a Date or a boolean on the way in.
 */
export function frontmatterNode(data: Record<string, unknown>, comment: string): RootContent {
  const document = new Document(data, { version: '1.1' });
  document.commentBefore = ` ${comment}`;
  return { type: 'yaml', value: document.toString({ lineWidth: 0 }).trimEnd() };
}
