import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { atlas } from '../../utils/site/atlas.ts';
import { searchVocabulary } from '../../utils/search/search-vocabulary.ts';
import { vocabularyShards } from '../../utils/search/vocabulary-shards.ts';

/**
 * `/search-vocabulary/index.json` and one small file per first letter and word length
 * (`/search-vocabulary/6b-9.json`): every word a reader can find (titles, abstracts, topic
 * names, aliases and the extra search terms) with its count. The search fetches the index
 * and the few shards it needs only when a query word is found nowhere, to correct it
 * ("did you mean") without a server.
 */
export const getStaticPaths = (async () => {
  const [papers, topics] = await Promise.all([getCollection('papers'), getCollection('topics')]);
  const texts = [
    ...papers.flatMap((entry) => [entry.data.title, entry.body ?? '']),
    ...topics.flatMap((entry) => [entry.data.name, ...entry.data.aliases]),
    ...Object.values(atlas.searchTerms).flat(),
  ];
  const { index, shards } = vocabularyShards(searchVocabulary(texts));
  return [
    { params: { file: 'index.json' }, props: { body: index } },
    ...[...shards].map(([file, words]) => ({ params: { file }, props: { body: words } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['body']), { headers: { 'content-type': 'application/json' } });
