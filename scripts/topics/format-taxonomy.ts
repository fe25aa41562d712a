import { Document } from 'yaml';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';

/**
 * Writes a taxonomy as a taxonomy file (YAML) that validates as it is and, passed back
 * with `--taxonomy`, gives the same topics: every setting spelled out, topics in order,
 * automatic topics with their names, descriptions, aliases and weighted evidence.
 */
export function formatTaxonomy(taxonomy: Taxonomy, header: readonly string[]): string {
  const document = new Document({
    assignment: taxonomy.assignment,
    automaticTopics: taxonomy.automaticTopics,
    ...(taxonomy.areas.length > 0 ? { areas: taxonomy.areas } : {}),
    topics: taxonomy.topics.map((topic) => ({
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      aliases: topic.aliases,
      ...(topic.evidence.length > 0 ? { evidence: topic.evidence } : {}),
      ...(topic.threshold === undefined ? {} : { threshold: topic.threshold }),
      ...(topic.maxShare === undefined ? {} : { maxShare: topic.maxShare }),
      ...(topic.area === undefined ? {} : { area: topic.area }),
    })),
    ...(taxonomy.made === undefined ? {} : { made: taxonomy.made }),
  });
  document.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0 });
}
