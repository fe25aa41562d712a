/** An `http(s)` URL found in text, with the junk around it separated out. */
export interface FoundUrl {
  /** Offset of the URL in the text. */
  start: number;
  /** Offset just after the part of the text that is the URL itself. */
  end: number;
  /** The cleaned URL: no trailing punctuation, LaTeX leftovers or unbalanced brackets. */
  url: string;
}

/** A run of text that starts like a URL; cleaned up by {@link cleanUrl}. */
const urlCandidate = /\bhttps?:\/\/[^\s<>"'`]+/g;

/**
 * Finds the `http(s)` URLs in a text and cleans each one.
 *
 * Abstracts copied from PDFs end URLs with sentence punctuation
 * (`https://github.com/OPTML-Group/DP4TL.`) or LaTeX debris
 * (`…/ANT_diffusion/{url}.`, `…/README.md{here.}`): the URL stops before
 * `{`, `}` or `\`, and trailing `.,;:!?` and unbalanced `)` or `]` are dropped.
 * Other schemes (`javascript:`, `data:`) are never links.
 */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(urlCandidate)) {
    const url = cleanUrl(match[0]);
    if (url === undefined) continue;
    found.push({ start: match.index, end: match.index + url.length, url });
  }
  return found;
}

/** Trims a URL candidate to the URL it holds, or `undefined` when no host is left. */
function cleanUrl(candidate: string): string | undefined {
  let url = candidate.split(/[{}\\]/, 1)[0] ?? '';
  for (;;) {
    const trimmed = url.replace(/[.,;:!?*]+$/, '');
    const unbalanced =
      (trimmed.endsWith(')') && count(trimmed, '(') < count(trimmed, ')')) ||
      (trimmed.endsWith(']') && count(trimmed, '[') < count(trimmed, ']'));
    const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
    if (next === url) break;
    url = next;
  }
  try {
    return new URL(url).hostname.includes('.') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Counts a character in a string. */
function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
