/**
 * A generated collection from four fields far from machine learning (oncology, ecology, law,
 * geology), five subjects each, for testing automatic topics and areas on text the code was
 * not written for. Each subject has a term of art its papers mostly write (some of four
 * words, some with a hyphen, one whose first word is never written without the next) and
 * words of its own; each field has a broad word most of its papers write; all papers share
 * boilerplate and numbers, and medical abstracts carry an export's spelling of `·` (`54
 * center dot 3`). Deterministic.
 */
import { seededRandom } from '../../scripts/text-model/seeded-random.ts';

export interface Subject {
  field: string;
  /** The term of art papers on the subject write. */
  term: string;
  /** Words and phrases of the subject. */
  words: string[];
}

interface Field {
  /** The broad word most of the field's papers write. */
  broad: string;
  subjects: Array<{ term: string; words: string[] }>;
  /** Words of the field, on papers of any of its subjects. */
  words: string[];
}

const fields: Record<string, Field> = {
  oncology: {
    broad: 'cancer',
    words: ['tumour stage', 'overall survival', 'chemotherapy regimen', 'hazard ratio', 'oncology clinic', 'biopsy samples'],
    subjects: [
      { term: 'breast cancer', words: ['mammography screening', 'hormone receptor status', 'mastectomy', 'HER2 expression', 'lymph node involvement'] },
      { term: 'cervical cancer', words: ['papillomavirus infection', 'pap smear', 'colposcopy', 'vaccination coverage', 'cervical screening'] },
      { term: 'non-small cell lung cancer', words: ['smoking history', 'EGFR mutations', 'lobectomy', 'pulmonary nodules', 'tyrosine kinase inhibitors'] },
      { term: 'colorectal cancer', words: ['colonoscopy', 'adenomatous polyps', 'faecal occult blood', 'bowel resection', 'microsatellite instability'] },
      { term: 'prostate cancer', words: ['prostate specific antigen', 'androgen deprivation', 'gleason score', 'radical prostatectomy', 'active surveillance'] },
    ],
  },
  ecology: {
    broad: 'populations',
    words: ['field surveys', 'habitat loss', 'population density', 'study sites', 'climate warming', 'species richness'],
    subjects: [
      { term: 'spatially explicit capture-recapture', words: ['camera traps', 'detection probability', 'home range', 'trap arrays', 'individual identification'] },
      { term: 'seabird colonies', words: ['breeding success', 'foraging trips', 'chick provisioning', 'nesting burrows', 'prey availability'] },
      { term: 'pollinator networks', words: ['flower visitors', 'bumblebee', 'plant pollinator interactions', 'nectar resources', 'network nestedness'] },
      { term: 'coral reef bleaching', words: ['sea surface temperature', 'symbiotic algae', 'reef fish', 'thermal stress', 'coral cover'] },
      { term: 'invasive plant species', words: ['native vegetation', 'seed dispersal', 'propagule pressure', 'eradication programmes', 'competitive exclusion'] },
    ],
  },
  law: {
    broad: 'courts',
    words: ['judicial review', 'case law', 'statutory interpretation', 'legal doctrine', 'appellate decisions', 'legislative intent'],
    subjects: [
      { term: 'international investment arbitration', words: ['bilateral investment treaties', 'arbitral tribunals', 'expropriation claims', 'fair and equitable treatment', 'host states'] },
      { term: 'data protection law', words: ['personal data', 'consent requirements', 'supervisory authorities', 'cross-border transfers', 'privacy notices'] },
      { term: 'criminal sentencing', words: ['sentencing guidelines', 'mandatory minimums', 'plea bargaining', 'custodial sentences', 'recidivism rates'] },
      { term: 'copyright infringement', words: ['fair use', 'derivative works', 'music sampling', 'licensing agreements', 'digital piracy'] },
      { term: 'asylum procedures', words: ['refugee status', 'border detention', 'credibility assessment', 'deportation orders', 'humanitarian protection'] },
    ],
  },
  geology: {
    broad: 'rocks',
    words: ['field mapping', 'radiometric dating', 'thin sections', 'outcrop exposures', 'stratigraphic record', 'tectonic setting'],
    subjects: [
      { term: 'glacial moraines', words: ['ice sheet retreat', 'cosmogenic nuclides', 'meltwater channels', 'erratic boulders', 'till deposits'] },
      { term: 'volcanic ash layers', words: ['tephra deposits', 'eruption columns', 'pyroclastic flows', 'magma chambers', 'ash dispersal'] },
      { term: 'submarine landslides', words: ['continental slope', 'turbidity currents', 'slope failure', 'seafloor bathymetry', 'mass transport deposits'] },
      { term: 'karst aquifers', words: ['limestone dissolution', 'cave systems', 'spring discharge', 'groundwater tracing', 'sinkhole formation'] },
      { term: 'carlo basin sediments', words: ['basin subsidence', 'sediment cores', 'lacustrine deposits', 'provenance analysis', 'grain size distribution'] },
    ],
  },
};

