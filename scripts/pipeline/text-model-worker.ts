/** Worker entry of {@link runTextModel}: computes the text model of the documents it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import { textModel } from './text-model.ts';

parentPort?.postMessage(textModel(workerData as string[]));
