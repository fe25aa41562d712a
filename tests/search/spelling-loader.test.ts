import { describe, expect, test } from 'vitest';
import { spellingLoader } from '../../src/utils/search/spelling-loader.ts';

const files: Record<string, unknown> = {
  '/atlas/search-vocabulary/index.json': { '6b': [[2, 4], [6, 9]], '74': [[8, 8]] },
  '/atlas/search-vocabulary/6b-2.json': { kd: 3 },
  '/atlas/search-vocabulary/6b-6.json': { knowledge: 30, kernel: 5 },
  '/atlas/search-vocabulary/74-8.json': { transfer: 90 },
};

describe('spellingLoader', () => {
  test('fetches the index, then only the shards the words need, each once', async () => {
    const fetched: string[] = [];
    const load = spellingLoader('/atlas/', async (url) => {
      fetched.push(url);
      return files[url];
    });
    expect([...(await load(['knowlege']))]).toEqual([['knowledge', 30], ['kernel', 5]]);
    expect(fetched).toEqual(['/atlas/search-vocabulary/index.json', '/atlas/search-vocabulary/6b-6.json']);
    expect([...(await load(['knowlege', 'transfr'])).keys()]).toEqual(['knowledge', 'kernel', 'transfer']);
    expect(fetched).toHaveLength(3);
  });

  test('gives no words when the vocabulary cannot be fetched', async () => {
    const load = spellingLoader('/', async () => {
      throw new Error('offline');
    });
    expect((await load(['knowlege'])).size).toBe(0);
  });
});
