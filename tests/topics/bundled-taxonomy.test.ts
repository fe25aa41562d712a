import { describe, expect, test } from 'vitest';
import { assignTopics } from '../../scripts/topics/assign-topics.ts';
import { bundledAssignments, bundledPapers, bundledTaxonomy, iclrPapers, topicsOf } from '../helpers/bundled.ts';

const slugs = bundledTaxonomy.topics.map((topic) => topic.slug);
const papersIn = (slug: string): string[] =>
  bundledPapers.filter((_, i) => bundledAssignments[i]!.topics.includes(slug)).map((paper) => paper.title);

describe('the bundled taxonomy', () => {
  test('has 12 to 25 topics, ending with Other', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
    expect(slugs.length).toBeLessThanOrEqual(25);
    expect(slugs.at(-1)).toBe('other');
    expect(bundledTaxonomy.topics.at(-1)!.description.length).toBeGreaterThan(20);
  });

  test('has no umbrella topic named after the whole field', () => {
    for (const topic of bundledTaxonomy.topics) expect(topic.name.toLowerCase()).not.toMatch(/^transfer learning$/);
  });

  test('gives every topic but Other aliases readers type', () => {
    for (const topic of bundledTaxonomy.topics.filter((t) => t.slug !== 'other')) expect(topic.aliases.length).toBeGreaterThan(2);
  });

  test.each([
    ['test-time-adaptation', ['TTA', 'test time training']],
    ['knowledge-distillation', ['KD', 'distillation', 'teacher-student']],
    ['vision-language', ['VLM', 'VLP', 'CLIP', 'multimodal']],
    ['cross-lingual-transfer', ['multilingual', 'low-resource languages', 'machine translation', 'NMT']],
    ['biomedical', ['clinical', 'medical', 'radiology', 'health']],
    ['parameter-efficient-fine-tuning', ['PEFT', 'PETL', 'LoRA', 'adapters']],
  ])('has the aliases a researcher would search for %s', (slug, aliases) => {
    expect(bundledTaxonomy.topics.find((t) => t.slug === slug)?.aliases).toEqual(expect.arrayContaining(aliases));
  });
});

describe('topics of the bundled document', () => {
  test('every paper has 1 to 4 topics', () => {
    for (const { topics } of bundledAssignments) {
      expect(topics.length).toBeGreaterThanOrEqual(1);
      expect(topics.length).toBeLessThanOrEqual(4);
    }
  });

  test('no topic has fewer than 2 papers', () => {
    for (const slug of slugs) expect(papersIn(slug).length, slug).toBeGreaterThanOrEqual(2);
  });

  test('no topic holds more than 40% of the papers', () => {
    for (const slug of slugs) expect(papersIn(slug).length / bundledPapers.length, slug).toBeLessThanOrEqual(0.4);
  });

  test('Other is alone on its papers and holds only papers no topic describes', () => {
    for (const { topics } of bundledAssignments) if (topics.includes('other')) expect(topics).toEqual(['other']);
    expect(papersIn('other')).toEqual([
      "Don't Take It Literally: An Edit-Invariant Sequence Loss for Text Generation",
      'Model-Based Transfer Learning for Contextual Reinforcement Learning',
    ]);
  });
});

