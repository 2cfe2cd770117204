// A 10-second load test of one article page with autocannon: served by `next start`, and the same prerendered
// HTML served as a static file by nginx (or, without nginx, by a minimal Node file server), in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startNext, stop, table, waitFor } from './lib.mjs';

const ARTICLE = '/artikelen/wat-is-osteoporose';

function run(url, duration) {
  return autocannon({ url, duration, connections: 10, pipelining: 1 });
}

function startStaticServer(root, port) {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  const appDir = path.join(root, '.next', 'server', 'app');
  if (nginx) {
    const prefix = mkdtempSync(path.join(tmpdir(), 'botwijzer-nginx-'));
    mkdirSync(path.join(prefix, 'logs'));
    writeFileSync(
      path.join(prefix, 'nginx.conf'),
      `daemon on; pid ${prefix}/nginx.pid; error_log ${prefix}/logs/error.log; worker_processes 1;
events {} http { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${prefix};
server { listen 127.0.0.1:${port}; root ${appDir}; location / { try_files $uri.html $uri =404; } } }`,
    );
    execFileSync(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')]);
    return { name: 'nginx', stop: () => spawnSync(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-s', 'stop']) };
  }
  const html = readFileSync(path.join(appDir, `${ARTICLE.slice(1)}.html`));
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)).listen(port, '127.0.0.1');
  return { name: 'Node http', stop: () => server.close() };
}

export async function reportLoad(root, duration = 10) {
  console.log(`\n(c) Belastingstest: ${duration} s, 10 verbindingen, ${ARTICLE}\n`);
  const next = await startNext(root, 3197);
  const staticServer = startStaticServer(root, 3198);
  try {
    await waitFor(`http://127.0.0.1:3198${ARTICLE}`);
    const dynamic = await run(`http://127.0.0.1:3197${ARTICLE}`, duration);
    const file = await run(`http://127.0.0.1:3198${ARTICLE}`, duration);
    const row = (name, r) => [name, Math.round(r.requests.average), r.latency.p99, r.errors + r.non2xx];
    console.log(
      table([
        ['server', 'verzoeken/s', 'p99 ms', 'fouten'],
        row('next start', dynamic),
        row(`statisch (${staticServer.name})`, file),
      ]),
    );
    console.log(`\nverhouding statisch / next start: ${(file.requests.average / dynamic.requests.average).toFixed(1)}×`);
    return { ok: dynamic.errors + dynamic.non2xx === 0 };
  } finally {
    staticServer.stop();
    await stop(next);
  }
}
