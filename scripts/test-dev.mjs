// npm run test:dev: `next dev` is for editors only (the site is served from the export), but it must keep working.
// Starts it on PORT_DEV (default 3190), asks for an article and checks that its title comes back.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const port = Number(process.env.PORT_DEV ?? 3190);
const path = '/artikelen/wat-is-osteoporose';
const child = spawn('node_modules/.bin/next', ['dev', '-p', String(port), '-H', '127.0.0.1'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  detached: true,
});

let failure = 'next dev antwoordde niet binnen 120 s';
try {
  for (const started = Date.now(); Date.now() - started < 120_000; await sleep(500)) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => null);
    if (!response) continue;
    const html = await response.text();
    failure =
      response.ok && html.includes('Wat is osteoporose?</h1>') ? '' : `status ${response.status} zonder de titel`;
    break;
  }
} finally {
  process.kill(-child.pid, 'SIGTERM');
}
if (failure) {
  console.error(`next dev: ${path}: ${failure}`);
  process.exit(1);
}
console.log(`next dev serveert ${path}.`);
