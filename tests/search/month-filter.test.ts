import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { papersExportSchema } from '../../src/schemas/export.ts';
import { listingsDir } from '../helpers/dist.ts';
import { openPagefind, type NodePagefind } from '../helpers/pagefind.ts';

// The listings site (tests/fixtures/listings/daily/ plus the bundled document, dated 2024):
// Pagefind must collect the `month` filter from paper pages, one value per paper.
let search: NodePagefind;
beforeAll(async () => {
  search = await openPagefind(listingsDir);
});
afterAll(async () => {
  await search.close();
});

test('every dated paper is counted under the month of its first listing', async () => {
  const exported = papersExportSchema.parse(JSON.parse(readFileSync(join(listingsDir, 'papers.json'), 'utf8')));
  const expected = new Map<string, number>();
  for (const paper of exported.papers) {
    if (paper.listed === null) continue;
    const month = paper.listed.slice(0, 7);
    expected.set(month, (expected.get(month) ?? 0) + 1);
  }
  expect(expected.size).toBeGreaterThan(0);
  const filters = await search.pagefind.filters();
  expect(new Map(Object.entries(filters['month'] ?? {}))).toEqual(expected);
});

test('filtering by month returns exactly that month\'s papers', async () => {
  const exported = papersExportSchema.parse(JSON.parse(readFileSync(join(listingsDir, 'papers.json'), 'utf8')));
  const month = exported.papers.find((paper) => paper.listed !== null)?.listed?.slice(0, 7) as string;
  const found = await search.pagefind.search(null, { filters: { month: [month] } });
  const expected = exported.papers.filter((paper) => paper.listed?.startsWith(month)).length;
  expect(found?.results.length).toBe(expected);
});
