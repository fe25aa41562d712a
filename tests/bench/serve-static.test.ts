import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { serveStatic } from '../../scripts/bench/serve-static.ts';

test('the static server answers odd paths instead of crashing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-serve-'));
  await writeFile(join(dir, 'index.html'), '<p>home</p>');
  await writeFile(join(dir, '404.html'), '<p>missing</p>');
  const server = await serveStatic(dir);
  try {
    const origin = server.url.replace(/\/$/, '');
    expect([200, 404]).toContain((await fetch(`${origin}//`)).status);
    expect((await fetch(`${origin}/%E0`)).status).toBe(400);
    // Still serving afterwards.
    expect(await (await fetch(`${origin}/`)).text()).toContain('home');
  } finally {
    await server.close();
  }
});
