/** The parts of a Pagefind result's data {@link pickExcerpt} reads. */
export interface ExcerptSource {
  /** Pagefind's excerpt of the whole page: the densest run of matches, wherever it is. */
  excerpt: string;
  /** The page's indexed text, HTML-escaped. */
  raw_content?: string | undefined;
  anchors?: ReadonlyArray<{ id: string; location: number }> | undefined;
  sub_results?: ReadonlyArray<{ excerpt: string; anchor?: { id: string } | undefined }> | undefined;
}

/** The anchor the paper page puts where its abstract starts (end of the "Also indexed as" line). */
export const abstractAnchorId = 'abstract-start';

/**
 * The excerpt to show for a paper: Pagefind's excerpt of the abstract when the abstract
 * matched (so a hit never opens on the "Also indexed as" list, whose many matches would
 * otherwise win), else the abstract's first `length` words, else Pagefind's own excerpt.
 */
export function pickExcerpt(data: ExcerptSource, length: number): string {
  const fromAbstract = data.sub_results?.find((sub) => sub.anchor?.id === abstractAnchorId);
  if (fromAbstract !== undefined && fromAbstract.excerpt !== '') return fromAbstract.excerpt;
  const start = data.anchors?.find((anchor) => anchor.id === abstractAnchorId)?.location;
  if (start === undefined || data.raw_content === undefined) return data.excerpt;
  // Pagefind counts locations in words split on whitespace, as here.
  const opening = data.raw_content.split(/[^\S\uFEFF]+/).slice(start, start + length).join(' ').trim();
  return opening === '' ? data.excerpt : opening;
}
