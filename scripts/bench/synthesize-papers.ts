import { seededRandom } from '../text-model/seeded-random.ts';
import type { SourcePaper } from '../read/source-paper.ts';

/** How the titles of a synthetic document look. */
export type TitleStyle = 'conference' | 'medical';

/** What {@link synthesizePapers} makes. */
export interface SynthesizeOptions {
  /** `conference`: mostly Title Case, some with full stops, questions, two sentences or 1,000 characters; `medical`: sentence case, always a full stop, often two sentences. */
  style: TitleStyle;
  /** Seed of the generator: same seed, same document. */
  seed?: number;
  /** Whether abstracts may have a second or third paragraph and a trailing link line. */
  paragraphs?: boolean;
}

/** A synthetic paper and the document that holds it. */
export interface SynthesizedDocument {
  /** The papers, as the reader should find them again. */
  papers: { title: string; paragraphs: string[] }[];
  /** The document text: title, blank line, abstract paragraphs, repeated; some blocks hard-wrapped. */
  text: string;
}

/**
 * Writes a deterministic (seeded) document of `count` papers whose titles are hard
 * to tell from prose: ending in `.`, `?` or `!`, holding `. A`, sentence-like,
 * up to 1,000 characters. Abstracts recombine real sentences from `sources`: most
 * have several sentences, some one or two, some are one long sentence, some run
 * over two or three paragraphs or end with a `Code: https://…` line. Unlike
 * {@link synthesizeDocument} (whose output the bench depends on) it is made to test
 * the reader, not to measure the site.
 */
export function synthesizePapers(sources: readonly SourcePaper[], count: number, options: SynthesizeOptions): SynthesizedDocument {
  const random = seededRandom(options.seed ?? 1);
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentences = sources
    .flatMap((paper) => paper.paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/)))
    .filter((sentence) => /^[A-Z]/.test(sentence) && /[a-z]\.$/.test(sentence) && !/https?:|www\./.test(sentence))
    .filter((sentence) => sentence.split(' ').length >= 5 && sentence.split(' ').length <= 60);
  const words = sources.flatMap((paper) => paper.title.split(/\s+/)).map((word) => word.replace(/[.:,;?!]+$/, '')).filter((word) => /^[A-Za-z][\w-]*$/.test(word));
  const lower = (word: string) => (/^[A-Z][a-z-]+$/.test(word) ? word.toLowerCase() : word);
  const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const phrase = (n: number, titleCase: boolean) => {
    const chosen = Array.from({ length: n }, () => pick(words));
    return chosen.map((word, index) => (index === 0 || titleCase ? upper(word) : lower(word))).join(' ');
  };
  const acronym = () => pick(words).replace(/[^A-Za-z]/g, '').slice(0, between(2, 6)).toUpperCase() || 'NET';

  const conferenceTitle = (): string => {
    const kind = random();
    if (kind < 0.35) return phrase(between(3, 14), true);
    if (kind < 0.5) return `${acronym()}-${acronym()}: ${phrase(between(6, 16), false)}${chance(0.5) ? '.' : ''}`;
    if (kind < 0.6) return `${phrase(between(3, 10), chance(0.5))}${pick(['?', '!'])}${chance(0.4) ? ` ${phrase(between(3, 8), true)}` : ''}`;
    if (kind < 0.72) return `${phrase(between(3, 9), true)}. ${phrase(between(2, 6), true)}${chance(0.5) ? '.' : ''}`;
    if (kind < 0.84) return `${phrase(between(8, 22), false)}.`;
    if (kind < 0.9) return longTitle();
    return phrase(between(1, 3), true);
  };
  const medicalTitle = (): string => {
    const kind = random();
    if (kind < 0.4) return `${phrase(between(4, 14), false)}. ${phrase(between(2, 8), false)}.`;
    if (kind < 0.45) return `[${phrase(between(4, 14), false)}].`;
    if (kind < 0.48) return longTitle('.');
    return `${phrase(between(3, 24), false)}.`;
  };
  // One sentence of up to 1,000 characters: long titles exist and must not be mistaken for prose.
  const longTitle = (end = chance(0.5) ? '.' : ''): string => {
    let title = phrase(between(20, 40), random() < 0.5);
    const limit = between(300, 1000);
    while (title.length < limit) title += ` ${pick(['and', 'of', 'for', 'with', 'in'])} ${phrase(between(3, 12), false).toLowerCase()}`;
    return `${title.slice(0, limit).replace(/\s+\S*$/, '')}${end}`;
  };

  const prose = (low: number, high: number) => Array.from({ length: between(low, high) }, () => pick(sentences)).join(' ');
  // A short abstract of one or two sentences, still longer than a typical title, as real short abstracts are.
  const short = () => {
    let text = prose(1, 2);
    while (text.split(' ').length < 25) text = prose(1, 2);
    return text;
  };
  // One long sentence: clauses joined without a sentence break, as some abstracts are written.
  const longSentence = () =>
    Array.from({ length: between(3, 5) }, (_, index) => {
      const sentence = pick(sentences).replace(/\.$/, '');
      return index === 0 ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
    }).join('; ') + '.';
  // After a very long title the abstract has several sentences: a 1,000-character
  // title followed by a one-sentence abstract cannot be told apart by shape alone.
  const abstract = (index: number, longTitled: boolean): string[] => {
    const kind = longTitled ? 1 : random();
    const first = kind < 0.1 ? short() : kind < 0.2 ? longSentence() : prose(3, 12);
    const paragraphs = [first];
    if (options.paragraphs === true) {
      // Like real ones, an abstract that runs on opens with a paragraph of several sentences.
      if (kind >= 0.2 && chance(0.08)) paragraphs.push(prose(3, 6));
      if (paragraphs.length > 1 && chance(0.4)) paragraphs.push(prose(2, 8));
      if (chance(0.06)) {
        paragraphs.push(
          pick([`Code: https://github.com/example/paper-${index}`, `Code is available at https://github.com/example/paper-${index}.`, `Project page: https://example.org/${index}/`]),
        );
      }
    }
    return paragraphs;
  };
  // Some documents come hard-wrapped; the reader folds the lines of a block back together.
  const wrap = (text: string): string => {
    if (!chance(0.1)) return text;
    const width = between(50, 80);
    return text.replace(new RegExp(`(.{1,${width}})(?:\\s+|$)`, 'g'), '$1\n').trimEnd();
  };

  const used = new Set<string>();
  const papers: SynthesizedDocument['papers'] = [];
  for (let index = 0; index < count; index++) {
    let title = options.style === 'medical' ? medicalTitle() : conferenceTitle();
    while (used.has(title)) title = `${title.replace(/[.?!]$/, '')} ${index}${/[.?!]$/.test(title) ? title.at(-1) : ''}`;
    used.add(title);
    papers.push({ title, paragraphs: abstract(index, title.length > 200) });
  }
  const text = papers.map((paper) => [paper.title, ...paper.paragraphs].map(wrap).join('\n\n')).join('\n\n');
  return { papers, text: `${text}\n` };
}
