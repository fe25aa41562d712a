/** What a search page shows, as kept in its address: `?q=adapter&topic=prompt-tuning&month=2024-03`. */
export interface SearchState {
  query: string;
  /** Chosen values per filter, as in the address (topic ids, months as `2024-03`, …). */
  filters: Record<string, string[]>;
  /** Search the query as typed, without spelling correction (`&exact`). */
  exact: boolean;
}

/** Parameters of the address that are not filters. */
const reserved = new Set(['q', 'exact']);

/** Reads the search state from a query string such as `location.search`: every parameter but `q` and `exact` is a filter. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of new Set(params.keys())) {
    if (reserved.has(name)) continue;
    const values = [...new Set(params.getAll(name).filter((value) => value !== ''))];
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, exact: params.has('exact') };
}

/**
 * The state without the filters the index does not have (`known`: Pagefind's filter names), so
 * a shared link's `utm_source` or `fbclid` is not taken for a filter that no paper matches.
 */
export function withKnownFilters(state: SearchState, known: Iterable<string>): SearchState {
  const names = new Set(known);
  return { ...state, filters: Object.fromEntries(Object.entries(state.filters).filter(([name]) => names.has(name))) };
}

/** The query string for a search state (`?q=…&topic=…&month=…`, topics first), or `''` for an empty search. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const name of filterOrder(Object.keys(state.filters))) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  if (state.exact && state.query.trim() !== '') params.set('exact', '');
  const text = params.toString().replace(/exact=(&|$)/, 'exact$1');
  return text === '' ? '' : `?${text}`;
}

/** Filter names in the order the page shows them: `topic` first, then the others by name. */
export function filterOrder(names: Iterable<string>): string[] {
  return [...new Set(names)].sort((a, b) => (a === 'topic' ? -1 : b === 'topic' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}
