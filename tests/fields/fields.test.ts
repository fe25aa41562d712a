import { describe, expect, test } from 'vitest';
import { extractLinks } from '../../scripts/fields/extract-links.ts';
import { extractShortName } from '../../scripts/fields/extract-short-name.ts';
import { countWords, firstSentence, readingMinutes } from '../../scripts/fields/measure-text.ts';
import { tidyLatex } from '../../scripts/fields/tidy-latex.ts';

describe('extractShortName', () => {
  test.each([
    ['SHERL: Synthesizing High Accuracy and Efficient Memory for Resource-Limited Transfer Learning', 'SHERL'],
    ['LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning', 'LST'],
    ['AdaNPC: Exploring Non-Parametric Classifier for Test-Time Adaptation', 'AdaNPC'],
    ['NAPA-VQ: Neighborhood Aware Prototype Augmentation with Vector Quantization for Continual Learning', 'NAPA-VQ'],
    ["NEVIS'22: A Stream of 100 Tasks Sampled from 30 Years of Computer Vision Research", "NEVIS'22"],
    ['NL2TL: Transforming Natural Languages to Temporal Logics using Large Language Models', 'NL2TL'],
    ['Tiny Time Mixers (TTMs): Fast Pre-trained Models for Enhanced Zero/Few-Shot Forecasting', 'TTMs'],
  ])('finds the short name of %s', (title, name) => {
    expect(extractShortName(title)).toBe(name);
  });

  test.each([
    'Selectivity Drives Productivity: Efficient Dataset Pruning for Enhanced Transfer Learning',
    'Towards a Unified View of Parameter-Efficient Transfer Learning',
    'Negative Preference Optimization: From Catastrophic Collapse to Effective Unlearning',
    "Don't Take It Literally: An Edit-Invariant Sequence Loss for Text Generation",
    'Towards: Something',
    'Label Shift Adapter for Test-Time Adaptation under Covariate and Label Shifts',
  ])('finds no short name in %s', (title) => {
    expect(extractShortName(title)).toBeUndefined();
  });
});

describe('extractLinks', () => {
  test('drops the sentence period after a URL', () => {
    expect(extractLinks('Codes are available at https://github.com/OPTML-Group/DP4TL.')).toEqual([
      { url: 'https://github.com/OPTML-Group/DP4TL', kind: 'code', host: 'github.com' },
    ]);
  });

  test('cuts LaTeX debris after a URL', () => {
    expect(extractLinks('See https://gohyojun15.github.io/ANT_diffusion/{url}. and more')).toEqual([
      { url: 'https://gohyojun15.github.io/ANT_diffusion/', kind: 'project', host: 'gohyojun15.github.io' },
    ]);
    expect(extractLinks('at https://anonymous.4open.science/r/BIB-ICLR2023-Submission/README.md{here.}')).toEqual([
      { url: 'https://anonymous.4open.science/r/BIB-ICLR2023-Submission/README.md', kind: 'code', host: 'anonymous.4open.science' },
    ]);
  });

  test('turns a clone URL into the repository page', () => {
    expect(extractLinks('Code: https://github.com/TamashaM/NAPA-VQ.git.')[0]?.url).toBe('https://github.com/TamashaM/NAPA-VQ');
  });

  test('keeps balanced parentheses and drops unbalanced ones', () => {
    expect(extractLinks('(see https://en.wikipedia.org/wiki/Transfer_(learning))')[0]?.url).toBe(
      'https://en.wikipedia.org/wiki/Transfer_(learning)',
    );
    expect(extractLinks('(code at https://aka.ms/BLURB)')[0]?.url).toBe('https://aka.ms/BLURB');
  });

  test('lists each URL once, in order', () => {
    const text = 'https://b.example/x and https://a.example/y and https://b.example/x.';
    expect(extractLinks(text).map((link) => link.url)).toEqual(['https://b.example/x', 'https://a.example/y']);
  });

  test('never links other schemes', () => {
    expect(extractLinks('javascript:alert(1) data:text/html,<b> ftp://x.example/y mailto:a@b.c')).toEqual([]);
  });
});

describe('tidyLatex', () => {
  test('unescapes percent signs and friends', () => {
    expect(tidyLatex('gains (12-38\\%) \\& more \\_x \\#1 \\$5')).toBe('gains (12-38%) & more _x #1 $5');
  });

  test('turns TeX quotes into typographic quotes', () => {
    expect(tidyLatex("Semi-structured (or ``N:M'') Sparsity")).toBe('Semi-structured (or “N:M”) Sparsity');
  });

  test('expands common text macros', () => {
    expect(tidyLatex('sets of parameters (\\eg adapters), \\ie fewer, \\etal.')).toBe('sets of parameters (e.g. adapters), i.e. fewer, et al.');
  });

  test('leaves math and unknown commands as written', () => {
    expect(tidyLatex('Q^{pi_{sft}} and \\alpha and rho_{BL} and 40% ~ 80%')).toBe('Q^{pi_{sft}} and \\alpha and rho_{BL} and 40% ~ 80%');
  });
});

describe('measuring text', () => {
  test('counts words with letters or digits', () => {
    expect(countWords('We show 40% ~ 80% gains — really.')).toBe(6);
  });

  test('reads at 200 words a minute, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(250)).toBe(1);
    expect(readingMinutes(301)).toBe(2);
  });

  test('takes the first sentence', () => {
    expect(firstSentence('Fine-tuning is costly. We fix it.')).toBe('Fine-tuning is costly.');
  });

  test('shortens an overlong first sentence at a word', () => {
    const sentence = firstSentence(`${'word '.repeat(100)}end.`, 50);
    expect(sentence.length).toBeLessThanOrEqual(51);
    expect(sentence.endsWith('word…')).toBe(true);
  });
});
