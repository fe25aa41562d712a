import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runGenerate } from '../../scripts/pipeline/run-generate.ts';
import { bundledPapers, iclrPapers } from '../helpers/bundled.ts';

/** A document in the input format from parsed papers. */
const documentOf = (papers: ReadonlyArray<{ title: string; abstract: string }>): string =>
  papers.map((paper) => `${paper.title}\n\n${paper.abstract.replace(/\s*\n\s*/g, ' ')}\n`).join('\n');

/** A scratch folder holding the given documents. */
async function scratch(documents: Record<string, string>): Promise<{ dir: string; contentDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-keep-'));
  for (const [name, text] of Object.entries(documents)) await writeFile(join(dir, name), text);
  return { dir, contentDir: join(dir, 'content') };
}

/** Each paper's topics, by slug. */
const topicsBySlug = (result: Awaited<ReturnType<typeof runGenerate>>): Map<string, string[]> => new Map(result.papers.map((paper) => [paper.slug, paper.topics]));

describe('automatic topics from one build to the next', () => {
  // ICLR 2020 with no --taxonomy: every topic is automatic.
  const base = documentOf(iclrPapers);
  const grown = documentOf([...iclrPapers, ...bundledPapers.slice(0, 10)]);

  test('adding ten papers renames nothing and moves no other paper', async () => {
    const { dir, contentDir } = await scratch({ 'base.txt': base, 'grown.txt': grown });
    const first = await runGenerate({ source: join(dir, 'base.txt'), contentDir });
    expect(first.topicPlan.automatic).toBeGreaterThanOrEqual(20);
    const second = await runGenerate({ source: join(dir, 'grown.txt'), contentDir });
    expect(second.topicPlan.rule).toMatch(/^kept the \d+ automatic topics made from 687 papers \(10 papers added and 0 removed/);
    expect(second.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining(first.topics.map((topic) => topic.id)));
    const before = topicsBySlug(first);
    for (const [slug, topics] of topicsBySlug(second)) if (before.has(slug)) expect(topics, slug).toEqual(before.get(slug));
    // The new papers are placed by the topics' evidence, not left out.
    expect(second.papers.length).toBe(697);
  });

  test('a taxonomy with areas and automatic topics built again keeps its areas', async () => {
    const { dir, contentDir } = await scratch({ 'base.txt': base });
    const taxonomy = 'tests/fixtures/taxonomies/transfer-learning-areas.yaml';
    const first = await runGenerate({ source: join(dir, 'base.txt'), taxonomy, contentDir });
    expect(first.topicPlan.automatic).toBeGreaterThan(0);
    expect(first.areas.length).toBeGreaterThan(0);
    const second = await runGenerate({ source: join(dir, 'base.txt'), taxonomy, contentDir });
    expect(second.topicPlan.rule).toMatch(/^kept .*\(the same papers\)/);
    expect(second.files.get('areas.json')).toBe(first.files.get('areas.json'));
    expect(second.files.get('taxonomy.yaml')).toBe(first.files.get('taxonomy.yaml'));
  });

  test('the same document built again gives the same bytes', async () => {
    const { dir, contentDir } = await scratch({ 'base.txt': base });
    const first = await runGenerate({ source: join(dir, 'base.txt'), contentDir });
    const second = await runGenerate({ source: join(dir, 'base.txt'), contentDir });
    expect(second.topicPlan.rule).toMatch(/^kept .*\(the same papers\)/);
    expect(second.sync.written).toBe(0);
    expect(second.files).toEqual(first.files);
  });

  test('are made afresh when asked, when the taxonomy file changed, or once a tenth of the papers changed', async () => {
    const { dir, contentDir } = await scratch({ 'base.txt': base, 'part.txt': documentOf(iclrPapers.slice(0, 600)) });
    await runGenerate({ source: join(dir, 'part.txt'), contentDir });
    // 87 papers more than the 600 the topics were made from.
    expect((await runGenerate({ source: join(dir, 'base.txt'), contentDir })).topicPlan.rule).toMatch(/^automatic topics/);
    expect((await runGenerate({ source: join(dir, 'base.txt'), contentDir, freshTopics: true })).topicPlan.rule).toMatch(/^automatic topics/);
    // A taxonomy file of one's own, then the same file changed.
    const taxonomy = join(dir, 'taxonomy.yaml');
    await cp('src/data/taxonomy.yaml', taxonomy);
    await runGenerate({ source: join(dir, 'base.txt'), taxonomy, contentDir });
    expect((await runGenerate({ source: join(dir, 'base.txt'), taxonomy, contentDir })).topicPlan.rule).toMatch(/^kept/);
    await appendFile(taxonomy, '\n# edited\n');
    expect((await runGenerate({ source: join(dir, 'base.txt'), taxonomy, contentDir })).topicPlan.rule).not.toMatch(/^kept/);
    // The written taxonomy says what made its automatic topics.
    expect(await readFile(join(contentDir, 'taxonomy.yaml'), 'utf8')).toMatch(/\nmade:\n {2}from: .*taxonomy\.yaml\n {2}sha256: [0-9a-f]{64}\n {2}papers: 687\n/);
  });
});
