/** What a search page shows, as kept in its address: `?q=adapter&topic=prompt-tuning&topic=…`. */
export interface SearchState {
  query: string;
  /** Topic ids; a paper must be in every one. */
  topics: string[];
  /** Search the query as typed, without spelling correction (`&exact`). */
  exact: boolean;
}

/** Reads the search state from a query string such as `location.search`. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').trim(),
    topics: [...new Set(params.getAll('topic').filter((topic) => topic !== ''))],
    exact: params.has('exact'),
  };
}

/** The query string for a search state (`?q=…&topic=…`), or `''` for an empty search. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const topic of state.topics) params.append('topic', topic);
  if (state.exact && state.query.trim() !== '') params.set('exact', '');
  const text = params.toString().replace(/exact=(&|$)/, 'exact$1');
  return text === '' ? '' : `?${text}`;
}
