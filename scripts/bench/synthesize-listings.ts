import { seededRandom } from '../text-model/seeded-random.ts';
import type { SourcePaper } from '../read/source-paper.ts';
import { synthesizeDocument } from './synthesize-document.ts';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Writes a year of synthetic daily listings, deterministically: `unique` papers from
 * {@link synthesizeDocument} spread over `days` consecutive days from 1 January 2024,
 * each file named after its day (`2024-01-01.txt`) under listing chrome (`Jan 1`), and
 * one paper in five of a day repeated from the week before (one repeat in twenty with
 * its abstract extended, as listings revise them). Returns file contents by file name.
 */
export function synthesizeListings(papers: readonly SourcePaper[], unique: number, days = 365, seed = 1): Map<string, string> {
  const random = seededRandom(seed);
  const blocks = synthesizeDocument(papers, unique, seed).trimEnd().split('\n\n');
  const pool = Array.from({ length: blocks.length / 2 }, (_, index) => [blocks[2 * index] as string, blocks[2 * index + 1] as string] as const);
  const files = new Map<string, string>();
  const listedOn: (readonly [string, string])[][] = [];
  for (let day = 0; day < days; day++) {
    const fresh = pool.slice(Math.floor((day * pool.length) / days), Math.floor(((day + 1) * pool.length) / days));
    const recent = listedOn.slice(-7).flat();
    const repeats = recent.length === 0 ? [] : Array.from({ length: Math.floor(fresh.length / 5) }, () => recent[Math.floor(random() * recent.length)] as readonly [string, string]);
    const entries = [...fresh, ...repeats.map(([title, abstract], index) => [title, index % 20 === 0 ? `${abstract} We also release an updated version.` : abstract] as const)];
    listedOn.push(fresh);
    const date = new Date(Date.UTC(2024, 0, 1 + day));
    const chrome = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community', `${monthNames[date.getUTCMonth()]} ${date.getUTCDate()}`];
    files.set(`${date.toISOString().slice(0, 10)}.txt`, `${[...chrome, ...entries.flat()].join('\n\n')}\n`);
  }
  return files;
}
