/**
 * The generated content the built site must reflect (src/content/, written by the same
 * `npm run build` as tests/.out), read without Astro. Not a test file itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { atlasSchema } from '../../src/schemas/atlas.ts';
import { paperSchema, type PaperData } from '../../src/schemas/paper.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

const contentDir = fileURLToPath(new URL('../../src/content/', import.meta.url));

/** Every paper's frontmatter, in document order. */
export function readPapers(): PaperData[] {
  return readdirSync(`${contentDir}papers`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(`${contentDir}papers/${file}`, 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
      if (frontmatter === undefined) throw new Error(`src/content/papers/${file}: no frontmatter`);
      return paperSchema.parse(parseYaml(frontmatter));
    })
    .sort((a, b) => a.order - b.order);
}

/** The topic taxonomy, in taxonomy order. */
export function readTopics() {
  const json: unknown = JSON.parse(readFileSync(`${contentDir}topics.json`, 'utf8'));
  // The file loader accepts an array of entries or an object keyed by id.
  const raw = Array.isArray(json)
    ? json
    : Object.entries(json as Record<string, object>).map(([id, topic]) => ({ id, ...topic }));
  return topicSchema.array().parse(raw).sort((a, b) => a.order - b.order);
}

/** Collection-wide data (counts, related papers). */
export function readAtlas() {
  return atlasSchema.parse(JSON.parse(readFileSync(`${contentDir}atlas.json`, 'utf8')));
}
