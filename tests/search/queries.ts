/**
 * Queries written from the bundled abstracts, with the papers a researcher would expect
 * among the first five hits. Not a test file itself: tests/search/search-papers.test.ts runs
 * them, and scripts/bench/measure-search.ts can report them.
 */
export interface ExpectedQuery {
  query: string;
  /** Slugs that must all be among the first five hits. */
  expect: string[];
}

/** A query plain word matching gets wrong, and why. */
export interface MeaningQuery extends ExpectedQuery {
  kind: 'acronym' | 'field name' | 'word form' | 'misspelling';
}

/** Topical queries in the abstracts' own words. */
export const topicalQueries: ExpectedQuery[] = [
  { query: 'test-time adaptation', expect: ['adanpc-exploring-non-parametric-classifier-for-test-time-adaptation', 'cafa-class-aware-feature-alignment-for-test-time-adaptation', 'label-shift-adapter-for-test-time-adaptation-under-covariate-and-label-shifts'] },
  { query: 'cross-lingual transfer', expect: ['free-lunch-robust-cross-lingual-transfer-via-model-checkpoint-averaging', 'cross-lingual-transfer-for-low-resource-natural-language-processing'] },
  { query: 'parameter-efficient transfer learning', expect: ['towards-a-unified-view-of-parameter-efficient-transfer-learning', 'vl-adapter-parameter-efficient-transfer-learning-for-vision-and-language-tasks'] },
  { query: 'dataset pruning', expect: ['selectivity-drives-productivity-efficient-dataset-pruning-for-enhanced-transfer'] },
  { query: 'scaling laws', expect: ['scaling-laws-for-downstream-task-performance-of-large-language-models'] },
  { query: 'time series forecasting', expect: ['tiny-time-mixers-ttms-fast-pre-trained-models-for-enhanced-zero-few-shot'] },
  { query: 'named entity recognition', expect: ['prokd-an-unsupervised-prototypical-knowledge-distillation-network-for-zero', 'name-tagging-under-domain-shift-via-metric-learning-for-life-sciences'] },
  { query: 'instruction tuning', expect: ['instruction-tuned-models-are-quick-learners', 'learning-to-generate-instruction-tuning-datasets-for-zero-shot-task-adaptation'] },
  { query: 'dense retrieval', expect: ['soft-prompt-tuning-for-augmenting-dense-retrieval-with-large-language-models'] },
  { query: 'african languages', expect: ['adapting-pre-trained-language-models-to-african-languages-via-multilingual'] },
  { query: 'EEG', expect: ['amplifying-pathological-detection-in-eeg-signaling-pathways-through-cross'] },
  { query: 'temporal logic', expect: ['nl2tl-transforming-natural-languages-to-temporal-logics-using-large-language'] },
  { query: 'negative transfer', expect: ['addressing-negative-transfer-in-diffusion-models'] },
  { query: 'visual prompting', expect: ['blackvip-black-box-visual-prompting-for-robust-transfer-learning'] },
  { query: 'task vectors', expect: ['knowledge-composition-using-task-vectors-with-learned-anisotropic-scaling'] },
];

