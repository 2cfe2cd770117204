import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import { fromView, toView, type ListFile } from './list-files';

type Handler = ReturnType<typeof makeGenericAPIRouteHandler>;
type TreeEntry = { path: string; type: string; sha: string };

const encoder = new TextEncoder();

/**
 * Wraps Keystatic's local-mode API so that it sees each list file through its view (see list-files.ts): the tree
 * names the view's blob id, a blob request for that id returns the view, and an update turns the view back into the
 * list before Keystatic writes it.
 */
export function withListFiles(
  handler: Handler,
  root: string,
  lists: readonly ListFile[],
): (request: Request) => Promise<Response> {
  const read = (list: ListFile) => {
    const file = path.join(root, list.path);
    return existsSync(file) ? readFileSync(file, 'utf8') : '[]';
  };
  const view = (list: ListFile) => encoder.encode(toView(read(list), list));
  const respond = ({ body, headers, status }: Awaited<ReturnType<Handler>>) =>
    // Keystatic types its body as a generic Uint8Array; Response accepts it at run time.
    new Response(body as BodyInit | null, { status, headers });
  const fixTree = async (response: Awaited<ReturnType<Handler>>) => {
    if (response.status !== 200 || typeof response.body !== 'string') return respond(response);
    const entries = JSON.parse(response.body) as TreeEntry[];
    for (const entry of entries) {
      const list = lists.find((l) => l.path === entry.path);
      if (list) entry.sha = gitBlobSha(view(list));
    }
    return respond({ ...response, body: JSON.stringify(entries) });
  };

  return async (request) => {
    const url = new URL(request.url);
    const params = url.pathname
      .replace(/^\/api\/keystatic\/?/, '')
      .split('/')
      .map(decodeURIComponent);
    if (request.method === 'GET' && params[0] === 'tree') return fixTree(await handler(request));
    if (request.method === 'GET' && params[0] === 'blob') {
      const list = lists.find((l) => l.path === params.slice(2).join('/'));
      if (list) {
        const contents = view(list);
        return gitBlobSha(contents) === params[1] ? new Response(contents) : new Response('Not Found', { status: 404 });
      }
    }
    if (request.method === 'POST' && params.join('/') === 'update') {
      const body = (await request.json()) as { additions: { path: string; contents: string }[]; deletions: unknown[] };
      for (const addition of body.additions) {
        const list = lists.find((l) => l.path === addition.path);
        if (list)
          addition.contents = Buffer.from(
            fromView(Buffer.from(addition.contents, 'base64url').toString('utf8'), list, read(list)),
          ).toString('base64url');
      }
      const headers = new Headers(request.headers);
      headers.delete('content-length');
      const forwarded = new Request(request.url, { method: 'POST', headers, body: JSON.stringify(body) });
      return fixTree(await handler(forwarded));
    }
    return respond(await handler(request));
  };
}

/** Git's blob id, which Keystatic uses to name file versions. */
function gitBlobSha(contents: Uint8Array): string {
  return createHash('sha1').update(`blob ${contents.byteLength}\0`).update(contents).digest('hex');
}
