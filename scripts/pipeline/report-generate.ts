import type { PaperData } from '../../src/schemas/paper.ts';
import type { TopicData } from '../../src/schemas/topic.ts';
import { formatProblem, type Problem } from '../read/problem.ts';
import type { InputFormat } from '../read/detect-format.ts';
import type { ReadSummary } from '../read/read-listings.ts';

const formatNames: Record<InputFormat, string> = { document: 'plain', bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL JSON', medline: 'MEDLINE', wos: 'Web of Science', 'wos-tab': 'Web of Science tab-delimited', 'scopus-csv': 'Scopus CSV', openalex: 'OpenAlex', 'arxiv-json': 'arXiv metadata', 'arxiv-atom': 'arXiv Atom' };

/** `; read as 2 BibTeX, 1 Web of Science, 1 plain` when any source is an export, so a user sees each file was taken for what it is. */
function exportsRead(formats: readonly InputFormat[]): string {
  if (formats.every((format) => format === 'document')) return '';
  const counts = new Map<InputFormat, number>();
  for (const format of formats) counts.set(format, (counts.get(format) ?? 0) + 1);
  // One source: `read as BibTeX`; several: how many of each.
  if (formats.length === 1) return `; read as ${formatNames[formats[0]!]}`;
  return `; read as ${[...counts].map(([format, count]) => `${count} ${formatNames[format]}`).join(', ')}`;
}

/** Formats what the generator wants a user to read: what was read, warnings, the topic distribution and the papers in "Other". */
export function reportGenerate(result: {
  papers: PaperData[];
  topics: TopicData[];
  warnings: Problem[];
  read?: ReadSummary;
  topicPlan?: { rule: string; curated: number; automatic: number; milliseconds: number };
  taxonomyWritten?: string;
}): string[] {
  const lines: string[] = [];
  // One line a user can check against the document: a lost paper shows up as a count that is too low.
  if (result.read !== undefined) {
    const { file, multiParagraphAbstracts, repeats, formats = [] } = result.read;
    const merged = repeats > 0 ? `; ${repeats} repeated listings merged` : '';
    lines.push(`read ${result.papers.length} papers from ${file} (${multiParagraphAbstracts} abstracts with several paragraphs${merged}${exportsRead(formats)})`);
  }
  lines.push(...result.warnings.map((warning) => `warning: ${formatProblem(warning)}`));
  if (result.topicPlan !== undefined) {
    const { rule, curated, automatic, milliseconds } = result.topicPlan;
    lines.push(`topics: ${curated} curated, ${automatic} automatic (${rule}; ${milliseconds.toFixed(0)} ms)`);
  }
  if (result.taxonomyWritten !== undefined) {
    lines.push(`taxonomy used written to ${result.taxonomyWritten}: edit it and pass it back with --taxonomy`);
  }
  const width = Math.max(...result.topics.map((topic) => topic.id.length));
  lines.push('topics (papers, share of the collection):');
  for (const topic of result.topics) {
    const share = ((100 * topic.papers.length) / Math.max(1, result.papers.length)).toFixed(0);
    lines.push(`  ${topic.id.padEnd(width)}  ${String(topic.papers.length).padStart(4)}  ${share.padStart(3)}%`);
  }
  const other = result.topics.find((topic) => topic.id === 'other');
  if (other !== undefined) {
    lines.push(`papers no topic claims (in "${other.name}"):`);
    const bySlug = new Map(result.papers.map((paper) => [paper.slug, paper]));
    for (const slug of other.papers) lines.push(`  - ${bySlug.get(slug)?.title ?? slug}`);
  }
  return lines;
}
