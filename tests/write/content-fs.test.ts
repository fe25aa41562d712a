import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDocument, syncDirectory } from '../../scripts/write/content-fs.ts';
import { formatProblem, InputError } from '../../scripts/read/problem.ts';

const temporaryDirectory = () => mkdtemp(join(tmpdir(), 'atlas-sync-'));

describe('syncDirectory', () => {
  test('writes new files, leaves unchanged ones alone and removes stale ones', async () => {
    const root = await temporaryDirectory();
    await syncDirectory(root, new Map([['papers/a.mdx', 'A'], ['papers/b.mdx', 'B'], ['topics.json', '[]']]));
    const before = await stat(join(root, 'papers/a.mdx'));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const report = await syncDirectory(root, new Map([['papers/a.mdx', 'A'], ['papers/c.mdx', 'C'], ['topics.json', '[1]']]));

    expect(report).toEqual({ written: 2, unchanged: 1, removed: 1 });
    expect((await stat(join(root, 'papers/a.mdx'))).mtimeMs).toBe(before.mtimeMs);
    expect((await readdir(join(root, 'papers'))).sort()).toEqual(['a.mdx', 'c.mdx']);
    expect(await readFile(join(root, 'topics.json'), 'utf8')).toBe('[1]');
  });

  test('creates the folder when it does not exist', async () => {
    const root = join(await temporaryDirectory(), 'deep', 'content');
    expect(await syncDirectory(root, new Map([['atlas.json', '{}']]))).toEqual({ written: 1, unchanged: 0, removed: 0 });
  });
});

describe('readDocument', () => {
  test('names a missing file and says how to pass another', async () => {
    const error = await readDocument('no/such/papers.txt').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map(formatProblem)).toEqual([
      'no/such/papers.txt: no such file; pass an existing plain-text document with `npm run build -- --source path/to/papers.txt`',
    ]);
  });

  test('decodes a file with a byte order mark and CRLF endings', async () => {
    const file = join(await temporaryDirectory(), 'doc.txt');
    await writeFile(file, Buffer.from('\ufeffTitle\r\n\r\nAbstract.\r\n', 'utf8'));
    expect(await readDocument(file)).toBe('Title\n\nAbstract.\n');
  });
});
