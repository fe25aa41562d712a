import { searchPapers, type PaperHit, type PaperSearch } from '../../utils/search/search-papers.ts';
import { searchStateQuery } from '../../utils/search/search-state.ts';
import { searchUrl } from '../../utils/site/urls.ts';
import { ignoredNote } from '../../utils/search/ignored-note.ts';
import { excerptLength, loadSearch } from './load-search.ts';
import { renderExcerpt } from './render-excerpt.ts';

/** Results shown in the drop-down; the last option leads to all of them on the search page. */
const shown = 6;
/** Wait this long after a keystroke before searching, so fast typing searches once. */
const debounceMs = 60;

/**
 * Turns the header's search form into a combobox (WAI-ARIA APG, list autocomplete with
 * automatic selection): typing shows matching papers below the box, ↓/↑ move through
 * them, Enter opens the selected one (or, before results arrive, the search page),
 * Escape closes the list and then clears the box, and a click opens a result.
 */
export function mountHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !popup || !message || !listbox || !status) return;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  /** The query whose results the list shows; focusing the box again reopens them while it is unchanged. */
  let shownFor: string | undefined;
  let active = -1;

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const open = (value: boolean) => {
    popup.hidden = !value;
    input.setAttribute('aria-expanded', String(value));
    const current = value ? options()[active] : undefined;
    if (current) input.setAttribute('aria-activedescendant', current.id);
    else input.removeAttribute('aria-activedescendant');
  };
  const select = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const go = (option: HTMLElement | undefined) => {
    const href = option?.dataset['href'];
    if (href) location.assign(href);
  };

  const render = (query: string, found: PaperSearch, coverage: Coverage) => {
    shownFor = query;
    listbox.dataset['query'] = query;
    const partial = coverage.searched < coverage.total;
    listbox.replaceChildren(
      ...found.hits.slice(0, shown).map((hit, index) => hitOption(hit, `${input.id}-option-${index}`)),
      ...(found.total > 0 || partial ? [allOption(found, coverage, `${input.id}-option-all`)] : []),
    );
    // A large collection's index is searched a few shards at a time (sharded-pagefind.ts): say when some were left, the search page searches all.
    const corrected =
      (found.searched !== found.query ? `Showing results for “${found.searched}”. ` : '') +
      ignoredNote(found.ignored) +
      (partial ? `From ${coverage.searched.toLocaleString('en')} of ${coverage.total.toLocaleString('en')} papers. ` : '');
    message.textContent = found.total === 0 ? `No papers match “${query}”${partial ? ` in ${coverage.searched.toLocaleString('en')} of ${coverage.total.toLocaleString('en')} papers` : ''}. Press Enter to search all papers.` : corrected;
    status.textContent = found.total === 0 ? 'No papers found.' : `${corrected}${found.total} ${found.total === 1 ? 'paper' : 'papers'} found.`;
    open(true);
    select(found.total > 0 ? 0 : -1);
  };

  const search = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      shownFor = undefined;
      listbox.replaceChildren();
      status.textContent = '';
      open(false);
      select(-1);
      return;
    }
    try {
      const { pagefind, spelling } = await loadSearch();
      const found = await searchPapers(pagefind, query, { limit: shown, spelling, excerptLength });
      if (ticket === latest && document.activeElement === input) render(query, found, pagefind.coverage());
    } catch (error) {
      if (ticket !== latest) return;
      console.warn('Search is unavailable:', error);
      message.textContent = 'Search is unavailable right now. Press Enter to open the search page.';
      listbox.replaceChildren();
      open(true);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, debounceMs);
  });
  input.addEventListener('keydown', (event) => {
    const isOpen = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options().length === 0) return;
      event.preventDefault();
      if (!isOpen) open(true);
      select(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      // Enter opens the selected result the reader sees; before any list is shown it submits the form (the search page).
      const option = options()[active];
      if (isOpen && option) {
        event.preventDefault();
        go(option);
      }
    } else if (event.key === 'Escape') {
      if (isOpen) {
        event.preventDefault();
        open(false);
      } else if (input.value !== '') {
        event.preventDefault();
        input.value = '';
        void search();
      }
    }
  });
  input.addEventListener('focus', () => {
    if (shownFor !== undefined && shownFor === input.value.trim()) open(true);
  });
  // Keep focus in the box while clicking a result, so the list does not close first.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => go((event.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined));
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });

  // Start loading now (the reader is about to search) and catch up with anything typed meanwhile.
  void loadSearch().catch(() => undefined);
  if (input.value.trim() !== '') void search();
}

// Options are reached with the arrow keys (aria-activedescendant), never with Tab; `tabindex="-1"`
// tells checkers such as axe that a scrolling list's content is reachable from the keyboard.
function hitOption(hit: PaperHit, id: string): HTMLElement {
  const option = element('li', '', { id, role: 'option', 'aria-selected': 'false', tabindex: '-1' });
  option.dataset['href'] = hit.url;
  const excerpt = element('span', 'hit-excerpt');
  excerpt.append(renderExcerpt(hit.excerpt));
  option.append(element('span', 'hit-title', {}, hit.shownTitle));
  if (hit.byline !== undefined) option.append(element('span', 'hit-byline', {}, hit.byline));
  option.append(excerpt);
  if (hit.topics.length > 0) option.append(element('span', 'hit-topics', {}, hit.topics.join(' · ')));
  return option;
}

/** Papers in the index shards a search has covered, and in all. */
interface Coverage {
  searched: number;
  total: number;
}

function allOption(found: PaperSearch, coverage: Coverage, id: string): HTMLElement {
  const label =
    coverage.searched < coverage.total
      ? `Search all ${coverage.total.toLocaleString('en')} papers for “${found.query}”`
      : `See all ${found.total} ${found.total === 1 ? 'result' : 'results'} for “${found.query}”`;
  const option = element('li', 'all', { id, role: 'option', 'aria-selected': 'false', tabindex: '-1' }, label);
  option.dataset['href'] = searchUrl() + searchStateQuery({ query: found.query, filters: {}, exact: false });
  return option;
}

function element(tag: string, className: string, attributes: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
