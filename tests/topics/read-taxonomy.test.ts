import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTaxonomy, readTaxonomy, TaxonomyError } from '../../scripts/topics/read-taxonomy.ts';

const valid = `
topics:
  - slug: prompt-tuning
    name: Prompt tuning
    description: Learned prompts.
    aliases: [soft prompts]
    evidence:
      - phrases: [prompt tuning]
        weight: 3
`;

/** The problems parseTaxonomy reports for a text, or [] when it is valid. */
function problems(text: string): string[] {
  try {
    parseTaxonomy(text, 'tax.yaml');
    return [];
  } catch (error) {
    if (error instanceof TaxonomyError) return error.problems;
    throw error;
  }
}

describe('parseTaxonomy', () => {
  test('fills in the assignment defaults', () => {
    expect(parseTaxonomy(valid, 'tax.yaml').assignment).toEqual({ threshold: 3.5, titleWeight: 3, maxTopics: 4, relativeCutoff: 0.25, unclaimed: 'other', nearestMinimum: 0, secondaryNeedsName: false });
  });

  test('appends an Other topic when the file has none', () => {
    const slugs = parseTaxonomy(valid, 'tax.yaml').topics.map((t) => t.slug);
    expect(slugs).toEqual(['prompt-tuning', 'other']);
  });

  test('keeps an Other topic the file defines, where it defines it', () => {
    const text = `topics:\n  - slug: other\n    name: Misc\n    description: The rest.\n${valid.replace('topics:\n', '')}`;
    const taxonomy = parseTaxonomy(text, 'tax.yaml');
    expect(taxonomy.topics.map((t) => [t.slug, t.name])).toEqual([['other', 'Misc'], ['prompt-tuning', 'Prompt tuning']]);
  });

  test('accepts JSON too', () => {
    const json = JSON.stringify({ topics: [{ slug: 'a', name: 'A', description: 'A.', evidence: [{ phrases: ['a'], weight: 1 }] }] });
    expect(parseTaxonomy(json, 'tax.json').topics[0]!.slug).toBe('a');
  });

  test('names the file and line of a wrong value, and how to fix it', () => {
    const text = valid.replace('weight: 3', 'weight: heavy');
    expect(problems(text)).toEqual([
      'tax.yaml:9: topics[0].evidence[0].weight: invalid input: expected number, received string; write a number here',
    ]);
  });

  test('points a missing key at its parent', () => {
    const text = valid.replace('    description: Learned prompts.\n', '');
    expect(problems(text)).toEqual(['tax.yaml:3: topics[0].description: missing "description"; add it (expected string)']);
  });

  test('reports every problem at once', () => {
    const text = valid.replace('slug: prompt-tuning', 'slug: Prompt Tuning').replace('weight: 3', 'weight: -1').replace('aliases:', 'alias:');
    const found = problems(text);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^tax\.yaml:3: topics\[0\]\.slug: must be lowercase words joined by hyphens/);
    expect(found.some((p) => p.startsWith('tax.yaml:6: topics[0]: unknown key "alias"; remove it or check its spelling'))).toBe(true);
    expect(found.some((p) => p.startsWith('tax.yaml:9: topics[0].evidence[0].weight: too small'))).toBe(true);
  });

  test('rejects duplicate slugs, evidence on other, and topics without evidence', () => {
    const text = `topics:
  - { slug: a, name: A, description: A., evidence: [{ phrases: [x], weight: 1 }] }
  - { slug: a, name: A2, description: A., evidence: [{ phrases: [y], weight: 1 }] }
  - { slug: b, name: B, description: B. }
  - { slug: other, name: Other, description: Rest., evidence: [{ phrases: [z], weight: 1 }] }
`;
    expect(problems(text)).toEqual([
      'tax.yaml:3: topics[1].slug: duplicate slug "a" (also topic 1); give each topic its own slug',
      'tax.yaml:4: topics[2].evidence: topic "b" has no evidence, so no paper can join it; add phrases with weights',
      'tax.yaml:5: topics[3].evidence: the "other" topic collects papers no other topic claims, so it takes no evidence; remove its evidence',
    ]);
  });

  test('reports YAML syntax errors with their line', () => {
    const found = problems('topics:\n  - slug: a\n    name: [unclosed\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^tax\.yaml:\d+: .*; fix the YAML syntax/);
  });

  test('says what is expected of an empty file', () => {
    expect(problems('')).toEqual(['tax.yaml:1: topics: missing "topics"; add it (expected array)']);
  });
});

