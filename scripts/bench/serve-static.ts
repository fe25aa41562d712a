import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running static server; `url` ends in the base path and a slash, e.g. `http://127.0.0.1:4321/atlas/`. */
export interface StaticServer {
  url: string;
  /** Every path that was answered with an error status, for tests that check nothing is missing. */
  failures: string[];
  /** Every request answered, in order, with the bytes of its body (uncompressed), for measuring downloads. */
  requests: ServedRequest[];
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** One answered request: its path, status and body size in bytes. */
export interface ServedRequest {
  path: string;
  status: number;
  bytes: number;
  /** Whether the file is Pagefind's own (below `<base>pagefind/`), to tell its bytes from the site's. */
  pagefind: boolean;
}

/** Extra response headers per request path, e.g. those a `_headers` file gives a host (see tests/publish/read-headers.ts). */
export type HeadersForPath = (pathname: string) => Readonly<Record<string, string>>;

/**
 * Serves a built site from `dir` on 127.0.0.1 under `base` (like a GitHub project site):
 * `/atlas/papers/x/` → `dir/papers/x/index.html`; anything outside `base` or missing gets `404.html` and status 404.
 * `headers`, when given, adds response headers for each request path, as a host would.
 */
export async function serveStatic(dir: string, base = '/', headers?: HeadersForPath): Promise<StaticServer> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const root = normalize(dir + sep);
  const failures: string[] = [];
  const requests: ServedRequest[] = [];

  const server = createServer(async (request, response) => {
    // The request target is a path, never an address: `//x` must not read as a host. A path
    // that does not decode is the client's mistake, answered with 400, not a crashed server.
    const pathname = decodePath(new URL(`http://localhost${request.url ?? '/'}`).pathname);
    if (pathname === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    const file = pathname.startsWith(prefix) ? await resolveFile(root, pathname.slice(prefix.length)) : undefined;
    if (file === undefined) {
      failures.push(pathname);
      response.writeHead(404, { ...headers?.(pathname), 'content-type': contentTypes['.html'] ?? 'text/html' });
      const served: ServedRequest = { path: pathname, status: 404, bytes: 0, pagefind: false };
      requests.push(served);
      createReadStream(join(root, '404.html'))
        .on('data', (chunk) => (served.bytes += chunk.length))
        .on('error', () => response.end('Not found'))
        .pipe(response);
      return;
    }
    response.writeHead(200, { ...headers?.(pathname), 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    const served: ServedRequest = { path: pathname, status: 200, bytes: 0, pagefind: pathname.startsWith(`${prefix}pagefind/`) };
    requests.push(served);
    createReadStream(file)
      .on('data', (chunk) => (served.bytes += chunk.length))
      .pipe(response);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    failures,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Maps a path below the base to a file inside `root`, or undefined when there is none (or it escapes `root`). */
async function resolveFile(root: string, relative: string): Promise<string | undefined> {
  const candidate = normalize(join(root, relative));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of relative === '' || relative.endsWith('/') ? [join(candidate, 'index.html')] : [candidate]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

/** A URL path decoded, or undefined when it holds an invalid escape (`%E0`). */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
