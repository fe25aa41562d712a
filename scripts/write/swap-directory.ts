import { rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with the fully built `fresh` directory in two renames, so a
 * reader (or a failed run) never sees a half-written site.
 */
export async function swapDirectory(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = await rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(fresh, target);
  if (hadTarget) await rm(old, { recursive: true, force: true });
}
