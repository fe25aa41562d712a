import { describe, expect, test } from 'vitest';
import { readerCase } from '../../scripts/fields/reader-case.ts';
import type { CslItem } from '../../src/schemas/paper.ts';

/** A paper of a collection: its title, abstract and record. */
const paper = (title: string, abstract: string, csl: Partial<CslItem> = {}) => ({ title, abstract, csl: { type: 'article-journal', title, ...csl } });

describe('readerCase', () => {
  const collection = [
    paper('Shrub encroachment along the Gulf of Mexico', 'Shrubs spread along the coast of the Gulf of Mexico and in southern New Mexico. We sampled DNA of 40 species in the USA.', {
      'container-title': 'FISHERIES RESEARCH',
      'container-title-short': 'Fish. Res.',
      keyword: 'shrub encroachment; climate change',
      keywordsPlus: 'GULF-OF-MEXICO; SOUTHERN NEW-MEXICO; CLIMATE-CHANGE; X-RAY; HEAT-ISLAND; DNA; SHRUB ENCROACHMENT; NMR',
      author: [
        { family: 'MCDONALD', given: 'JOHN' },
        { family: "O'NEIL", given: 'KE' },
        { family: 'VAN DER BERG', given: 'JEAN-PIERRE' },
        { family: 'LEE', given: 'ANN' },
      ],
    }),
    paper('Heat islands in cities', 'Long-term records show an urban heat island, measured by x-ray scans and NMR.', {
      'container-title': 'IEEE TRANSACTIONS ON GEOSCIENCE AND REMOTE SENSING',
      'container-title-short': 'IEEE Trans. Geosci. Remote Sensing',
      author: [{ family: 'McDonald', given: 'Ann' }],
    }),
    paper('A survey', 'Nothing here.', { 'container-title': 'PLOS ONE', 'container-title-short': 'PLoS One' }),
    paper('Another', 'Text.', { 'container-title': 'JOURNAL OF THE MARINE BIOLOGICAL ASSOCIATION OF THE UNITED KINGDOM', 'event-title': 'Nature Communications' }),
    paper('Mixed', 'Text.', { 'container-title': 'Journal Of The Marine Biological Association', keyword: 'GULF-OF-MEXICO, Climate' }),
    paper('Sixth', 'Text.', { 'container-title': '2016 IEEE 43RD PHOTOVOLTAIC SPECIALISTS CONFERENCE (PVSC)' }),
    paper('Seventh', 'Text.', { 'container-title': 'BMC ECOLOGY' }),
    paper('Eighth', 'Text.', { 'container-title': 'PROCEEDINGS OF THE ROYAL SOCIETY B-BIOLOGICAL SCIENCES' }),
    paper('Ninth', 'Text.', { 'container-title': 'ADVANCES IN AGRONOMY: AN ANNUAL REVIEW, VOL 7' }),
    paper('Tenth', 'Text.', { 'container-title': 'Nature Communications' }),
    paper('Eleventh', 'Text.', { 'container-title': 'NATURE COMMUNICATIONS' }),
  ];
  const cased = readerCase(collection);
  const records = collection.map((item) => cased.csl(item.csl));

  test('a venue in capitals gets title case, small words in lower case, acronyms kept by abbreviation and by shape', () => {
    expect(records.map((record) => record['container-title'])).toEqual([
      'Fisheries Research',
      'IEEE Transactions on Geoscience and Remote Sensing',
      'PLoS One',
      'Journal of the Marine Biological Association of the United Kingdom',
      'Journal Of The Marine Biological Association',
      '2016 IEEE 43rd Photovoltaic Specialists Conference (PVSC)',
      'BMC Ecology',
      'Proceedings of the Royal Society B-Biological Sciences',
      'Advances in Agronomy: An Annual Review, Vol 7',
      'Nature Communications',
      // The collection writes this venue in mixed case elsewhere: that form.
      'Nature Communications',
    ]);
  });

  test('a venue with a lowercase letter is never touched, nor another field', () => {
    expect(records[3]?.['event-title']).toBe('Nature Communications');
    expect(cased.venue('Journal Of The Marine Biological Association')).toBe('Journal Of The Marine Biological Association');
    expect(records[0]?.title).toBe(collection[0]?.csl.title);
    expect(records[0]?.['container-title-short']).toBe('Fish. Res.');
  });

  test('keywords in capitals are lower case but for acronyms, written as the collection writes them where it does', () => {
    expect(records[0]?.keywordsPlus).toBe('Gulf of Mexico; southern New Mexico; climate change; x-ray; heat island; DNA; shrub encroachment; NMR');
    expect(records[0]?.keyword).toBe('shrub encroachment; climate change');
    // Keywords separated by commas stay so; a mixed-case keyword stays as written.
    expect(records[4]?.keyword).toBe('Gulf of Mexico, Climate');
  });

  test('with nothing to learn from, a keyword in capitals is lower case, phrases joined by hyphens spaced, acronyms by their shape', () => {
    const alone = readerCase([paper('T', '', { keywordsPlus: 'GULF-OF-MEXICO; SOLID-WASTE; C-4 GRASSES; CO2; BMC' })]);
    expect(alone.keyword('GULF-OF-MEXICO')).toBe('gulf of mexico');
    expect(alone.keyword('SOLID-WASTE')).toBe('solid waste');
    expect(alone.keyword('C-4 GRASSES')).toBe('C-4 grasses');
    expect(alone.keyword('CO2')).toBe('CO2');
    expect(alone.keyword('BMC')).toBe('BMC');
    expect(alone.keyword('mixed Case')).toBe('mixed Case');
  });

  test('names in capitals as people write them: particles lower case, Mc and O’ prefixes, short given names initials unless the collection names someone so', () => {
    expect(records[0]?.author).toEqual([
      { family: 'McDonald', given: 'John' },
      { family: "O'Neil", given: 'K. E.' },
      { family: 'van der Berg', given: 'Jean-Pierre' },
      { family: 'Lee', given: 'Ann' },
    ]);
    expect(records[1]?.author).toEqual([{ family: 'McDonald', given: 'Ann' }]);
  });

  test('a collection with nothing in capitals is given back as it is', () => {
    const plain = paper('T', 'A.', { 'container-title': 'Nature', keyword: 'a;b', author: [{ family: 'Smith', given: 'Jane' }] });
    expect(readerCase([plain]).csl(plain.csl)).toEqual(plain.csl);
  });

  test('a phrase the collection capitalises once is kept only when it names something; odd capitals count among words in lower case', () => {
    const cased = readerCase([
      paper('Energy use', 'We studied the Energy Efficiency Retrofit programme and energy efficiency in general, and a retrofit with energy efficiency again. Most of it lies in Yellowstone National Park, as Yellowstone does.', {
        keywordsPlus: 'ENERGY-EFFICIENCY RETROFIT; YELLOWSTONE-NATIONAL-PARK; STRUCTURE; US; 1980S',
      }),
      paper('Other', 'RESULTS AND STRUCTURE: the structure of US markets, and the US economy, tell us a structure. DATA AND STRUCTURE: none.', {}),
    ]);
    expect(cased.keyword('ENERGY-EFFICIENCY RETROFIT')).toBe('energy efficiency retrofit');
    expect(cased.keyword('YELLOWSTONE-NATIONAL-PARK')).toBe('Yellowstone National Park');
    // STRUCTURE beside other words in capitals is a heading's; US among words in lower case is an acronym, though `us` is written too.
    expect(cased.keyword('STRUCTURE')).toBe('structure');
    expect(cased.keyword('US')).toBe('US');
    expect(cased.keyword('1980S')).toBe('1980s');
  });
});
