import { describe, expect, test } from 'vitest';
import { assignTopics } from '../../scripts/topics/assign-topics.ts';
import { automaticTopics, topicCount } from '../../scripts/topics/automatic-topics.ts';
import { collectionPhrases } from '../../scripts/topics/collection-phrases.ts';
import { formatExplanation } from '../../scripts/topics/format-explanation.ts';
import { formatTaxonomy } from '../../scripts/topics/format-taxonomy.ts';
import { planTopics } from '../../scripts/topics/plan-topics.ts';
import { parseTaxonomy } from '../../scripts/topics/read-taxonomy.ts';
import { tokenize } from '../../scripts/text-model/tokenize.ts';
import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import { bundledAssignments, bundledPapers, bundledTaxonomy, iclrPapers } from '../helpers/bundled.ts';

// ICLR 2020 with no --taxonomy: the bundled taxonomy does not fit it, so every topic is automatic.
const plan = planTopics(iclrPapers, bundledTaxonomy, { isDefault: true });
const n = iclrPapers.length;
const shares = new Map<string, number>();
for (const { topics } of plan.assignments) for (const slug of topics) shares.set(slug, (shares.get(slug) ?? 0) + 1 / n);
const automatic = plan.taxonomy.topics.filter((topic) => plan.automatic.includes(topic.slug));

describe('automatic topics of the ICLR 2020 document', () => {
  test('replace the bundled taxonomy, which does not fit it', () => {
    // Every topic but Other is automatic (a slug may happen to equal a bundled one; the topic is not it).
    expect(plan.taxonomy.topics.map((topic) => topic.slug)).toEqual([...plan.automatic, otherTopicSlug]);
    for (const topic of automatic) expect(bundledTaxonomy.topics).not.toContain(topic);
    expect(plan.rule).toMatch(/does not fit/);
  });

  test('leave at most 5% of the papers in Other', () => {
    expect(shares.get(otherTopicSlug) ?? 0).toBeLessThanOrEqual(0.05);
  });

  test('grow with the collection, none above 15% of the papers, 1 to 4 per paper', () => {
    expect(automatic.length).toBeGreaterThanOrEqual(Math.min(20, topicCount(n)));
    for (const [slug, share] of shares) if (slug !== otherTopicSlug) expect(share, slug).toBeLessThanOrEqual(0.15);
    for (const { topics } of plan.assignments) expect(topics.length).toBeGreaterThanOrEqual(1), expect(topics.length).toBeLessThanOrEqual(4);
    expect([topicCount(69), topicCount(3000), topicCount(10_000)]).toEqual([12, expect.any(Number), expect.any(Number)]);
    expect(topicCount(3000)).toBeGreaterThanOrEqual(20);
    expect(topicCount(3000)).toBeLessThanOrEqual(40);
    expect(topicCount(10_000)).toBeLessThanOrEqual(60);
  });

  test('are named as people name fields: no placeholder, no bare frequent word', () => {
    const { keys, documentFrequency } = collectionPhrases(iclrPapers);
    const df = new Map(keys.map((key, id) => [key, documentFrequency[id]!]));
    for (const topic of automatic) {
      expect(`${topic.name} ${topic.description}`).not.toMatch(/TODO/i);
      expect(topic.name.charAt(0)).toBe(topic.name.charAt(0).toUpperCase());
      expect(topic.description.length).toBeGreaterThan(topic.name.length + 10);
      // A single word used by more than 5% of the papers says nothing about a field.
      if (!/[\s-]/.test(topic.name)) expect(df.get(topic.name.toLowerCase()) ?? 0, topic.name).toBeLessThanOrEqual(0.05 * n);
    }
  });

  test('write acronyms out and keep them as aliases', () => {
    // The collection defines `graph neural networks (GNNs)`, `deep reinforcement learning (DRL)`, …:
    // a topic named by a phrase with an acronym carries the acronym.
    const byName = new Map(automatic.map((topic) => [topic.name, topic]));
    expect(byName.get('Graph neural networks')?.aliases).toContain('GNN');
    const { acronyms } = collectionPhrases(iclrPapers);
    const named = automatic.filter((topic) => acronyms.has(tokenize(topic.name, { joinHyphens: true }).map((t) => t.term).join('')));
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const topic of named) {
      const key = tokenize(topic.name, { joinHyphens: true }).map((t) => t.term).join('');
      expect(topic.aliases, topic.name).toEqual(expect.arrayContaining(acronyms.get(key)!.map((a) => a.acronym)));
    }
    for (const topic of automatic) for (const alias of topic.aliases) expect(topic.name).not.toBe(alias);
  });

  test('are the same on every run, ids included', () => {
    const again = planTopics(iclrPapers, bundledTaxonomy, { isDefault: true });
    expect(again.taxonomy).toEqual(plan.taxonomy);
    expect(again.assignments.map((a) => a.topics)).toEqual(plan.assignments.map((a) => a.topics));
  });

  test('are the same whatever the order of the papers', () => {
    // Every paper moved: reversed, then each half swapped.
    const reversed = [...iclrPapers].reverse();
    const shuffled = [...reversed.slice(300), ...reversed.slice(0, 300)];
    const other = planTopics(shuffled, bundledTaxonomy, { isDefault: true });
    expect(other.taxonomy).toEqual(plan.taxonomy);
    const topicsByTitle = new Map(iclrPapers.map((paper, i) => [paper.title, plan.assignments[i]!.topics]));
    shuffled.forEach((paper, i) => expect(other.assignments[i]!.topics, paper.title).toEqual(topicsByTitle.get(paper.title)));
  });

  test('made afresh, mostly keep their ids when ten papers come or go (ids are names, not positions)', () => {
    // Ten papers of another field, or ten fewer, shift a few clusters; most keep their names and
    // ids (a build keeps them all: tests/pipeline/keep-topics.test.ts).
    const changes = [
      [...iclrPapers, ...bundledPapers.slice(0, 10)],
      [...iclrPapers, ...bundledPapers.slice(10, 20)],
      [...iclrPapers, ...bundledPapers.slice(40, 50)],
      iclrPapers.slice(0, -10),
    ];
    const shares = changes.map((papers) => {
      const more = planTopics(papers, bundledTaxonomy, { isDefault: true });
      const ids = new Set(more.automatic);
      const kept = plan.automatic.filter((slug) => ids.has(slug));
      // Topics are ordered by name, so a kept topic keeps its neighbours: no renumbering.
      expect(more.taxonomy.topics.map((t) => t.slug).filter((slug) => kept.includes(slug))).toEqual(kept);
      return kept.length / plan.automatic.length;
    });
    for (const share of shares) expect(share).toBeGreaterThan(0.5);
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeGreaterThanOrEqual(2 / 3);
  }, 60_000);

  test('written out as a taxonomy file and read back, give the same topics', () => {
    const yaml = formatTaxonomy(plan.taxonomy, ['test']);
    expect(yaml).not.toMatch(/TODO/);
    const reread = parseTaxonomy(yaml, 'written.yaml');
    expect(reread).toEqual(plan.taxonomy);
    const rebuilt = planTopics(iclrPapers, reread, { isDefault: false });
    expect(rebuilt.automatic).toEqual([]);
    expect(rebuilt.assignments.map((a) => a.topics)).toEqual(plan.assignments.map((a) => a.topics));
  });

  test('are explained like curated ones: the phrases a paper shares with them', () => {
    const i = iclrPapers.findIndex((paper) => /graph neural network/i.test(paper.title));
    const text = formatExplanation(iclrPapers[i]!, plan.assignments[i]!, plan.taxonomy, new Set(plan.automatic));
    expect(text).toMatch(/graph-neural-networks \(Graph neural networks, automatic topic\): [\d.]+, main topic/);
    expect(text).toMatch(/"graph neural networks"(, "GNN")?: weight [\d.]+ × \(title ×3/);
  });

  test('take in a paper no topic claims by its best score, and explain says so', () => {
    // Papers mentioning only one weak phrase of a topic, in the title and once in the abstract: they reach no threshold.
    const notes = automatic.flatMap((t) => t.evidence.filter((e) => e.weight < 3)).map((e) => ({ title: `A note on ${e.phrases[0]!}`, abstract: `This note is about ${e.phrases[0]!}.` }));
    const assignments = assignTopics(notes, plan.taxonomy);
    const i = assignments.findIndex((a) => a.evidence[0]?.verdict === 'nearest');
    const [paper, assignment] = [notes[i]!, assignments[i]];
    expect(assignment!.topics).toEqual([assignment!.evidence[0]!.slug]);
    expect(assignment!.evidence[0]!.verdict).toBe('nearest');
    expect(formatExplanation(paper, assignment!, plan.taxonomy)).toMatch(/nearest one: no topic reached its threshold/);
    expect(assignTopics([{ title: 'Zzz', abstract: 'Qqq xxyy.' }], plan.taxonomy)[0]!.topics).toEqual([otherTopicSlug]);
    // One abstract mention of a supporting phrase is less than one title mention: too little to place a paper.
    const heaviest = new Map<string, number>();
    for (const e of automatic.flatMap((t) => t.evidence)) for (const phrase of e.phrases) heaviest.set(phrase, Math.max(heaviest.get(phrase) ?? 0, e.weight));
    const [weakest] = [...heaviest].find(([, weight]) => weight < plan.taxonomy.assignment.nearestMinimum)!;
    expect(assignTopics([{ title: 'A note', abstract: `This note is about ${weakest}.` }], plan.taxonomy)[0]!.topics).toEqual([otherTopicSlug]);
  });
});