const boilerplate = [
  'We report results from a retrospective analysis.',
  'Results were consistent across sensitivity analyses.',
  'These findings inform future work and practice.',
  'Data were collected between 2010 and 2020.',
  'The implications for policy are discussed.',
];

/** The subjects, field by field. */
export const subjects: Subject[] = Object.entries(fields).flatMap(([field, { subjects: list }]) => list.map(({ term, words }) => ({ field, term, words })));

/** Each field's broad word (`cancer`), by field. */
export const broadWords: Record<string, string> = Object.fromEntries(Object.entries(fields).map(([field, { broad }]) => [field, broad]));

/** `perSubject` papers on each of the 20 subjects, subjects interleaved; each paper's subject beside it. */
export function multiFieldCollection(perSubject = 20): { papers: Array<{ title: string; abstract: string }>; subjectOf: Subject[] } {
  const random = seededRandom(20261206);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const papers: Array<{ title: string; abstract: string }> = [];
  const subjectOf: Subject[] = [];
  for (let k = 0; k < perSubject; k += 1) {
    for (const subject of subjects) {
      const field = fields[subject.field]!;
      // The one subject whose term's first word never stands alone: `carlo basin` is always `monte carlo basin`.
      const term = subject.term === 'carlo basin sediments' ? 'Monte Carlo basin sediments' : subject.term;
      const own = () => pick(subject.words);
      const context = () => pick(field.words);
      const opening = pick([
        `We study ${term} and ${own()} in ${field.broad}, with ${context()}.`,
        `This study examines ${term}: ${own()} across ${context()}.`,
        `Little is known about ${term} in ${field.broad}.`,
        `Evidence on ${term} remains scarce, particularly for ${own()}.`,
        `We review ${term} with respect to ${context()}.`,
      ]);
      const numbers = `${10 + (k % 50)} center dot ${k % 10}`;
      const sentences = [
        random() < 0.85 ? opening : `We study ${own()} in ${field.broad}, with ${context()}.`,
        `${pick(['Our analysis links', 'We relate', 'Models connect', 'Surveys tie'])} ${own()} with ${own()} and ${context()}.`,
        random() < 0.7 ? pick([`The ${field.broad} we examined show ${own()} and ${context()}.`, `Across ${field.broad}, ${own()} varied with ${context()}.`]) : `Observations show ${own()} and ${context()}.`,
        subject.field === 'oncology'
          ? pick([`Median follow-up was ${numbers} months.`, `Mean age was ${numbers} years.`, `The odds ratio was ${numbers} for ${own()}.`, `Response rates reached ${numbers} in the cohort.`])
          : `We compared ${own()} with ${context()}.`,
        pick(boilerplate),
      ];
      const title = pick([
        `${capitalize(own())} and ${term} in ${context()}`,
        `${capitalize(term)}: ${own()} and ${context()}`,
        `On ${term} and ${own()}`,
        `${capitalize(own())}, ${own()} and ${context()}: study ${k + 1}`,
      ]);
      papers.push({ title, abstract: sentences.join(' ') });
      subjectOf.push(subject);
    }
  }
  return { papers, subjectOf };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
