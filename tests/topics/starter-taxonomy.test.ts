import { expect, test } from 'vitest';
import { assignTopics } from '../../scripts/lib/assign-topics.ts';
import { parseTaxonomy } from '../../scripts/lib/read-taxonomy.ts';
import { starterTaxonomy } from '../../scripts/lib/starter-taxonomy.ts';
import { suggestTopics } from '../../scripts/lib/suggest-topics.ts';
import { iclrPapers } from './bundled.ts';

const titles = iclrPapers.map((p) => p.title);
const suggestions = suggestTopics(iclrPapers.map((p) => `${p.title}\n${p.abstract}`));
const yaml = starterTaxonomy(suggestions, titles, 'iclr.txt');

test('writes a taxonomy that validates as it is', () => {
  const taxonomy = parseTaxonomy(yaml, 'draft.yaml');
  expect(taxonomy.topics).toHaveLength(suggestions.length + 1);
  expect(taxonomy.topics.at(-1)!.slug).toBe('other');
  expect(new Set(taxonomy.topics.map((t) => t.slug)).size).toBe(taxonomy.topics.length);
});

test('puts most papers of the document in a topic other than Other', () => {
  const taxonomy = parseTaxonomy(yaml, 'draft.yaml');
  const assigned = assignTopics(iclrPapers, taxonomy).filter((a) => a.topics[0] !== 'other').length;
  expect(assigned / iclrPapers.length).toBeGreaterThan(0.5);
});

test('shows example titles in comments and asks for descriptions', () => {
  expect(yaml).toContain(`# e.g. ${titles[suggestions[0]!.members[0]!]}`);
  expect(yaml).toMatch(/description: .*TODO/);
});
