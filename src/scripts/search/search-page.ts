import { searchPapers, type PaperHit, type PaperSearch } from '../../utils/search/search-papers.ts';
import { readSearchState, searchStateQuery, type SearchState } from '../../utils/search/search-state.ts';
import { loadSearch } from './load-search.ts';
import { renderExcerpt } from './render-excerpt.ts';

const pageSize = 20;
const debounceMs = 150;

/**
 * Runs the search page: the box and the topic checkboxes drive the results, and the
 * address keeps the state (`?q=adapter&topic=prompt-tuning`), so a search can be shared,
 * reloaded and returned to with Back. Pagefind loads only once there is something to search.
 */
export function mountSearchPage(root: HTMLElement, form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const summary = root.querySelector<HTMLElement>('[data-search-summary]');
  const correction = root.querySelector<HTMLElement>('[data-search-correction]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="topic"]')];
  if (!input || !summary || !correction || !list || !more) return;

  const nameOf = new Map(boxes.map((box) => [box.value, box.dataset['topicName'] ?? box.value]));
  let state: SearchState = readSearchState(location.search);
  let latest = 0;
  let current: PaperSearch | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = () => {
    input.value = state.query;
    for (const box of boxes) box.checked = state.topics.includes(box.value);
  };
  const remember = () => history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}`);

  const run = async () => {
    const ticket = ++latest;
    const topics = state.topics.filter((id) => nameOf.has(id));
    if (state.query === '' && topics.length === 0) {
      // Nothing to search: the server-rendered totals stay, and Pagefind is not loaded.
      current = undefined;
      summary.textContent = 'Type a query, or check topics to browse their papers.';
      correction.hidden = true;
      list.replaceChildren();
      more.hidden = true;
      for (const box of boxes) showCount(box, Number(box.dataset['total'] ?? 0));
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const { pagefind, vocabulary } = await loadSearch();
      const found = await searchPapers(pagefind, state.query, {
        topics: topics.map((id) => nameOf.get(id) ?? id),
        limit: pageSize,
        vocabulary,
        exact: state.exact,
      });
      if (ticket !== latest) return;
      current = found;
      render(found, topics);
    } catch (error) {
      if (ticket !== latest) return;
      console.warn('Search is unavailable:', error);
      summary.textContent = 'Search is unavailable right now. Browse the topics instead.';
    } finally {
      if (ticket === latest) root.removeAttribute('aria-busy');
    }
  };

  const render = (found: PaperSearch, topics: string[]) => {
    const inTopics = topics.length === 0 ? '' : ` in ${topics.map((id) => nameOf.get(id)).join(' and ')}`;
    const count = `${found.total} ${found.total === 1 ? 'paper' : 'papers'}`;
    summary.textContent = found.query === '' ? `${count}${inTopics}.` : `${count} for “${found.searched}”${inTopics}.`;
    correction.hidden = found.searched === found.query;
    if (!correction.hidden) {
      const instead = document.createElement('a');
      instead.href = searchStateQuery({ ...state, exact: true }) || '?';
      instead.textContent = `Search instead for “${found.query}”`;
      correction.replaceChildren(`Showing results for “${found.searched}”. `, instead);
    }
    list.replaceChildren(...found.hits.map(hitItem));
    more.hidden = list.children.length >= found.total;
    for (const box of boxes) showCount(box, found.topicCounts[nameOf.get(box.value) ?? ''] ?? 0);
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
  for (const box of boxes) {
    box.addEventListener('change', () => {
      state = { ...state, topics: boxes.filter((other) => other.checked).map((other) => other.value) };
      remember();
      void run();
    });
  }
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
  link.textContent = hit.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(renderExcerpt(hit.excerpt));
  item.append(heading, excerpt);
  if (hit.topics.length > 0) {
    const topics = document.createElement('p');
    topics.className = 'topics';
    topics.textContent = hit.topics.join(' · ');
    item.append(topics);
  }
  return item;
}
