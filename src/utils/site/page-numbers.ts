/** A page number to link, or a gap standing for the pages left out between two of them. */
export type PageNumber = number | 'gap';

/**
 * The page numbers a compact pagination shows: the first and last pages, the current one
 * and `around` pages either side, with a gap where pages are left out. A gap never hides
 * a single page (that page is shown instead), so the list has at most `2 × around + 5` entries
 * however many pages there are.
 */
export function pageNumbers(current: number, last: number, around = 1): PageNumber[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  // Near either end, keep the window as wide as in the middle so the bar does not change length.
  if (current - around <= 3) for (let n = 2; n <= Math.min(last, 2 * around + 3); n++) shown.add(n);
  if (current + around >= last - 2) for (let n = Math.max(1, last - 2 * around - 2); n < last; n++) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: PageNumber[] = [];
  for (const n of sorted) {
    const previous = numbers.at(-1);
    if (typeof previous === 'number' && n - previous === 2) numbers.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) numbers.push('gap');
    numbers.push(n);
  }
  return numbers;
}

/** One link of a breadcrumb trail; the current page has none. */
export interface Crumb {
  label: string;
  href?: string;
}

/** What every paginated listing (all papers, a topic, a day) says about which page it is. */
export interface ListingPage {
  /** The first page (the listing's own address). */
  first: boolean;
  /** More than one page. */
  paged: boolean;
  /** `page 2 of 5`. */
  ofPages: string;
  /** The page title: the listing's name, with `, page 2 of 5` after the first page. */
  title: string;
  /** Breadcrumbs: the parents, then the listing (linked after the first page), then `Page 2`. */
  crumbs: Crumb[];
}

/** Title and breadcrumbs of one page of a listing named `name` at `href`, under `parents`. */
export function listingPage(page: { currentPage: number; lastPage: number }, name: string, href: string, parents: readonly Crumb[]): ListingPage {
  const first = page.currentPage === 1;
  const ofPages = `page ${page.currentPage} of ${page.lastPage}`;
  return {
    first,
    paged: page.lastPage > 1,
    ofPages,
    title: first ? name : `${name}, ${ofPages}`,
    crumbs: first ? [...parents, { label: name }] : [...parents, { label: name, href }, { label: `Page ${page.currentPage}` }],
  };
}

/** Where a page sits in its listing: the part of a paginated listing `paginate()` gives. */
export interface PagePosition {
  currentPage: number;
  lastPage: number;
  /** Index of the page's first item in the whole list, from 0. */
  start: number;
  /** Index of its last item. */
  end: number;
}

/** Which part of a paginated listing a page shows, `papers 6–10, page 2 of 14`; `undefined` for a listing of one page. */
export function pageRange(page: PagePosition, unit: string): string | undefined {
  if (page.lastPage <= 1) return undefined;
  return `${unit} ${page.start + 1}–${page.end + 1}, page ${page.currentPage} of ${page.lastPage}`;
}

/**
 * A listing's meta description on a given page: the first page's as it is, a later page's with
 * which page it is before the closing full stop (`All 69 papers of X (page 2 of 14).`), so no two
 * pages of a listing share one.
 */
export function pageDescription(description: string, page: { currentPage: number; lastPage: number }): string {
  if (page.currentPage === 1) return description;
  const ofPages = `(page ${page.currentPage} of ${page.lastPage})`;
  return description.endsWith('.') ? `${description.slice(0, -1)} ${ofPages}.` : `${description} ${ofPages}`;
}

/**
 * The paths of an index page that exists only when it has entries (`/years/` when some paper has a
 * year): one page at the route's own address, its rest parameter `param` left empty, or none.
 */
export function pageWhen(entries: readonly unknown[], param: string): { params: Record<string, undefined> }[] {
  return entries.length > 0 ? [{ params: { [param]: undefined } }] : [];
}
