import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../src/schemas/paper.ts';
import { paperJsonLd } from '../../src/utils/site/paper-json-ld.ts';
import type { TopicSummary } from '../../src/utils/site/site-data.ts';

const paper: PaperData = {
  title: 'LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning',
  slug: 'lst-ladder-side-tuning',
  shortName: 'LST',
  order: 11,
  sourceLine: 40,
  description: 'Fine-tuning large pre-trained models on downstream tasks has been adopted in a variety of domains recently.',
  links: [],
  wordCount: 250,
  readingMinutes: 2,
  topics: ['peft'],
  csl: { type: 'article', title: 'LST' },
  cite: { bibtex: '@article{lst, title = {LST}}', apa: 'LST. (n.d.).' },
};
const topic: TopicSummary = { id: 'peft', name: 'Parameter-efficient fine-tuning', description: 'd', papers: [], related: [], count: 1 };

describe('paperJsonLd', () => {
  test('describes a paper as a schema.org ScholarlyArticle', () => {
    const data = paperJsonLd(paper, [topic], 'https://example.org/papers/lst/', 'https://example.org/');
    expect(data['@type']).toBe('ScholarlyArticle');
    expect(data['headline']).toBe(paper.title);
    expect(data['alternateName']).toBe('LST');
    expect(data['description']).toBe(paper.description);
    expect(data['keywords']).toBe('Parameter-efficient fine-tuning');
    expect(data['isPartOf']).toEqual({ '@type': 'WebSite', url: 'https://example.org/' });
  });

  test('leaves out the alternate name when the paper has no short name', () => {
    const { shortName: _unused, ...withoutShortName } = paper;
    expect(paperJsonLd(withoutShortName, [topic], 'u', 's')).not.toHaveProperty('alternateName');
  });

  test('says an export’s authors, venue, DOI, keywords and publication date; a listing day wins over the year', () => {
    const exported = {
      ...paper,
      authors: [{ name: 'Jörg Müller', family: 'Müller', slug: 'jorg-muller' }],
      venue: 'Nature Communications',
      year: 2021,
      month: 3,
      doi: '10.1/x',
      keywords: ['graphs'],
    };
    const data = paperJsonLd(exported, [topic], 'u', 's');
    expect(data['author']).toEqual([{ '@type': 'Person', name: 'Jörg Müller' }]);
    expect(data['publisher']).toEqual({ '@type': 'Organization', name: 'Nature Communications' });
    expect(data['sameAs']).toBe('https://doi.org/10.1/x');
    expect(data['keywords']).toBe('Parameter-efficient fine-tuning, graphs');
    expect(data['datePublished']).toBe('2021-03');
    expect(paperJsonLd({ ...exported, listed: '2024-03-14' }, [topic], 'u', 's')['datePublished']).toBe('2024-03-14');
  });
});
