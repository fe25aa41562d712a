import { Worker } from 'node:worker_threads';

/** What a long build is doing now, as {@link BuildProgress.phase} sets it. */
export interface PhaseState {
  /** `generate`, `astro`, `search index`. */
  name: string;
  /** What the phase is doing (`planning topics for 100,000 papers`). */
  detail: string;
  /** Work done of how much, when the phase counts it (`pages` indexed of the papers). */
  done?: number;
  total?: number;
  noun?: string;
  /** A folder whose entries the ticker counts as work done (Astro's paper pages as they are written). */
  countDir?: string;
}

/** Progress lines of a long build: a line per phase change, then one at least every interval. */
export interface BuildProgress {
  /** Starts a phase (or says what the current one does now). */
  phase(state: PhaseState): void;
  /** Work done in the current phase, of how much. */
  update(done: number, total?: number): void;
  /** Stops the ticker. */
  stop(): Promise<void>;
}

/** Where the integrations find the build's progress (Astro may load them as another module instance than build.ts's). */
const globalKey = Symbol.for('paper-atlas.build-progress');

/** The build's progress reporter, if build.ts started one (for src/integrations/ to report to). */
export function currentProgress(): BuildProgress | undefined {
  return (globalThis as Record<symbol, BuildProgress | undefined>)[globalKey];
}

/**
 * Whether a build prints progress lines: asked for (`--progress`, or `ATLAS_PROGRESS=1`), or on
 * a terminal outside CI. A CI log or a redirected build stays as it was (the summary lines only):
 * periodic lines are what a person watching needs, and noise in a log read afterwards.
 */
export function progressWanted(flag: boolean, env: NodeJS.ProcessEnv = process.env, terminal = process.stderr.isTTY === true): boolean {
  if (flag || env['ATLAS_PROGRESS'] === '1') return true;
  if (env['ATLAS_PROGRESS'] === '0') return false;
  return terminal && env['CI'] === undefined;
}

/**
 * Starts a progress reporter whose lines (`[astro 1m 20s] rendering pages: 12,345 of 100,000 paper pages`)
 * go to stderr at least every `intervalMs` (ATLAS_PROGRESS_INTERVAL_MS, else 10 s). The ticker
 * runs in a worker thread writing straight to the file descriptor, so it keeps its pace while
 * the main thread is busy for long stretches (planning topics, Astro rendering); it counts
 * `countDir` itself. Disabled, it does nothing and costs nothing.
 */
export function startProgress(enabled: boolean, intervalMs = Number(process.env['ATLAS_PROGRESS_INTERVAL_MS'] ?? '') || 10_000): BuildProgress {
  if (!enabled) {
    const idle: BuildProgress = { phase: () => {}, update: () => {}, stop: async () => {} };
    return idle;
  }
  const worker = new Worker(tickerSource, { eval: true, workerData: { intervalMs } });
  worker.unref();
  const progress: BuildProgress = {
    phase: (state) => worker.postMessage({ kind: 'phase', state }),
    update: (done, total) => worker.postMessage({ kind: 'update', done, total }),
    stop: async () => {
      (globalThis as Record<symbol, BuildProgress | undefined>)[globalKey] = undefined;
      await worker.terminate();
    },
  };
  (globalThis as Record<symbol, BuildProgress | undefined>)[globalKey] = progress;
  return progress;
}

// The ticker: plain JavaScript, evaluated in the worker. It prints a phase's first line at once, then
// every interval; writeSync on fd 2, since a worker's process.stderr passes through the main thread.
const tickerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { readdirSync, writeSync } = require('node:fs');
const started = Date.now();
let state;
let phaseStarted = started;
const clock = (ms) => { const s = Math.round(ms / 1000); return s < 60 ? s + ' s' : Math.floor(s / 60) + 'm ' + String(s % 60).padStart(2, '0') + 's'; };
const number = (n) => n.toLocaleString('en');
// Pages are folders (papers/<slug>/); listing pages' numbered folders and files are not counted.
const counted = () => { try { return readdirSync(state.countDir).filter((name) => !name.includes('.') && !/^\\d+$/.test(name)).length; } catch { return 0; } };
const print = () => {
  if (state === undefined) return;
  const done = state.countDir !== undefined ? counted() : state.done;
  const amount = done === undefined ? '' : ': ' + number(done) + (state.total ? ' of ' + number(state.total) : '') + (state.noun ? ' ' + state.noun : '') + (state.total ? ' (' + Math.floor((100 * done) / state.total) + '%)' : '');
  writeSync(2, '[' + state.name + ' ' + clock(Date.now() - phaseStarted) + ', build ' + clock(Date.now() - started) + '] ' + state.detail + amount + '\\n');
};
parentPort.on('message', (message) => {
  if (message.kind === 'phase') {
    if (state === undefined || state.name !== message.state.name) phaseStarted = Date.now();
    state = message.state;
    print();
  } else if (state !== undefined) {
    state.done = message.done;
    if (message.total !== undefined) state.total = message.total;
  }
});
setInterval(print, workerData.intervalMs);
`;