/** Acronyms, field names, word forms and misspellings. */
export const meaningQueries: MeaningQuery[] = [
  // Acronyms the abstracts never spell out.
  { query: 'KD', kind: 'acronym', expect: ['prokd-an-unsupervised-prototypical-knowledge-distillation-network-for-zero', 'panda-prompt-transfer-meets-knowledge-distillation-for-efficient-model'] },
  { query: 'VLM', kind: 'acronym', expect: ['approximated-prompt-tuning-for-vision-language-pre-trained-models', 'vl-adapter-parameter-efficient-transfer-learning-for-vision-and-language-tasks'] },
  { query: 'NMT', kind: 'acronym', expect: ['googles-multilingual-neural-machine-translation-system-enabling-zero-shot'] },
  { query: 'PEFT', kind: 'acronym', expect: ['towards-a-unified-view-of-parameter-efficient-transfer-learning', 'sherl-synthesizing-high-accuracy-and-efficient-memory-for-resource-limited'] },
  { query: 'TTA', kind: 'acronym', expect: ['cafa-class-aware-feature-alignment-for-test-time-adaptation', 'label-shift-adapter-for-test-time-adaptation-under-covariate-and-label-shifts'] },
  { query: 'MTL', kind: 'acronym', expect: ['improving-multi-task-learning-via-seeking-task-based-flat-regions'] },
  { query: 'RAG', kind: 'acronym', expect: ['retrieval-augmented-meta-learning-for-low-resource-text-classification'] },
  { query: 'NER', kind: 'acronym', expect: ['name-tagging-under-domain-shift-via-metric-learning-for-life-sciences'] },
  // The field's usual name for what an abstract words differently.
  { query: 'clinical', kind: 'field name', expect: ['application-of-deep-learning-in-generating-structured-radiology-reports-a', 'fine-tuning-large-neural-language-models-for-biomedical-natural-language'] },
  { query: 'lifelong learning', kind: 'field name', expect: ['napa-vq-neighborhood-aware-prototype-augmentation-with-vector-quantization-for', 'nevis-22-a-stream-of-100-tasks-sampled-from-30-years-of-computer-vision-research'] },
  { query: 'model soups', kind: 'field name', expect: ['merging-models-with-fisher-weighted-averaging', 'free-lunch-robust-cross-lingual-transfer-via-model-checkpoint-averaging'] },
  { query: 'machine unlearning', kind: 'field name', expect: ['negative-preference-optimization-from-catastrophic-collapse-to-effective'] },
  { query: 'hyperparameter transfer', kind: 'field name', expect: ['why-do-learning-rates-transfer-reconciling-optimization-and-scaling-limits-for'] },
  { query: 'semantic search', kind: 'field name', expect: ['nv-embed-improved-techniques-for-training-llms-as-generalist-embedding-models'] },
  { query: 'model compression', kind: 'field name', expect: ['maskllm-learnable-semi-structured-sparsity-for-large-language-models'] },
  // Singular where the text has a plural, and other word forms.
  { query: 'tokenizers', kind: 'word form', expect: ['zero-shot-tokenizer-transfer'] },
  { query: 'diffusion model', kind: 'word form', expect: ['addressing-negative-transfer-in-diffusion-models'] },
  { query: 'adapters', kind: 'word form', expect: ['vl-adapter-parameter-efficient-transfer-learning-for-vision-and-language-tasks'] },
  { query: 'merged models', kind: 'word form', expect: ['merging-models-with-fisher-weighted-averaging'] },
  { query: 'finetuning biomedical', kind: 'word form', expect: ['fine-tuning-large-neural-language-models-for-biomedical-natural-language'] },
  // Misspellings.
  { query: 'distilation', kind: 'misspelling', expect: ['prokd-an-unsupervised-prototypical-knowledge-distillation-network-for-zero', 'self-supervised-dataset-distillation-for-transfer-learning'] },
  { query: 'multilingal', kind: 'misspelling', expect: ['googles-multilingual-neural-machine-translation-system-enabling-zero-shot'] },
  { query: 'knowlege distillation', kind: 'misspelling', expect: ['prokd-an-unsupervised-prototypical-knowledge-distillation-network-for-zero'] },
  { query: 'tokenzier transfer', kind: 'misspelling', expect: ['zero-shot-tokenizer-transfer'] },
  { query: 'continal learning', kind: 'misspelling', expect: ['napa-vq-neighborhood-aware-prototype-augmentation-with-vector-quantization-for'] },
  { query: 'transferabilty estimation', kind: 'misspelling', expect: ['building-a-winning-team-selecting-source-model-ensembles-using-a-submodular'] },
  { query: 'promt tuning', kind: 'misspelling', expect: ['approximated-prompt-tuning-for-vision-language-pre-trained-models'] },
];
