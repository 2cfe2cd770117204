// A 10-second load test of one article page with autocannon: served by the embedded server (scripts/serve.mjs)
// and by nginx with deploy/nginx (scripts/serve-nginx.sh), in the same run. Needs `npm run build` first.
import { execFileSync, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { stop, table, waitFor } from './lib.mjs';

const ARTICLE = '/artikelen/wat-is-osteoporose';

function run(url, duration) {
  return autocannon({ url, duration, connections: 10, pipelining: 1 });
}

export async function reportLoad(root, duration = 10) {
  console.log(`\n(c) Belastingstest: ${duration} s, 10 verbindingen, ${ARTICLE}\n`);
  const node = spawn('node', ['scripts/serve.mjs', '--port', '3197', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  execFileSync('bash', ['scripts/serve-nginx.sh', 'start', '3198'], { cwd: root, stdio: 'inherit' });
  try {
    await waitFor(`http://127.0.0.1:3197${ARTICLE}`);
    await waitFor(`http://127.0.0.1:3198${ARTICLE}`);
    const embedded = await run(`http://127.0.0.1:3197${ARTICLE}`, duration);
    const nginx = await run(`http://127.0.0.1:3198${ARTICLE}`, duration);
    const row = (name, r) => [name, Math.round(r.requests.average), r.latency.p99, r.errors + r.non2xx];
    console.log(
      table([['server', 'verzoeken/s', 'p99 ms', 'fouten'], row('scripts/serve.mjs', embedded), row('nginx', nginx)]),
    );
    return { ok: [embedded, nginx].every((r) => r.errors + r.non2xx === 0) };
  } finally {
    execFileSync('bash', ['scripts/serve-nginx.sh', 'stop', '3198'], { cwd: root });
    await stop(node);
  }
}
