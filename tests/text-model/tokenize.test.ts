import { describe, expect, test } from 'vitest';
import { foldPlural, tokenize } from '../../scripts/text-model/tokenize.ts';

const terms = (text: string, joinHyphens = false): string[] => tokenize(text, { joinHyphens }).map((t) => t.term);

describe('foldPlural', () => {
  test('folds regular plurals to the singular', () => {
    expect(['models', 'strategies', 'classes', 'patches', 'adapters'].map(foldPlural)).toEqual(['model', 'strategy', 'class', 'patch', 'adapter']);
  });
  test('keeps words that only look plural', () => {
    expect(['series', 'species', 'news', 'corpus', 'analysis', 'class', 'bias', 'previous'].map(foldPlural)).toEqual([
      'series', 'species', 'news', 'corpus', 'analysis', 'class', 'bias', 'previous',
    ]);
  });
  test('leaves short words alone', () => {
    expect(['gas', 'its', 'has', 'llms'].map(foldPlural)).toEqual(['gas', 'its', 'has', 'llm']);
  });
});

describe('tokenize', () => {
  test('lowercases, removes accents and folds plurals', () => {
    expect(terms('Pre-trained Models for Café Réseaux')).toEqual(['pre', 'trained', 'model', 'for', 'cafe', 'reseaux']);
  });
  test('splits hyphenated compounds unless asked to join them', () => {
    expect(terms('test-time adaptation')).toEqual(['test', 'time', 'adaptation']);
    expect(terms('test-time adaptation', true)).toEqual(['testtime', 'adaptation']);
  });
  test('keeps the written form for display', () => {
    expect(tokenize('Vision-Language Models', { joinHyphens: true }).map((t) => t.surface)).toEqual(['vision-language', 'models']);
  });
  test('drops URLs, LaTeX commands and possessive s', () => {
    expect(terms('the model\'s code at https://github.com/x/y-z.git (\\eg 5\\%)')).toEqual(['the', 'model', 'code', 'at', '5']);
  });
  test('keeps digits inside names', () => {
    expect(terms('mT5 and GPT-3')).toEqual(['mt5', 'and', 'gpt', '3']);
  });
});
