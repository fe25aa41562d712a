// write stage: takes a paper's data, gives its MDX page (an mdast tree, serialized) and syncs files into a folder.
import type { Root } from 'mdast';
import type { PaperData } from '../../src/schemas/paper.ts';
import { abstractToMdast } from './abstract-to-mdast.ts';
import { frontmatterNode } from './serialize-mdx.ts';

/** Builds the mdast tree of a paper page: frontmatter with a do-not-edit banner, then the abstract. */
export function paperToMdast(data: PaperData, paragraphs: readonly string[], banner: string): Root {
  return { type: 'root', children: [frontmatterNode(data, banner), ...abstractToMdast(paragraphs)] };
}
