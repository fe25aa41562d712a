import type { CslItem } from '../../src/schemas/paper.ts';
import type { SourceRecord } from './read-records.ts';
import type { SourcePaper } from './source-paper.ts';

/**
 * A record of an export as a paper: the title and abstract paragraphs (white space folded,
 * paragraphs where the export leaves a blank line), the line it starts on and the record
 * itself, without its abstract (the page body holds that). A record without an abstract
 * gives a paper with no paragraphs.
 */
export function recordToPaper({ item, line }: SourceRecord): SourcePaper {
  const { abstract = '', ...csl } = item;
  const paragraphs = abstract
    .split(/\n\s*\n/)
    .map((paragraph) => fold(paragraph))
    .filter((paragraph) => paragraph !== '');
  return { title: fold(item.title ?? ''), paragraphs, abstract: paragraphs.join('\n\n'), line, csl: csl as CslItem };
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
