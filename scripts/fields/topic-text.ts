import type { SourcePaper } from '../read/source-paper.ts';
import { citationFields } from './citation-fields.ts';

/**
 * A paper as the topics see it: its title, and its abstract followed by its export's keywords
 * and index terms (evidence of topics like the abstract's words; in reader form when the record
 * is, see readerCase: never in capitals); `learn: false` for a paper without an abstract, which
 * is placed by its title and keywords but does not shape automatic topics.
 */
export function topicText(paper: SourcePaper): { title: string; abstract: string; learn: boolean } {
  const cited = paper.csl === undefined ? undefined : citationFields(paper.csl);
  const keywords = cited === undefined ? [] : [...cited.keywords, ...cited.keywordsPlus];
  return { title: paper.title, abstract: keywords.length === 0 ? paper.abstract : `${paper.abstract}\n\n${keywords.join('. ')}.`, learn: paper.paragraphs.length > 0 };
}
