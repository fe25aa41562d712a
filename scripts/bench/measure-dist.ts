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
  /**
   * The largest HTML page gzipped (level 9): every page is weighed, the map's included (it is
   * bounded: an overview and parts above ATLAS_MAP_TILE_SIZE papers), paper pages through the
   * sample, since their size does not depend on the collection's.
   */
  largestPage: { file: string; gzip: number };
  /** The largest page of the map (`/map/` or one of its parts), gzipped. */
  largestMapPage: { file: string; gzip: number };
  /** The largest HTML page other than the map's parts (`/map/` itself counts), gzipped: what the page-size bound is about. */
  largestOtherPage: { file: string; gzip: number };
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
  const gzipped = async (file: string) => gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
  const isPaper = (file: string) => /^papers\/[^/]+\/index\.html$/.test(file) && !/^papers\/\d+\//.test(file);
  const papers = files.filter(isPaper).sort();
  const step = Math.max(1, Math.floor(papers.length / sampleSize));
  const sizes: number[] = [];
  let largestPage = { file: '', gzip: 0 };
  for (let index = 0; index < papers.length; index += step) {
    const gzip = await gzipped(papers[index] as string);
    sizes.push(gzip);
    if (gzip > largestPage.gzip) largestPage = { file: papers[index] as string, gzip };
  }
  let largestMapPage = { file: '', gzip: 0 };
  let largestOtherPage = largestPage;
  for (const file of files.filter((name) => name.endsWith('.html') && !isPaper(name))) {
    const gzip = await gzipped(file);
    if (gzip > largestPage.gzip) largestPage = { file, gzip };
    if (file.startsWith('map/') && gzip > largestMapPage.gzip) largestMapPage = { file, gzip };
    // A part of the map is map/<part>/index.html; map/index.html is the overview.
    if (!/^map\/[^/]+\//.test(file) && gzip > largestOtherPage.gzip) largestOtherPage = { file, gzip };
  }
  return { bytes, files: files.length, medianPaperGzip: median(sizes), indexBytes, largestPage, largestMapPage, largestOtherPage };
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
