import { describe, expect, test } from 'vitest';
import { mergeAuthors, type AuthorMention } from '../../scripts/fields/merge-authors.ts';
import { shuffle } from '../helpers/shuffle.ts';

/** An author as a record names them: `Given Family`, split at the last space. */
function author(name: string, ids: { orcid?: string; researcherId?: string } = {}): AuthorMention {
  const space = name.lastIndexOf(' ');
  return { name, family: name.slice(space + 1), given: name.slice(0, space), ...ids };
}

/** The groups of more than one name, as sorted name lists. */
function merged(papers: readonly (readonly AuthorMention[])[]): string[][] {
  return mergeAuthors(papers)
    .filter((group) => group.names.length > 1)
    .map((group) => group.names)
    .sort();
}

describe('mergeAuthors', () => {
  test('variants of one name with a coauthor in common are one person, shown by the fullest name', () => {
    const papers = [
      [author('Res Altwegg'), author('Michael Schaub')],
      [author('R. Altwegg'), author('M. Schaub'), author('Hannah Dickens')],
      [author('Ana Lopez-Garcia'), author('H. Dickens')],
    ];
    const groups = mergeAuthors(papers);
    const altwegg = groups.find((group) => group.names.includes('R. Altwegg'));
    expect(altwegg).toMatchObject({ name: 'Res Altwegg', family: 'Altwegg', names: ['R. Altwegg', 'Res Altwegg'], mentions: [[0, 0], [1, 0]] });
    // Dickens's two names share no coauthor: two pages.
    expect(merged(papers)).toEqual([
      ['M. Schaub', 'Michael Schaub'],
      ['R. Altwegg', 'Res Altwegg'],
    ]);
  });

  test('the page shows the fullest name, without a full stop after a whole word, else the most written', () => {
    const groups = mergeAuthors([[author('Otávio. Bueno')], [author('Otávio. Bueno')], [author('Otávio Bueno')], [author('O. Bueno')]]);
    expect(groups.map((group) => group.name)).toEqual(['O. Bueno', 'Otávio Bueno']);
  });

  test('two people whose initials merely agree stay apart: no coauthor in common, or different given names', () => {
    expect(merged([[author('J. Smith'), author('Ann Lee')], [author('John Smith'), author('Bo Chen')]])).toEqual([]);
    expect(merged([[author('Jane Smith'), author('Ann Lee')], [author('John Smith'), author('Ann Lee')]])).toEqual([]);
  });

  test('ways of writing one name that differ in accents, case, spaces and hyphens are one name, with or without coauthors', () => {
    expect(merged([[author('Zi-Hong Zhang')], [author('Zihong Zhang')], [author('Jörg Müller')], [author('Jorg Muller')]])).toEqual([
      ['Jorg Muller', 'Jörg Müller'],
      ['Zi-Hong Zhang', 'Zihong Zhang'],
    ]);
    // Initials are not a name: A. N. Wang is not An Wang.
    expect(merged([[author('A. N. Wang')], [author('An Wang')]])).toEqual([]);
  });

  test('different suffixes are different people; a name without one may join a name with one', () => {
    const withSuffix = (name: string, suffix: string): AuthorMention => ({ ...author(name), name: `${name} ${suffix}`, suffix });
    expect(merged([[withSuffix('John Smith', 'Jr.'), author('Ann Lee')], [withSuffix('John Smith', 'Sr.'), author('Ann Lee')]])).toEqual([]);
    expect(merged([[withSuffix('John Smith', 'Jr.'), author('Ann Lee')], [author('John Smith'), author('Ann Lee')]])).toEqual([['John Smith', 'John Smith Jr.']]);
  });

  test('a coauthor in common must be one person: agreeing initials that could be several people say nothing', () => {
    const papers = [
      [author('Y. M. Zhu'), author('J. M. Li')],
      [author('Youyong Zhu'), author('Juan Li')],
      [author('Jun Li'), author('Bo Chen')],
    ];
    expect(merged(papers)).toEqual([]);
  });

  test('two names on one paper are two people, whatever they share', () => {
    expect(merged([[author('J. Smith'), author('John Smith'), author('Ann Lee')], [author('John Smith'), author('Ann Lee')]])).toEqual([]);
  });

  test('an initial that could be either of two people needs two coauthors in common, and is not guessed between equals', () => {
    const papers = [
      [author('J. Smith'), author('Ann Lee')],
      [author('John Smith'), author('Ann Lee')],
      [author('James Smith'), author('Ann Lee')],
    ];
    expect(merged(papers)).toEqual([]);
    expect(merged([...papers, [author('J. Smith'), author('Bo Chen')], [author('John Smith'), author('Bo Chen')]])).toEqual([['J. Smith', 'John Smith']]);
  });

  test('the same ORCID iD or ResearcherID is one person whatever the names; a name with two ORCID iDs is two people', () => {
    const orcid = 'https://orcid.org/0000-0002-1825-0097';
    expect(merged([[author('Maria Garcia', { orcid })], [author('Maria Garcia-Lopez', { orcid: '0000-0002-1825-0097' })]])).toEqual([['Maria Garcia', 'Maria Garcia-Lopez']]);
    expect(merged([[author('Ann Lee', { researcherId: 'A-1-2010' })], [author('A. Lee', { researcherId: 'A-1-2010' })]])).toEqual([['A. Lee', 'Ann Lee']]);
    const twins = mergeAuthors([[author('Bo Li', { orcid: '0000-0001-0000-0001' })], [author('Bo Li', { orcid: '0000-0001-0000-0002' })], [author('Bo Li')]]);
    expect(twins.map((group) => [group.name, group.orcid ?? null])).toEqual([
      ['Bo Li', null],
      ['Bo Li', '0000-0001-0000-0001'],
      ['Bo Li', '0000-0001-0000-0002'],
    ]);
  });

  test('names with different ORCID iDs are never joined by coauthors', () => {
    expect(merged([[author('J. Smith', { orcid: '0000-0001-0000-0001' }), author('Ann Lee')], [author('John Smith', { orcid: '0000-0001-0000-0002' }), author('Ann Lee')]])).toEqual([]);
  });

  test('the people do not depend on the order of the papers', () => {
    const papers = [
      [author('Res Altwegg'), author('Michael Schaub')],
      [author('R. Altwegg'), author('M. Schaub')],
      [author('J. Smith'), author('Ann Lee'), author('Bo Chen')],
      [author('John Smith'), author('Ann Lee')],
      [author('James Smith'), author('Bo Chen')],
      [author('J. Smith'), author('A. Lee')],
      [author('Jean-Pierre Dupont'), author('Ann Lee')],
      [author('J.-P. Dupont'), author('Ann Lee')],
    ];
    const people = (order: readonly number[]) =>
      mergeAuthors(order.map((index) => papers[index] as AuthorMention[]))
        .map((group) => `${group.name}: ${group.names.join(', ')}`)
        .sort();
    const identity = papers.map((_, index) => index);
    for (let seed = 1; seed <= 20; seed++) expect(people(shuffle(identity, seed))).toEqual(people(identity));
  });
});