// Cases defended from the abstracts: each names papers a researcher would file together.
describe('papers a researcher would file together', () => {
  test.each([
    ['test-time-adaptation', ['AdaNPC', 'CAFA', 'Label Shift Adapter for Test-Time Adaptation', 'Everything to the Synthetic', 'Diverse Data Augmentation with Diffusions']],
    ['parameter-efficient-fine-tuning', ['LST', 'UniPT', 'SHERL', 'VL-Adapter', 'Towards a Unified View of Parameter-Efficient']],
    ['cross-lingual-transfer', ['WECHSEL', 'Google\'s Multilingual Neural Machine Translation', 'Adapting Pre-trained Language Models to African', 'Free Lunch', 'ProKD', 'Constrained Decoding for Cross-lingual']],
    ['prompt-tuning', ['Approximated Prompt Tuning', 'Training-Free Unsupervised Prompt', 'BlackVIP', 'Soft Prompt Tuning for Augmenting Dense Retrieval', 'PANDA']],
    ['vision-language', ['Parameter and Computation Efficient Transfer Learning for Vision-Language', 'VL-Adapter', 'Approximated Prompt Tuning', 'Preventing Zero-Shot Transfer Degradation']],
    ['continual-learning', ['NAPA-VQ', 'Preventing Zero-Shot Transfer Degradation', 'NEVIS\'22']],
    ['model-merging', ['Merging Models with Fisher-Weighted Averaging', 'Knowledge Composition using Task Vectors', 'Free Lunch']],
    ['knowledge-distillation', ['PANDA', 'ProKD', 'MaskLLM']],
    ['model-initialization', ['WECHSEL', 'Zero-Shot Tokenizer Transfer', 'Transformer as Linear Expansion of Learngene', 'Diffusion-Based Neural Network Weights Generation']],
    ['transferability-estimation', ['Fast and Accurate Transferability Measurement', 'Building a Winning Team', 'Can We Evaluate Domain Adaptation Models']],
    ['domain-adaptation', ['Can We Evaluate Domain Adaptation Models', 'Noise May Contain Transferable Knowledge', 'Name Tagging Under Domain Shift']],
    ['diffusion-models', ['Addressing Negative Transfer in Diffusion Models', 'Neural Network-Based Score Estimation', 'Diffusion-Based Neural Network Weights Generation', 'Everything to the Synthetic']],
    ['instruction-tuning', ['Instruction Tuned Models are Quick Learners', 'Learning to Generate Instruction Tuning Datasets', 'Non-instructional Fine-tuning']],
    ['llm-alignment', ['Negative Preference Optimization', 'Transfer Q Star']],
    ['data-efficient-training', ['Selectivity Drives Productivity', 'Self-Supervised Dataset Distillation']],
    ['scaling-laws', ['Scaling Laws for Downstream Task Performance', 'Why do Learning Rates Transfer']],
    ['biomedical', ['Fine-Tuning Large Neural Language Models for Biomedical', 'Application of Deep Learning in Generating Structured Radiology', 'Amplifying Pathological Detection in EEG', 'Name Tagging Under Domain Shift']],
    ['information-extraction', ['Constrained Decoding for Cross-lingual Label Projection', 'ProKD', 'Application of Deep Learning in Generating Structured Radiology']],
    ['text-embeddings-retrieval', ['NV-Embed', 'Soft Prompt Tuning for Augmenting Dense Retrieval', 'Retrieval-Augmented Meta Learning', 'Vector representations of text data']],
    ['multi-task-learning', ['ScaLearn', 'Improving Multi-task Learning', 'Addressing Negative Transfer in Diffusion Models']],
    ['science-and-time-series', ['Tiny Time Mixers', 'SNIP', 'NL2TL']],
  ])('%s holds %j', (slug, prefixes) => {
    for (const prefix of prefixes) expect(topicsOf(prefix), prefix).toContain(slug);
  });

  test.each([
    ['AdaNPC', 'test-time-adaptation'],
    ['LST', 'parameter-efficient-fine-tuning'],
    ['WECHSEL', 'cross-lingual-transfer'],
    ['Merging Models with Fisher-Weighted Averaging', 'model-merging'],
    ['Transfer Q Star', 'llm-alignment'],
    ['MaskLLM', 'knowledge-distillation'],
  ])('%s has %s as its main topic', (prefix, slug) => {
    expect(topicsOf(prefix)[0]).toBe(slug);
  });
});

// Phrases that mislead a naive matcher; each was a real mistake while writing the taxonomy.
describe('papers kept out of topics their words suggest', () => {
  test.each([
    ['Label Shift Adapter for Test-Time Adaptation', 'parameter-efficient-fine-tuning', 'its adapter is a test-time module'],
    ['Self-Supervised Dataset Distillation', 'knowledge-distillation', 'dataset distillation is not teacher-student distillation'],
    ['NL2TL', 'cross-lingual-transfer', 'translating English to temporal logic is not cross-lingual'],
    ['Knowledge Composition using Task Vectors', 'test-time-adaptation', 'test-time adaptation is one experiment, not the subject'],
    ['Learning to Generate Instruction Tuning Datasets', 'model-merging', '"the average performance" is not weight averaging'],
    ['Low-Resource Multi-Granularity Academic Function Recognition', 'biomedical', 'one biomedical dataset among others'],
    ['Scaling Laws for Downstream Task Performance', 'cross-lingual-transfer', 'machine translation is only the benchmark'],
  ])('%s is not in %s: %s', (prefix, slug) => {
    expect(topicsOf(prefix)).not.toContain(slug);
  });
});

describe('another document with the bundled taxonomy', () => {
  const assignments = assignTopics(iclrPapers, bundledTaxonomy);

  test('gives each of the 687 ICLR papers topics, unmatched ones in Other', () => {
    expect(assignments).toHaveLength(687);
    for (const { topics } of assignments) {
      expect(topics.length).toBeGreaterThanOrEqual(1);
      expect(topics.length).toBeLessThanOrEqual(4);
    }
    const other = assignments.filter((a) => a.topics[0] === 'other').length;
    expect(other).toBeGreaterThan(687 / 2);
    expect(other).toBeLessThan(687);
  });
});
