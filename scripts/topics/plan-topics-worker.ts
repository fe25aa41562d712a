/** Worker entry of {@link runPlanTopics}: plans the topics of the papers it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';
import { planTopics } from './plan-topics.ts';

const { papers, taxonomy, isDefault } = workerData as { papers: Array<{ title: string; abstract: string }>; taxonomy: Taxonomy; isDefault: boolean };
const plan = planTopics(papers, taxonomy, { isDefault });
// Only the topics of each paper cross back: the evidence is for explain-topics, which plans in-process.
parentPort?.postMessage({ taxonomy: plan.taxonomy, topics: plan.assignments.map((a) => a.topics), automatic: plan.automatic, rule: plan.rule });
