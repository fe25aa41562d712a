import slugify from '@sindresorhus/slugify';
import { Document, isNode } from 'yaml';
import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import type { TaxonomyInput } from '../../src/schemas/taxonomy.ts';
import type { SuggestedTopic } from './suggest-topics.ts';

/**
 * Writes suggested topics as a taxonomy file a person can edit: each cluster becomes a
 * topic named after its most distinctive phrase, whose top three terms are strong
 * evidence (weight 3) and the rest supporting (weight 1), with example titles in comments.
 * The result validates against the taxonomy schema as it is.
 */
export function starterTaxonomy(topics: ReadonlyArray<SuggestedTopic>, titles: ReadonlyArray<string>, source: string): string {
  const taken = new Set<string>([otherTopicSlug]);
  const entries = topics
    .filter((topic) => topic.terms.length > 0)
    .map((topic) => {
      const head = topic.terms[0]!;
      let slug = slugify(head) || 'topic';
      for (let n = 2; taken.has(slug); n += 1) slug = `${slugify(head) || 'topic'}-${n}`;
      taken.add(slug);
      const strong = topic.terms.slice(0, 3);
      const support = topic.terms.slice(3);
      return {
        slug,
        name: head.charAt(0).toUpperCase() + head.slice(1),
        description: `TODO: one line telling a reader what belongs here (${topic.members.length} papers, e.g. "${titles[topic.members[0]!] ?? ''}").`,
        aliases: [] as string[],
        evidence: [
          { phrases: strong, weight: 3 },
          ...(support.length > 0 ? [{ phrases: support, weight: 1 }] : []),
        ],
      };
    });
  const taxonomy: TaxonomyInput = {
    assignment: { threshold: 3.5, titleWeight: 3, maxTopics: 4, relativeCutoff: 0.25 },
    topics: [
      ...entries,
      {
        slug: otherTopicSlug,
        name: 'Other',
        description: 'Papers that none of the topics above describes well.',
        aliases: [],
      },
    ],
  };
  const document = new Document(taxonomy);
  document.commentBefore = [
    ` Starter taxonomy suggested from ${source} by scripts/suggest-topics.ts.`,
    ' Each topic is a cluster of similar abstracts, named by its most distinctive terms.',
    ' Rename topics, write descriptions and aliases, merge or split clusters, prune phrases',
    ' that are not the subject, then check with: node scripts/explain-topics.ts --all --taxonomy <this file>',
  ].join('\n');
  entries.forEach((_, index) => {
    const node: unknown = document.getIn(['topics', index], true);
    const examples = topics.filter((topic) => topic.terms.length > 0)[index]!.members.slice(0, 3);
    if (isNode(node)) {
      node.commentBefore = examples.map((i) => ` e.g. ${titles[i] ?? ''}`).join('\n');
    }
  });
  return document.toString({ lineWidth: 0 });
}
