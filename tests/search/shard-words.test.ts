import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { readIndexKeys, wordRoutes, writeWordTable } from '../../src/integrations/shard-words.ts';
import { titleFileOf } from '../../src/utils/search/search-shards.ts';
import { decodeShards } from '../../src/utils/search/word-routes.ts';

const scratch = mkdtempSync(join(tmpdir(), 'shard-words-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readIndexKeys', () => {
  test('reads the words of every page from a Pagefind index\'s fragments', async () => {
    const index = join(scratch, 'index');
    mkdirSync(join(index, 'fragment'), { recursive: true });
    const fragment = (content: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/papers/x/', content, meta: { title: 'Unindexed' } })}`));
    writeFileSync(join(index, 'fragment', 'en_1.pf_fragment'), fragment('Hyperbolic graph networks. Few-shot Möbius'));
    writeFileSync(join(index, 'fragment', 'en_2.pf_fragment'), fragment('Graph   WebView'));
    expect(await readIndexKeys(index)).toEqual(['few', 'fewshot', 'graph', 'hyperbolic', 'mobius', 'networks', 'shot', 'view', 'web', 'webview']);
  });
});

describe('wordRoutes', () => {
  test('gives each word the shards holding a word its stem begins, as Pagefind matches it', () => {
    const routes = wordRoutes([['hyperbola', 'graph'], ['graph', 'hyperbolic'], ['graph', 'vision']]);
    // Porter2 stems `hyperbolic` to `hyperbol`, which `hyperbola` also begins; `hyperbola` stays whole.
    expect(decodeShards(routes.get('hyperbolic') ?? '')).toEqual([0, 1]);
    expect(decodeShards(routes.get('hyperbola') ?? '')).toEqual([0]);
    expect(decodeShards(routes.get('vision') ?? '')).toEqual([2]);
  });

  test('leaves out words every shard holds, which route nothing', () => {
    const routes = wordRoutes([['graph', 'old'], ['graphs', 'new']]);
    expect(routes.has('graph')).toBe(false);
    expect(routes.has('graphs')).toBe(false);
    expect([...routes.keys()].sort()).toEqual(['new', 'old']);
  });
});

describe('writeWordTable', () => {
  test('spreads the words over files by hash, each file holding its own words', async () => {
    const routes = new Map(Array.from({ length: 600 }, (_, i) => [`word${i}`, '1'] as const));
    const folder = join(scratch, 'words');
    const count = await writeWordTable(folder, routes);
    expect(count).toBe(3);
    expect(readdirSync(folder).sort()).toEqual(['0.json', '1.json', '2.json']);
    const file = titleFileOf('word42', count);
    expect((JSON.parse(readFileSync(join(folder, `${file}.json`), 'utf8')) as Record<string, string>)['word42']).toBe('1');
  });
});
