import { basename, extname } from 'node:path';

/** Names a collection after its source file: `transfer-learning-papers.txt` → `Transfer learning papers`. */
export function collectionName(file: string): string {
  const words = basename(file, extname(file)).replace(/[-_.]+/g, ' ').trim();
  return words === '' ? 'Papers' : words.charAt(0).toUpperCase() + words.slice(1);
}
