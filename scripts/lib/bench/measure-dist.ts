import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of a built site. */
export interface DistMeasures {
  /** All files, in bytes. */
  bytes: number;
  files: number;
  /** Median gzipped size (level 9) of the HTML of the paper pages sampled. */
  medianPaperGzip: number;
  /** The Pagefind bundle (`pagefind/`), in bytes. */
  indexBytes: number;
  /** The largest page gzipped, other than /map/ (every other page, and the sampled paper pages). */
  largestPage: { file: string; gzip: number };
}

/** Most paper pages gzipped to find the median; evenly spread over the collection. */
const sampleSize = 400;

/** Measures a built site: total size and file count, median gzipped paper page, index size. */
export async function measureDist(dist: string): Promise<DistMeasures> {
  const files = await listFiles(dist);
  let bytes = 0;
  let indexBytes = 0;
  for (const file of files) {
    const { size } = await stat(join(dist, file));
    bytes += size;
    if (file.startsWith('pagefind/')) indexBytes += size;
  }
  const papers = files.filter((file) => /^papers\/[^/]+\/index\.html$/.test(file)).sort();
  const step = Math.max(1, Math.floor(papers.length / sampleSize));
  const sizes: number[] = [];
  for (let index = 0; index < papers.length; index += step) {
    sizes.push(gzipSync(await readFile(join(dist, papers[index] as string)), { level: 9 }).length);
  }
  let largestPage = { file: '', gzip: 0 };
  const sampled = papers.filter((_, index) => index % step === 0);
  for (const file of [...files.filter((path) => path.endsWith('.html') && !/^papers\/[^/]+\/index\.html$/.test(path) && path !== 'map/index.html'), ...sampled]) {
    const gzip = gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
    if (gzip > largestPage.gzip) largestPage = { file, gzip };
  }
  return { bytes, files: files.length, medianPaperGzip: median(sizes), indexBytes, largestPage };
}

/** The median of some numbers (0 for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Lists files under a directory, relative, with `/` separators. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'));
}
