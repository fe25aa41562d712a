/**
 * A generated single-field collection where, as in real fields, the papers of one subject write
 * many different words for it: each subject has four names, none written by more than about a
 * third of its papers, and a vocabulary of its own; every paper also writes words of the
 * field shared by all subjects, and boilerplate. Words are made-up (syllables drawn from a
 * seeded generator), so no code can know them in advance. Deterministic.
 */
import { seededRandom } from '../../scripts/text-model/seeded-random.ts';

const syllables = ['ba', 'ce', 'do', 'fi', 'gu', 'ka', 'le', 'mo', 'nu', 'pa', 're', 'si', 'to', 'va', 'zo', 'ri', 'lu', 'ne', 'tha', 'pro'];
const endings = ['tion', 'sis', 'ment', 'ity', 'ance', 'ism', 'ure', 'ogy'];

/** The collection: `perSubject` papers on each of `subjectCount` subjects, interleaved, and each paper's subject. */
export function manyWordsField(subjectCount = 12, perSubject = 40): { papers: Array<{ title: string; abstract: string }>; subjectOf: number[] } {
  const random = seededRandom(20261207);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const used = new Set<string>();
  const word = (): string => {
    for (;;) {
      const made = pick(syllables) + pick(syllables) + pick(endings);
      if (!used.has(made)) {
        used.add(made);
        return made;
      }
    }
  };
  const phrase = (): string => `${word()} ${word()}`;
  const field = Array.from({ length: 20 }, phrase);
  const subjects = Array.from({ length: subjectCount }, () => ({ names: Array.from({ length: 4 }, phrase), words: Array.from({ length: 24 }, word) }));
  const papers: Array<{ title: string; abstract: string }> = [];
  const subjectOf: number[] = [];
  for (let k = 0; k < perSubject; k += 1) {
    subjects.forEach((subject, s) => {
      const own = () => pick(subject.words);
      const name = pick(subject.names);
      const sentences = [
        `We study ${name} with ${own()} and ${pick(field)}.`,
        `${pick(['Our analysis links', 'We relate', 'Models connect'])} ${own()} with ${own()} and ${pick(field)}.`,
        `Across the ${pick(field)}, ${own()} varied with ${own()}.`,
        pick(['Results were consistent across analyses.', 'These findings inform future work.', 'Data were collected over ten years.']),
      ];
      papers.push({ title: `${capitalize(own())} and ${own()} in ${pick(field)}`, abstract: sentences.join(' ') });
      subjectOf.push(s);
    });
  }
  return { papers, subjectOf };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