describe('curated topics', () => {
  test('win on the bundled document: its taxonomy alone, the same topics as before', () => {
    const bundled = planTopics(bundledPapers, bundledTaxonomy, { isDefault: true });
    expect(bundled.automatic).toEqual([]);
    expect(bundled.taxonomy).toBe(bundledTaxonomy);
    expect(bundled.assignments).toEqual(bundledAssignments);
  });

  test('a partial taxonomy keeps its topics first and automatic topics cover the rest', () => {
    const partial = parseTaxonomy(
      [
        'topics:',
        '  - slug: graphs',
        '    name: Learning on graphs',
        '    description: Graph neural networks and what they learn.',
        '    evidence:',
        '      - phrases: [graph neural networks, GNN, graph]',
        '        weight: 4',
      ].join('\n'),
      'partial.yaml',
    );
    const mixed = planTopics(iclrPapers, partial, { isDefault: false });
    expect(mixed.taxonomy.topics[0]!.slug).toBe('graphs');
    expect(mixed.taxonomy.topics.at(-1)!.slug).toBe(otherTopicSlug);
    expect(mixed.automatic.length).toBeGreaterThanOrEqual(12);
    expect(mixed.automatic).not.toContain('graphs');
    // The curated topic keeps its papers where its evidence is as strong as any automatic topic's.
    const alone = assignTopics(iclrPapers, partial).filter((a) => a.topics.includes('graphs')).length;
    const together = mixed.assignments.filter((a) => a.topics.includes('graphs')).length;
    expect(together).toBeGreaterThanOrEqual(0.6 * alone);
    expect(mixed.assignments.filter((a) => a.topics[0] === otherTopicSlug).length).toBeLessThanOrEqual(0.05 * n);
  });

  test('a tiny document gets no automatic topics it cannot support', () => {
    expect(automaticTopics(iclrPapers.slice(0, 5)).topics).toEqual([]);
  });
});
