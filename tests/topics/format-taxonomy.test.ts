import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatTaxonomy } from '../../scripts/topics/format-taxonomy.ts';
import { parseTaxonomy } from '../../scripts/topics/read-taxonomy.ts';

const source = `
areas:
  - slug: rl
    name: Reinforcement learning
    description: Agents that learn from reward.
    aliases: [RL]
  - slug: vision
    name: Vision
    description: Seeing.
topics:
  - slug: offline-rl
    name: Offline reinforcement learning
    description: Learning from logged data.
    area: rl
    evidence:
      - phrases: [offline reinforcement learning]
        weight: 3
  - slug: detection
    name: Object detection
    description: Finding objects.
    area: vision
    evidence:
      - phrases: [object detection]
        weight: 3
  - slug: loose
    name: Loose
    description: In no area.
    evidence:
      - phrases: [loose]
        weight: 3
`;

describe('formatTaxonomy', () => {
  test('writes the areas and each topic its area, so the file reads back the same', () => {
    const taxonomy = parseTaxonomy(source, 'tax.yaml');
    const again = parseTaxonomy(formatTaxonomy(taxonomy, ['header']), 'written.yaml');
    expect(again.areas).toEqual(taxonomy.areas);
    expect(again.topics.map((topic) => topic.area)).toEqual(['rl', 'vision', undefined, undefined]);
  });

  test('leaves out the areas no topic names, so the file still validates', () => {
    const taxonomy = parseTaxonomy(source, 'tax.yaml');
    // As when a default taxonomy does not fit a document: its curated topics go, automatic ones stay.
    const written = formatTaxonomy({ ...taxonomy, topics: taxonomy.topics.filter((topic) => topic.area !== 'vision') }, ['header']);
    expect(parseTaxonomy(written, 'written.yaml').areas.map((area) => area.slug)).toEqual(['rl']);
    expect(formatTaxonomy({ ...taxonomy, topics: taxonomy.topics.filter((topic) => topic.area === undefined) }, [])).not.toMatch(/^areas:/m);
  });

  test('a taxonomy without areas is written as before, with no areas key', () => {
    const flat = parseTaxonomy(source.replace(/^areas:[\s\S]*?(?=^topics:)/m, '').replace(/^ {4}area: .*\n/gm, ''), 'tax.yaml');
    expect(parseYaml(formatTaxonomy(flat, []))).not.toHaveProperty('areas');
    expect(formatTaxonomy(flat, [])).not.toMatch(/area:/);
  });
});
