import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long a command took and the most memory it (or any one of its children) held. */
export interface TimedRun {
  milliseconds: number;
  /** Peak resident set size in kilobytes, from GNU time when it is installed. */
  maxRssKb: number | undefined;
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
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(file, fileArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${text.slice(-3000)}`))));
  });
  const milliseconds = performance.now() - started;
  const rss = useTime ? Number.parseInt((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '', 10) : Number.NaN;
  await rm(rssFile, { force: true });
  return { milliseconds, maxRssKb: Number.isFinite(rss) ? rss : undefined, output };
}
