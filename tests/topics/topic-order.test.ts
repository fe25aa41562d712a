import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/pipeline/generate-content.ts';
import { parseDocument } from '../../scripts/read/plain/parse-document.ts';
import { nameCoverage } from '../../scripts/topics/name-coverage.ts';
import { readTaxonomy } from '../../scripts/topics/read-taxonomy.ts';
import { areaSchema } from '../../src/schemas/area.ts';
import { topicSchema, type TopicData } from '../../src/schemas/topic.ts';

// ICLR 2020 with no taxonomy of its own: automatic topics and areas.
const file = 'tests/fixtures/iclr2020-accepted-papers.txt';
const source = parseDocument(readFileSync(file, 'utf8'), file).papers;
let topics: TopicData[];
let areas: ReturnType<typeof areaSchema.parse>[];
let paperOf: Map<string, { title: string; abstract: string }>;

beforeAll(async () => {
  const taxonomy = await readTaxonomy('src/data/taxonomy.yaml');
  const generated = await generateContent(readFileSync(file, 'utf8'), { file, source: 'iclr.txt', name: 'ICLR', taxonomy, taxonomyIsDefault: true });
  topics = topicSchema.array().parse(JSON.parse(generated.files.get('topics.json') ?? ''));
  areas = areaSchema.array().parse(JSON.parse(generated.files.get('areas.json') ?? ''));
  paperOf = new Map(generated.papers.map((paper, index) => [paper.slug, source[index]!]));
}, 120_000);

/** Whether a paper writes a topic's name (or an acronym of it), as name coverage counts it. */
const writes = (slug: string, topic: TopicData): boolean => nameCoverage([paperOf.get(slug)!], [{ name: topic.name, aliases: topic.aliases, members: [0] }]).weighted === 1;

describe('a topic page lists the papers most about the topic first', () => {
  test('papers that write the topic name come before those that do not', () => {
    let pairs = 0;
    let inverted = 0;
    let firstPage = 0;
    let firstPageWriters = 0;
    for (const topic of topics.filter((t) => t.id !== 'other')) {
      const written = topic.papers.map((slug) => writes(slug, topic));
      const writers = written.filter(Boolean).length;
      // Pairs of a paper that writes the name and one that does not, in the wrong order.
      let notYet = 0;
      for (const w of written) {
        if (w) inverted += notYet;
        else notYet += 1;
      }
      pairs += writers * (written.length - writers);
      const head = Math.min(10, writers);
      firstPage += head;
      firstPageWriters += written.slice(0, head).filter(Boolean).length;
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(inverted / pairs).toBeLessThan(0.1);
    expect(firstPageWriters / firstPage).toBeGreaterThan(0.9);
  });

  test('Other keeps the order of the source, and every paper of a topic is listed once', () => {
    const order = new Map([...paperOf.keys()].map((slug, index) => [slug, index]));
    const other = topics.find((t) => t.id === 'other');
    if (other !== undefined) expect(other.papers).toEqual(other.papers.toSorted((a, b) => order.get(a)! - order.get(b)!));
    for (const topic of topics) expect(new Set(topic.papers).size, topic.id).toBe(topic.papers.length);
  });

  test('an area page lists papers that write one of its topic names first', () => {
    expect(areas.length).toBeGreaterThanOrEqual(5);
    const topicById = new Map(topics.map((t) => [t.id, t]));
    for (const area of areas) {
      const written = area.papers.map((slug) => area.topics.some((id) => writes(slug, topicById.get(id)!)));
      const head = written.slice(0, Math.min(10, written.filter(Boolean).length));
      expect(head.filter(Boolean).length / head.length, area.name).toBeGreaterThanOrEqual(0.8);
    }
  });
});
