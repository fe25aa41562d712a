import { expect, test } from 'vitest';
import { clusterVectors } from '../../scripts/text-model/cluster-vectors.ts';
import { tfidf } from '../../scripts/text-model/tfidf.ts';
import { iclrPapers } from '../helpers/bundled.ts';

const docs = [
  'speech recognition transducer acoustic',
  'speech acoustic transducer streaming',
  'acoustic speech streaming recognition',
  'robot grasping manipulation pixels',
  'robot manipulation pixels control',
  'grasping robot control pixels',
];

test('separates clearly different groups', () => {
  const { labels } = clusterVectors(tfidf(docs, { minDocumentFrequency: 1 }).vectors, 2);
  expect(new Set(labels.slice(0, 3)).size).toBe(1);
  expect(new Set(labels.slice(3)).size).toBe(1);
  expect(labels[0]).not.toBe(labels[3]);
});

test('gives the same clusters for the same seed', () => {
  const { vectors } = tfidf(iclrPapers.slice(0, 200).map((p) => `${p.title}\n${p.abstract}`));
  expect(clusterVectors(vectors, 8, { seed: 7 }).labels).toEqual(clusterVectors(vectors, 8, { seed: 7 }).labels);
});

test('uses every cluster and returns unit-length centres', () => {
  const { vectors } = tfidf(iclrPapers.slice(0, 200).map((p) => `${p.title}\n${p.abstract}`));
  const { labels, centroids } = clusterVectors(vectors, 8);
  expect(new Set(labels).size).toBe(8);
  for (const centre of centroids) expect(Math.hypot(...centre)).toBeCloseTo(1, 9);
});

test('never makes more clusters than vectors', () => {
  const { vectors } = tfidf(docs.slice(0, 2), { minDocumentFrequency: 1 });
  expect(clusterVectors(vectors, 5).centroids).toHaveLength(2);
  expect(clusterVectors([], 3)).toEqual({ labels: [], centroids: [] });
});
