import { readdirSync, readFileSync } from 'node:fs';

/** Bytes per page of resident memory, as /proc counts RSS in pages (4 KiB on Linux x86-64 and arm64). */
const pageKb = 4;

/** A running sample of the memory of a process and all its descendants. */
export interface TreeRssSampler {
  /** Stops sampling and returns the largest sum of RSS seen over the whole tree, in KiB (undefined without /proc). */
  stop(): number | undefined;
}

/**
 * Samples, every `intervalMs`, the resident memory of the process `pid` and of every process
 * below it (Node, Pagefind's binary, workers' children), summed: the memory the whole build
 * holds at once, which a per-process peak (GNU time's %M) misses when two large processes
 * overlap. Reads /proc only; elsewhere it reports nothing.
 */
export function sampleTreeRss(pid: number, intervalMs = 250): TreeRssSampler {
  let peak: number | undefined;
  const sample = () => {
    const total = treeRssKb(pid);
    if (total !== undefined && (peak === undefined || total > peak)) peak = total;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** The summed RSS of `root` and its descendants now, in KiB; undefined when /proc cannot be read. */
export function treeRssKb(root: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const parent = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * pageKb);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  if (!rss.has(root)) return undefined;
  let total = 0;
  const queue = [root];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    total += rss.get(next) ?? 0;
    queue.push(...(children.get(next) ?? []));
  }
  return total;
}
