// wink-porter2-stemmer ships no type declarations: it exports one function (https://github.com/winkjs/wink-porter2-stemmer).
declare module 'wink-porter2-stemmer' {
  /** The Porter2 (Snowball English) stem of a lowercase word, as Pagefind's indexer stems English words. */
  export default function stem(word: string): string;
}
