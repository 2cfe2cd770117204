// The production server: serves the static export (out/) the way deploy/nginx does, with Node alone.
//   node scripts/serve.mjs [--port 3000] [--host 0.0.0.0] [--site out]    (npm start; npm run serve builds first)
// Clean URLs (/artikelen/medicijnen is artikelen/medicijnen.html), one address per page (a trailing slash is
// redirected away), the Dutch 404 page with status 404, a year's caching for files whose names carry a content
// hash, gzip, and on every response the security headers the build wrote to build/security-headers.json.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = path.join(ROOT, 'out');
const HEADERS_FILE = path.join(ROOT, 'build', 'security-headers.json');

/** Files whose names change with their content: the islands' code and Next.js's stylesheets. */
const HASHED = /^\/(?:_islands\/.+-[A-Z0-9]{8}\.js|_next\/static\/)/;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > -1 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** For an address with a trailing or doubled slash: the one address of that page; otherwise null. */
export function canonicalPath(pathname) {
  let clean = `/${pathname.replace(/^\/+/, '').replace(/\/+/g, '/')}`;
  if (clean.length > 1) clean = clean.replace(/\/+$/, '');
  return clean === pathname ? null : clean;
}

export function createSiteHandler({ site = SITE, headers = readSecurityHeaders() } = {}) {
  const notFoundPage = readFileSync(path.join(site, '404.html'));
  const files = sirv(site, {
    extensions: ['html'],
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
      // Link-preview images are exported without a file extension.
      if (pathname.endsWith('/opengraph-image')) res.setHeader('Content-Type', 'image/png');
    },
  });
  const compress = compression();

  return (req, res) => {
    for (const { key, value } of headers) res.setHeader(key, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Deze site kan alleen pagina’s tonen.');
      return;
    }
    const target = req.url ?? '/';
    const queryAt = target.indexOf('?');
    const canonical = canonicalPath(queryAt === -1 ? target : target.slice(0, queryAt));
    if (canonical) {
      res.writeHead(301, { Location: canonical + (queryAt === -1 ? '' : target.slice(queryAt)) });
      res.end();
      return;
    }
    compress(req, res, () =>
      files(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : notFoundPage);
      }),
    );
  };
}

function readSecurityHeaders() {
  if (!existsSync(HEADERS_FILE)) {
    console.error(`Geen ${path.relative(ROOT, HEADERS_FILE)}: maak eerst de site met npm run build.`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(HEADERS_FILE, 'utf8'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(option('site', SITE), '404.html'))) {
    console.error('Geen site in out/: maak die eerst met npm run build.');
    process.exit(1);
  }
  const port = Number(option('port', process.env.PORT ?? 3000));
  const host = option('host', process.env.HOST);
  const server = createServer(createSiteHandler({ site: path.resolve(option('site', SITE)) }));
  server.listen(port, host, () => console.log(`Botwijzer draait op http://${host ?? 'localhost'}:${port}`));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}
