import { evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkFrontmatter from 'remark-frontmatter';

/** Parses MDX source into mdast the way MDX itself reads it (ESM, expressions and JSX included). */
export function parseMdx(source: string): Root {
  return fromMarkdown(source, {
    extensions: [mdxjs(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** Compiles and runs MDX with @mdx-js/mdx, renders it with React, and returns the HTML. */
export async function renderMdx(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkFrontmatter] });
  return renderToStaticMarkup(createElement(Content));
}

/** The text of each top-level element of an HTML fragment, entities decoded. */
export function blockTexts(html: string): string[] {
  return parseFragment(html).childNodes.filter((node) => 'tagName' in node).map(textOf);
}

type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Node kinds through which MDX would run code or inject markup. */
export const codeNodeTypes = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html']);

/** Concatenates the text nodes under a parse5 node. */
function textOf(node: ChildNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if ('childNodes' in node) return node.childNodes.map(textOf).join('');
  return '';
}
