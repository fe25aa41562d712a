import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { papersExportSchema } from '../../src/schemas/export.ts';
import { peopleDir } from '../helpers/dist.ts';
import { attr, by, findAll, readPage, readPages, text } from './dist-html.ts';

const page = (path: string) => readPage(peopleDir, `${path}index.html`).document;
const authorLinks = (slug: string) => findAll(findAll(page(`papers/${slug}/`), by('p', 'class', 'authors'))[0]!, by('a')).map((a) => [text(a), attr(a, 'href')]);
const shorebirds = 'survival-of-wintering-shorebirds-along-the-gulf-of-mexico';
const storks = 'dispersal-of-storks-in-a-changing-climate';
const owls = 'owls-and-voles-in-alpine-valleys';

describe('a site whose exports write people several ways', () => {
  const data = papersExportSchema.parse(JSON.parse(readFileSync(join(peopleDir, 'papers.json'), 'utf8')));

  test('one page per person, under the fullest name, with the other ways it is written and the ORCID iD', () => {
    const doc = page('authors/res-altwegg/');
    expect(text(findAll(doc, by('h1'))[0]!)).toBe('Res Altwegg');
    expect(text(findAll(doc, by('p', 'class', 'author-variants'))[0]!)).toBe('Also written: R. Altwegg ORCID 0000-0002-4083-6561');
    expect(findAll(doc, by('a', 'href', 'https://orcid.org/0000-0002-4083-6561'))).toHaveLength(1);
    expect(findAll(findAll(doc, by('ol', 'data-paper-list'))[0]!, by('li'))).toHaveLength(3);
    // Merged by a coauthor in common (R. Altwegg), without an identifier.
    expect(text(findAll(page('authors/michael-schaub/'), by('p', 'class', 'author-variants'))[0]!)).toBe('Also written: M. Schaub');
    expect(existsSync(join(peopleDir, 'authors/r-altwegg'))).toBe(false);
    expect(existsSync(join(peopleDir, 'authors/m-schaub'))).toBe(false);
  });

  test('every paper page links each way of writing a person to their one page, names as that paper writes them', () => {
    expect(authorLinks(shorebirds)).toEqual([
      ['Res Altwegg', '/authors/res-altwegg/'],
      ['Michael Schaub', '/authors/michael-schaub/'],
      ['James W. Cain III', '/authors/james-w-cain-iii/'],
    ]);
    expect(authorLinks(storks)).toEqual([
      ['R. Altwegg', '/authors/res-altwegg/'],
      ['M. Schaub', '/authors/michael-schaub/'],
      ['Ann McDonald', '/authors/ann-mcdonald/'],
    ]);
    expect(authorLinks(owls)).toEqual([
      ['R. Altwegg', '/authors/res-altwegg/'],
      ['Ann McDonald', '/authors/ann-mcdonald/'],
      ['James L. Moore III', '/authors/james-l-moore-iii/'],
    ]);
  });

  test('people whose initials merely agree keep their own pages', () => {
    const index = findAll(page('authors/'), by('ul', 'class', 'authors')).flatMap((list) => findAll(list, by('li')).map(text));
    expect(index.filter((entry) => entry.includes('Smith'))).toEqual(['J. Smith 1', 'Jane Smith 1', 'John Smith 1']);
    expect(findAll(page('authors/j-smith/'), by('p', 'class', 'author-variants'))).toEqual([]);
  });

  test('venues in capitals are shown in reader form, the same everywhere', () => {
    expect(data.papers.map((paper) => paper.venue)).toEqual(['Journal of Animal Ecology', 'PLoS One', 'Oikos', 'Oikos', 'Oikos', 'Journal of Animal Ecology']);
    const venues = findAll(page('venues/'), by('ul', 'class', 'counts')).flatMap((list) => findAll(list, by('li')).map(text));
    expect(venues).toEqual(['Journal of Animal Ecology 2', 'Oikos 3', 'PLoS One 1']);
    expect(findAll(page(`papers/${shorebirds}/`), by('a', 'data-pagefind-filter', 'venue')).map(text)).toEqual(['Journal of Animal Ecology']);
    expect(text(findAll(page(`papers/${shorebirds}/`), by('p', 'id', 'cite-apa-text'))[0]!)).toBe(
      'Altwegg, R., Schaub, M., & Cain, J. W., III. (2021). Survival of wintering shorebirds along the Gulf of Mexico. Journal of Animal Ecology, 90, 101–112. https://doi.org/10.1111/1365-2656.00001',
    );
    expect(readFileSync(join(peopleDir, `papers/${shorebirds}/cite.bib`), 'utf8')).toMatch(/journal = \{Journal of Animal Ecology\}/);
  });

  test('Keywords Plus are shown apart from the authors’ keywords, as the collection writes them, never in capitals', () => {
    const doc = page(`papers/${shorebirds}/`);
    expect(text(findAll(doc, by('p', 'class', 'paper-keywords'))[0]!)).toBe('Keywords survival · capture-recapture · shorebirds');
    // SURVIVAL repeats an author keyword; GULF-OF-MEXICO, MARK-RECAPTURE and DNA are written so in the abstract.
    expect(text(findAll(doc, by('p', 'class', 'paper-keywords index-terms'))[0]!)).toBe('Index terms Gulf of Mexico · population dynamics · mark-recapture · DNA');
    expect(text(findAll(page(`papers/${storks}/`), by('p', 'class', 'paper-keywords index-terms'))[0]!)).toBe('Index terms climate change · migration');
  });

  test('no page shows a venue, name or keyword in capitals that the exports’ readers would not write so', () => {
    const capitals = /\b(?:JOURNAL|ANIMAL|ECOLOGY|PLOS|OIKOS|ALTWEGG|SCHAUB|MCDONALD|GULF|MEXICO|CLIMATE|MIGRATION|DYNAMICS)\b/;
    for (const built of readPages(peopleDir)) expect(built.html.replace(/<script[\s\S]*?<\/script>/g, ''), built.file).not.toMatch(capitals);
  });
});
