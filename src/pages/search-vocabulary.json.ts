import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atlas } from '../utils/atlas.ts';
import { searchVocabulary } from '../utils/search/search-vocabulary.ts';

/**
 * `/search-vocabulary.json`: every word a reader can find (titles, abstracts, topic names,
 * aliases and the extra search terms) with its count. The search UI fetches it when a
 * reader searches, to correct misspelled words ("did you mean") without a server.
 */
export const GET: APIRoute = async () => {
  const [papers, topics] = await Promise.all([getCollection('papers'), getCollection('topics')]);
  const texts = [
    ...papers.flatMap((entry) => [entry.data.title, entry.body ?? '']),
    ...topics.flatMap((entry) => [entry.data.name, ...entry.data.aliases]),
    ...Object.values(atlas.searchTerms).flat(),
  ];
  return new Response(JSON.stringify(searchVocabulary(texts)), { headers: { 'content-type': 'application/json' } });
};
