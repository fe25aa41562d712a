/** Pages rendered so far that link the math stylesheet, by the request Astro renders each for. */
const linked = new WeakSet<Request>();

/**
 * Whether this is the first formula of the page Astro renders for `request`, so the math
 * stylesheet is linked once a page (every component of a page sees the same request).
 */
export function firstMathOnPage(request: Request): boolean {
  if (linked.has(request)) return false;
  linked.add(request);
  return true;
}
