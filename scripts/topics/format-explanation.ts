import type { Taxonomy } from '../../src/schemas/taxonomy.ts';
import type { TopicAssignment } from './assign-topics.ts';

/**
 * Explains, in plain text, which evidence put a paper in which topics: every topic with
 * any evidence, its score against the threshold, and each matched phrase with its weight,
 * title and abstract mentions and the arithmetic of its score. Topics in `automatic` were
 * made from the document itself; their evidence is the phrases the paper shares with them.
 */
export function formatExplanation(
  paper: { title: string; line?: number },
  assignment: TopicAssignment,
  taxonomy: Taxonomy,
  automatic: ReadonlySet<string> = new Set(),
): string {
  const { titleWeight, relativeCutoff, maxTopics } = taxonomy.assignment;
  const names = new Map(taxonomy.topics.map((topic) => [topic.slug, topic.name]));
  const main = assignment.evidence.find((topic) => topic.slug === assignment.topics[0]);
  const lines = [
    `${paper.title}${paper.line === undefined ? '' : `  (line ${paper.line})`}`,
    `  topics: ${assignment.topics.join(', ')}`,
  ];
  if (assignment.evidence.length === 0) {
    lines.push('  no phrase of the taxonomy occurs in the title or abstract, so the paper is in "other"');
    return lines.join('\n');
  }
  for (const topic of assignment.evidence) {
    const mark = assignment.topics.includes(topic.slug) ? '+' : '-';
    const role =
      topic.verdict === 'nearest'
        ? 'main topic as the nearest one: no topic reached its threshold and the taxonomy sends such papers to their best-scoring topic'
        : topic.verdict === 'moved'
          ? 'main topic as the next one with room: its better topics hold their share of the papers already'
        : topic.verdict === 'topic full'
          ? `topic full: it holds its ${Math.round(100 * (taxonomy.topics.find((t) => t.slug === topic.slug)?.maxShare ?? 0))}% of the papers, those with stronger evidence`
        : topic.slug === assignment.topics[0]
          ? 'main topic'
          : topic.verdict;
    const needs =
      topic.verdict === 'below relative cutoff' && main
        ? `needs ${round(relativeCutoff * main.score)} = ${relativeCutoff} × main ${main.score}`
        : topic.verdict === 'over max topics'
          ? `only ${maxTopics} topics per paper`
          : topic.verdict === 'name not written'
            ? `a second topic needs its name, "${taxonomy.topics.find((t) => t.slug === topic.slug)?.evidence[0]?.phrases[0] ?? topic.slug}"`
          : `needs ${topic.threshold}`;
    const kind = automatic.has(topic.slug) ? ', automatic topic' : '';
    lines.push(`  ${mark} ${topic.slug} (${names.get(topic.slug) ?? topic.slug}${kind}): ${topic.score}, ${role} (${needs})`);
    for (const match of topic.matches) {
      const parts: string[] = [];
      if (match.titleCount > 0) parts.push(`title ×${titleWeight}`);
      if (match.abstractCount > 0) {
        parts.push(match.abstractCount === 1 ? 'abstract 1' : `abstract (1 + ln ${match.abstractCount})`);
      }
      const phrases = match.matched.map((phrase) => `"${phrase}"`).join(', ');
      lines.push(`      ${phrases}: weight ${match.weight} × (${parts.join(' + ')}) = ${match.score}`);
    }
  }
  return lines.join('\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
