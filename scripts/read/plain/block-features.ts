/** What tells a title from an abstract paragraph, measured on one block of text. */
export interface BlockFeatures {
  /** Natural log of the number of words (at least one). */
  logWords: number;
  /** How the text ends: 0 full stop, 1 question mark, 2 exclamation mark, 3 anything else. */
  end: number;
  /** Sentences, capped: 0 one, 1 two, 2 three, 3 four or more. */
  sentences: number;
  /** 1 when the text holds a web address, else 0. */
  url: number;
  /** Share of longer words that start with a capital: 0 under a third, 1 up to two thirds, 2 more. */
  capitals: number;
  /** Pronouns and finite verbs of running prose (`we`, `this`, `is`, `can`, …): 0 none, 1 a few, 2 at least two and one word in 25, as in sentences. */
  proseWords: number;
}

/** How many values each categorical feature takes, in the order of {@link categoricalFeatures}. */
export const featureSizes = { end: 4, sentences: 4, url: 2, capitals: 3, proseWords: 3 } as const;

/** The categorical features, scored as independent choices. */
export const categoricalFeatures = ['end', 'sentences', 'url', 'capitals', 'proseWords'] as const;

/** Abbreviations whose full stop does not end a sentence. */
const abbreviation = /\b(?:et al|e\.g|i\.e|vs|etc|cf|Fig|Figs|Eq|Eqs|No|Dr|Mr|Mrs|Ms|St|approx|resp)$/;

/** Words read for the capital and prose-word shares: enough to tell a title from prose, and it keeps long abstracts cheap. */
const sampleWords = 80;

/**
 * Grammar words that sentences need and titles mostly do without: English pronouns,
 * determiners and auxiliary verbs, never a field's terms. In a document whose titles
 * use them too, or that is not in English, the model learns they tell nothing.
 */
const proseWords = new Set(
  'we our us i my you your they their it its this these those is are was were has have had been be being can could would should will may might must does do did which that'.split(' '),
);

/** Quotes and brackets that may open a word. */
const opening = new Set(['"', '“', '‘', '(', '[']);

/** Whether a character is a letter (it has case) or a digit; a plain test keeps this loop cheap on large documents. */
const isWordCharacter = (char: string) => char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9');

/** A sentence break: end punctuation, optional closing quote or bracket, space, then a capital or digit. */
const sentenceBreak = /[.!?]["”’')\]]*\s+["“‘(\[]?[A-Z0-9]/g;

/**
 * Measures a block (white space already folded) for {@link scoreParagraph}.
 *
 * Only shape is measured, never words of one field, so the same features serve
 * documents from any discipline; what they mean for titles is learned per document.
 */
export function blockFeatures(text: string): BlockFeatures {
  const words = text.split(' ').filter(Boolean);
  const last = text.at(-1);
  let breaks = 0;
  // Count sentence breaks up to the cap, skipping full stops of abbreviations.
  for (const match of text.matchAll(sentenceBreak)) {
    if (match[0].startsWith('.') && abbreviation.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    if (++breaks === 3) break;
  }
  let long = 0;
  let capitalised = 0;
  let prose = 0;
  const sample = words.length > sampleWords ? words.slice(0, sampleWords) : words;
  for (const word of sample) {
    let start = 0;
    while (start < word.length && opening.has(word.charAt(start))) start++;
    let end = word.length;
    while (end > start && !isWordCharacter(word.charAt(end - 1))) end--;
    const bare = word.slice(start, end);
    const initial = bare.charAt(0);
    if (bare.length >= 4 && initial.toLowerCase() !== initial.toUpperCase()) {
      long++;
      if (initial !== initial.toLowerCase()) capitalised++;
    }
    if (bare.length <= 5 && proseWords.has(bare.toLowerCase())) prose++;
  }
  const share = long === 0 ? 0.5 : capitalised / long;
  return {
    logWords: Math.log(Math.max(1, words.length)),
    end: last === '.' ? 0 : last === '?' ? 1 : last === '!' ? 2 : 3,
    sentences: Math.min(3, breaks),
    url: /https?:\/\/|\bwww\.\S/.test(text) ? 1 : 0,
    capitals: share < 1 / 3 ? 0 : share <= 2 / 3 ? 1 : 2,
    proseWords: prose === 0 ? 0 : prose < 2 || prose < sample.length / 25 ? 1 : 2,
  };
}
