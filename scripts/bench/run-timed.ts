import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleTreeRss, type TreeRssSampler } from './sample-tree-rss.ts';

/** How long a command took, the most memory any one of its processes held, and the most they held together. */
export interface TimedRun {
  milliseconds: number;
  /** Peak resident set size in kilobytes, from GNU time when it is installed. */
  maxRssKb: number | undefined;
  /** Peak of the resident memory of the command and all its descendants together, sampled (see sample-tree-rss.ts), in kilobytes. */
  peakTreeRssKb: number | undefined;
  output: string;
}

/** GNU time reports the peak RSS of a command and its children; optional. */
const gnuTime = '/usr/bin/time';

/**
 * Runs a command to completion, timing it by the wall clock, and fails with its
 * output when it exits non-zero.
 */
export async function runTimed(command: string, args: readonly string[], cwd: string): Promise<TimedRun> {
  const rssFile = join(tmpdir(), `atlas-bench-rss-${process.pid}-${Date.now()}`);
  const useTime = existsSync(gnuTime);
  const [file, fileArgs] = useTime ? [gnuTime, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  let sampler: TreeRssSampler | undefined;
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(file, fileArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) sampler = sampleTreeRss(child.pid);
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${text.slice(-3000)}`))));
  }).finally(() => sampler?.stop());
  const milliseconds = performance.now() - started;
  const peakTreeRssKb = sampler?.stop();
  const rss = useTime ? Number.parseInt((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '', 10) : Number.NaN;
  await rm(rssFile, { force: true });
  return { milliseconds, maxRssKb: Number.isFinite(rss) ? rss : undefined, peakTreeRssKb, output };
}
