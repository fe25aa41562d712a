import { Worker } from 'node:worker_threads';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';
import type { PlanTopicsOptions } from './plan-topics.ts';

/** What the generator needs of a topic plan: the taxonomy used and each paper's topics. */
export interface PlannedTopics {
  /** Curated topics that apply, then automatic topics, then Other. */
  taxonomy: Taxonomy;
  /** Topic slugs of each paper, main first. */
  topics: string[][];
  /** Slugs of the automatic topics. */
  automatic: string[];
  /** Which rule made the taxonomy. */
  rule: string;
}

/**
 * Runs {@link planTopics} in a worker thread, so finding automatic topics shares the
 * machine's cores with the text model's worker instead of holding up the main thread's
 * other work: at 10,000 papers the topic step takes a few seconds.
 */
export function runPlanTopics(papers: ReadonlyArray<{ title: string; abstract: string }>, taxonomy: Taxonomy, options: PlanTopicsOptions): Promise<PlannedTopics> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./plan-topics-worker.ts', import.meta.url), {
      workerData: { papers: papers.map(({ title, abstract }) => ({ title, abstract })), taxonomy, isDefault: options.isDefault },
    });
    worker.once('message', (plan: PlannedTopics) => resolve(plan));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the topic worker stopped with exit code ${code}`));
    });
  });
}
