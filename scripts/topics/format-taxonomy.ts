import { Document } from 'yaml';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';

/**
 * Writes a taxonomy as a taxonomy file (YAML) that validates as it is and, passed back
 * with `--taxonomy`, gives the same topics and areas: every setting spelled out, areas and topics in order,
 * automatic topics with their names, descriptions, aliases and weighted evidence.
 */
export function formatTaxonomy(taxonomy: Taxonomy, header: readonly string[]): string {
  // An area none of the topics names (its curated topics did not fit the document) would not validate.
  const named = new Set(taxonomy.topics.map((topic) => topic.area));
  const areas = taxonomy.areas.filter((area) => named.has(area.slug));
  const document = new Document({
    assignment: taxonomy.assignment,
    automaticTopics: taxonomy.automaticTopics,
    ...(areas.length === 0 ? {} : { areas }),
    topics: taxonomy.topics.map((topic) => ({
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      aliases: topic.aliases,
      ...(topic.area === undefined ? {} : { area: topic.area }),
      ...(topic.evidence.length > 0 ? { evidence: topic.evidence } : {}),
      ...(topic.threshold === undefined ? {} : { threshold: topic.threshold }),
      ...(topic.maxShare === undefined ? {} : { maxShare: topic.maxShare }),
    })),
    ...(taxonomy.made === undefined ? {} : { made: taxonomy.made }),
  });
  document.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0 });
}
