/** CSL's entry types as readers name them (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types). */
const labels: Record<string, string> = {
  article: 'Preprint or article',
  'article-journal': 'Journal article',
  'article-magazine': 'Magazine article',
  'article-newspaper': 'Newspaper article',
  'paper-conference': 'Conference paper',
  book: 'Book',
  chapter: 'Book chapter',
  thesis: 'Thesis',
  report: 'Report',
  dataset: 'Dataset',
  software: 'Software',
  patent: 'Patent',
  webpage: 'Web page',
  manuscript: 'Manuscript',
  review: 'Review',
  speech: 'Talk',
};

/** An entry's CSL type as a label (`paper-conference` → `Conference paper`); an unknown type with its hyphens as spaces. */
export function entryTypeLabel(type: string): string {
  const label = labels[type] ?? type.replaceAll('-', ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
