import { facetGroups, monthLabel, type FacetGroup } from '../../utils/search/facet-groups.ts';
import { ignoredNote } from '../../utils/search/ignored-note.ts';
import { searchPapers, type PaperHit, type PaperSearch } from '../../utils/search/search-papers.ts';
import { readSearchState, searchStateQuery, withKnownFilters, type SearchState } from '../../utils/search/search-state.ts';
import { excerptLength, loadSearch } from './load-search.ts';
import { renderExcerpt } from './render-excerpt.ts';

const pageSize = 20;
const debounceMs = 150;

/**
 * Runs the search page: the box and the facet checkboxes drive the results, and the
 * address keeps the state (`?q=adapter&topic=prompt-tuning&month=2024-03`), so a search can
 * be shared, reloaded and returned to with Back. Pagefind loads only once there is something
 * to search. The topic and area facets are rendered by the server (with totals); every other filter
 * Pagefind reports gets a group of its own once Pagefind has loaded.
 */
export function mountSearchPage(root: HTMLElement, form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const summary = root.querySelector<HTMLElement>('[data-search-summary]');
  const correction = root.querySelector<HTMLElement>('[data-search-correction]');
  const note = root.querySelector<HTMLElement>('[data-search-note]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const facets = root.querySelector<HTMLElement>('[data-search-facets]');
  if (!input || !summary || !correction || !note || !list || !more || !facets) return;

  const boxes = () => [...facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  // Topics and areas are addressed by id (`?topic=prompt-tuning`) and filtered by name; other filters by their value.
  const topicBoxes = boxes().filter((box) => box.name === 'topic');
  const areaBoxes = boxes().filter((box) => box.name === 'area');
  const filterName = new Map([...topicBoxes, ...areaBoxes].map((box) => [`${box.name}=${box.value}`, box.dataset['filterValue'] ?? box.value]));
  const topicOrder = topicBoxes.map((box) => box.dataset['filterValue'] ?? box.value);
  const areaOrder = areaBoxes.map((box) => box.dataset['filterValue'] ?? box.value);
  const totalsOf = (named: HTMLInputElement[]) => Object.fromEntries(named.map((box) => [box.dataset['filterValue'] ?? box.value, Number(box.dataset['total'] ?? 0)]));
  const serverTotals = areaBoxes.length > 0 ? { topic: totalsOf(topicBoxes), area: totalsOf(areaBoxes) } : { topic: totalsOf(topicBoxes) };
  let state: SearchState = readSearchState(location.search);
  let latest = 0;
  let loaded = false;
  let current: PaperSearch | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The state's filters as Pagefind values; unknown topic and area ids are dropped. */
  const chosen = (): Record<string, string[]> =>
    Object.fromEntries(
      Object.entries(state.filters).map(([name, values]) => [
        name,
        name === 'topic' || name === 'area' ? values.flatMap((id) => filterName.get(`${name}=${id}`) ?? []) : values,
      ]),
    );
  const apply = () => {
    input.value = state.query;
    for (const box of boxes()) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  };
  const remember = () => history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}`);

  const run = async () => {
    const ticket = ++latest;
    const filters = chosen();
    const filtering = Object.values(filters).some((values) => values.length > 0);
    if (state.query === '' && !filtering) {
      // Nothing to search: totals only, and Pagefind is not loaded for them if it was not already.
      current = undefined;
      summary.textContent = 'Type a query, or check topics to browse their papers.';
      correction.hidden = true;
      note.hidden = true;
      list.replaceChildren();
      more.hidden = true;
      const totals = loaded ? (await searchPapers((await loadSearch()).pagefind, '')).filterCounts : serverTotals;
      if (ticket === latest) showFacets(totals);
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const { pagefind, spelling } = await loadSearch();
      // The search page counts and facets every paper: all of a split index's shards (see sharded-pagefind.ts).
      pagefind.searchEverything();
      loaded = true;
      // Address parameters the index has no filter for (`utm_source`, …) are dropped, not searched with.
      if (Object.keys(state.filters).some((name) => name !== 'topic')) {
        const known = withKnownFilters(state, ['topic', ...Object.keys(await pagefind.filters())]);
        if (Object.keys(known.filters).length < Object.keys(state.filters).length) {
          state = known;
          remember();
          root.removeAttribute('aria-busy');
          if (ticket === latest) void run();
          return;
        }
      }
      const found = await searchPapers(pagefind, state.query, { filters, limit: pageSize, spelling, exact: state.exact, excerptLength });
      if (ticket !== latest) return;
      current = found;
      render(found, filters);
    } catch (error) {
      if (ticket !== latest) return;
      console.warn('Search is unavailable:', error);
      summary.textContent = 'Search is unavailable right now. Browse the topics instead.';
    } finally {
      if (ticket === latest) root.removeAttribute('aria-busy');
    }
  };

  const render = (found: PaperSearch, filters: Record<string, string[]>) => {
    const count = `${found.total} ${found.total === 1 ? 'paper' : 'papers'}`;
    const within = describeFilters(filters);
    summary.textContent = found.query === '' ? `${count}${within}.` : `${count} for “${found.searched}”${within}.`;
    correction.hidden = found.searched === found.query;
    if (!correction.hidden) {
      const instead = document.createElement('a');
      instead.href = searchStateQuery({ ...state, exact: true }) || '?';
      instead.textContent = `Search instead for “${found.query}”`;
      correction.replaceChildren(`Showing results for “${found.searched}”. `, instead);
    }
    note.textContent = ignoredNote(found.ignored).trim();
    note.hidden = note.textContent === '';
    list.replaceChildren(...found.hits.map(hitItem));
    more.hidden = list.children.length >= found.total;
    showFacets(found.filterCounts);
  };

  /** Updates every facet group's counts, adding groups and values Pagefind reports that the page lacks. */
  const showFacets = (counts: Record<string, Record<string, number>>) => {
    for (const group of facetGroups(counts, topicOrder, areaOrder)) {
      const fieldset = facets.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${CSS.escape(group.name)}"]`) ?? facets.appendChild(facetFieldset(group));
      const items = fieldset.querySelector('ul');
      const shown = new Map(group.values.map((value) => [value.value, value.count]));
      for (const value of group.values) {
        if (!fieldset.querySelector(`input[data-filter-value="${CSS.escape(value.value)}"]`)) {
          items?.append(facetItem(group.name, value.value, value.label, state.filters[group.name]?.includes(value.value) ?? false));
        }
      }
      for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        showCount(box, shown.get(box.dataset['filterValue'] ?? box.value) ?? 0);
      }
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, query: input.value.trim(), exact: false };
      remember();
      void run();
    }, debounceMs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, query: input.value.trim(), exact: false };
    remember();
    void run();
  });
  facets.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    const filters: Record<string, string[]> = {};
    for (const box of boxes()) if (box.checked) (filters[box.name] ??= []).push(box.value);
    state = { ...state, filters };
    remember();
    void run();
  });
  correction.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    state = { ...state, exact: true };
    history.pushState(null, '', `${location.pathname}${searchStateQuery(state)}`);
    void run();
  });
  more.addEventListener('click', async () => {
    const found = current;
    if (!found) return;
    const first = list.children.length;
    list.append(...(await found.more(pageSize)).map(hitItem));
    more.hidden = list.children.length >= found.total;
    list.children[first]?.querySelector('a')?.focus();
  });
  addEventListener('popstate', () => {
    state = readSearchState(location.search);
    apply();
    void run();
  });

  apply();
  void run();

  /** ` in Topic A and Topic B, March 2024 or April 2024` for the chosen filter values. */
  function describeFilters(filters: Record<string, string[]>): string {
    const parts = Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => (name === 'topic' ? values.join(' and ') : values.map(monthLabel).join(' or ')));
    return parts.length === 0 ? '' : ` in ${parts.join(', ')}`;
  }
}

