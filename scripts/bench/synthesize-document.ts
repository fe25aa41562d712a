import { seededRandom } from '../text-model/seeded-random.ts';
import type { SourcePaper } from '../read/source-paper.ts';

/** Hostile snippets mixed into a few synthetic abstracts, as real abstracts have them. */
const hostile = ['{x}', '<EOS>', '<1M parameters', 'Q^{pi_{sft}}', '12\\%', '`code`', 'https://github.com/example/repo.', '$x$', '*stars*'];

/**
 * Writes a synthetic document of `count` papers in the source format, built
 * deterministically (seeded) from real papers: abstracts recombine real sentences,
 * titles recombine real title words and are made unique, and one paper in fifty
 * gets a hostile snippet. Same inputs, same bytes.
 */
export function synthesizeDocument(papers: readonly SourcePaper[], count: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentences = papers.flatMap((paper) => paper.abstract.split(/(?<=[.!?])\s+(?=[A-Z])/));
  const titleWords = papers.flatMap((paper) => paper.title.replace(/:.*/, '').split(/\s+/)).filter((word) => word.length > 3);
  const used = new Set<string>();
  const blocks: string[] = [];
  for (let index = 0; index < count; index++) {
    let title = '';
    do {
      const words = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(titleWords));
      title = `${words.join(' ')}${used.has(words.join(' ')) ? ` ${index}` : ''}`;
    } while (used.has(title));
    used.add(title);
    const abstract = Array.from({ length: 5 + Math.floor(random() * 6) }, () => pick(sentences));
    if (index % 50 === 7) abstract.splice(1, 0, `We report ${pick(hostile)} in our results.`);
    blocks.push(title, abstract.join(' '));
  }
  return `${blocks.join('\n\n')}\n`;
}
