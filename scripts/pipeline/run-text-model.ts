import { Worker } from 'node:worker_threads';
import type { TextModel } from './text-model.ts';

/**
 * Runs {@link textModel} in a worker thread, so the generator's other steps (topics,
 * search terms, MDX) use the second core meanwhile: at 5,000 papers the text model is
 * about half of the generate step.
 */
export function runTextModel(docs: readonly string[]): Promise<TextModel> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./text-model-worker.ts', import.meta.url), { workerData: docs });
    worker.once('message', (model: TextModel) => resolve(model));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the text model worker stopped with exit code ${code}`));
    });
  });
}