function facetFieldset(group: FacetGroup): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'facet';
  fieldset.dataset['facet'] = group.name;
  const legend = document.createElement('legend');
  legend.textContent = group.label;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = group.hint;
  fieldset.append(legend, hint, document.createElement('ul'));
  return fieldset;
}

function facetItem(filter: string, value: string, label: string, checked: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const wrapper = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = filter;
  box.value = value;
  box.checked = checked;
  box.dataset['filterValue'] = value;
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = label;
  const count = document.createElement('span');
  count.className = 'count';
  const number = document.createElement('span');
  number.dataset['count'] = '';
  const unit = document.createElement('span');
  unit.className = 'sr-only';
  unit.textContent = 'papers';
  count.append(number, unit);
  wrapper.append(box, name, count);
  item.append(wrapper);
  return item;
}

function showCount(box: HTMLInputElement, count: number): void {
  const item = box.closest('li');
  const label = item?.querySelector('[data-count]');
  if (label) label.textContent = String(count);
  if (item) item.hidden = count === 0 && !box.checked;
}

function hitItem(hit: PaperHit): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.shownTitle;
  heading.append(link);
  item.append(heading);
  if (hit.byline !== undefined) {
    const byline = document.createElement('p');
    byline.className = 'byline';
    byline.textContent = hit.byline;
    item.append(byline);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(renderExcerpt(hit.excerpt));
  item.append(excerpt);
  if (hit.topics.length > 0) {
    const topics = document.createElement('p');
    topics.className = 'topics';
    topics.textContent = hit.topics.join(' · ');
    item.append(topics);
  }
  return item;
}