describe('readTaxonomy', () => {
  test('reads and validates a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'taxonomy-'));
    const file = join(dir, 'taxonomy.yaml');
    await writeFile(file, valid);
    expect((await readTaxonomy(file)).topics).toHaveLength(2);
  });

  test('names a file it cannot read', async () => {
    await expect(readTaxonomy('/nonexistent/taxonomy.yaml')).rejects.toThrow(/\/nonexistent\/taxonomy\.yaml: cannot read the taxonomy file/);
  });
});

describe('parseTaxonomy with areas', () => {
  const area = (slug: string) => `  - slug: ${slug}\n    name: ${slug}\n    description: About ${slug}.\n`;
  const topic = (slug: string, areaSlug?: string) =>
    `  - slug: ${slug}\n    name: ${slug}\n    description: About ${slug}.\n${areaSlug === undefined ? '' : `    area: ${areaSlug}\n`}    evidence:\n      - phrases: [${slug}]\n        weight: 3\n`;
  const taxonomy = (areas: string[], topics: string[]) => `${areas.length > 0 ? `areas:\n${areas.join('')}` : ''}topics:\n${topics.join('')}`;

  test('keeps areas in order, with aliases defaulting to none, and each topic its area', () => {
    const parsed = parseTaxonomy(taxonomy([area('rl'), area('vision')], [topic('offline-rl', 'rl'), topic('detection', 'vision'), topic('loose')]), 'tax.yaml');
    expect(parsed.areas).toEqual([
      { slug: 'rl', name: 'rl', description: 'About rl.', aliases: [] },
      { slug: 'vision', name: 'vision', description: 'About vision.', aliases: [] },
    ]);
    expect(parsed.topics.map((t) => [t.slug, t.area])).toEqual([['offline-rl', 'rl'], ['detection', 'vision'], ['loose', undefined], ['other', undefined]]);
  });

  test('a taxonomy without areas has none', () => {
    expect(parseTaxonomy(valid, 'tax.yaml').areas).toEqual([]);
  });

  test('names a topic whose area is not declared, and how to fix it', () => {
    expect(problems(taxonomy([area('rl')], [topic('offline-rl', 'rl'), topic('detection', 'vision')]))).toEqual([
      "tax.yaml:16: topics[1].area: topic \"detection\" names area \"vision\", which is not in `areas`; add it or remove the topic's area",
    ]);
  });

  test('reports a duplicate area slug and an area without topics together', () => {
    const found = problems(taxonomy([area('rl'), area('rl'), area('empty')], [topic('offline-rl', 'rl')]));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^tax\.yaml:5: areas\[1\]\.slug: duplicate area slug "rl" \(also area 1\)/);
    expect(found[1]).toMatch(/^tax\.yaml:8: areas\[2\]: area "empty" has no topics; give some topics `area: empty` or remove the area$/);
  });

  test('the Other topic takes no area', () => {
    const text = taxonomy([area('rl')], [topic('offline-rl', 'rl'), '  - slug: other\n    name: Other\n    description: The rest.\n    area: rl\n']);
    expect(problems(text)).toEqual([expect.stringMatching(/topics\[1\]\.area: the "other" topic collects papers no other topic claims, so it belongs to no area; remove its area$/)]);
  });

  test('an area slug must be a slug', () => {
    expect(problems(taxonomy([area('Reinforcement Learning')], [topic('offline-rl', 'Reinforcement Learning')])).join('\n')).toMatch(/areas\[0\]\.slug: must be lowercase words joined by hyphens/);
  });
});
