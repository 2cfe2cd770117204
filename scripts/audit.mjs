// npm run audit [-- --server=node|nginx] [--runs=3]: Lighthouse (mobile, default simulated throttling) in Debian's
// Chromium on the home page, an article and both tools. Each page is measured --runs times and the median run (by
// performance score) counts: one run on a 2-core machine can be several points off. Writes that run's HTML report
// to lighthouse/, prints a table and exits 1 when a target is missed.
// Needs `npm run build` first.
//   --server=node (default): the built site (out/) from scripts/serve.mjs, what `npm run serve` runs.
//   --server=nginx: the same files behind nginx with deploy/nginx.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { stop, table, waitFor } from './bench/lib.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SERVER = args.server ?? 'node';
const RUNS = Number(args.runs ?? 3);
const PORT = 3196;
const PAGES = ['/', '/artikelen/wat-is-osteoporose', '/hulpmiddelen/t-score', '/hulpmiddelen/calcium'];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const LCP_TARGET_MS = 1500;

if (!['node', 'nginx'].includes(SERVER) || !(RUNS >= 1)) {
  console.error('Gebruik: npm run audit -- [--server=node|nginx] [--runs=3]');
  process.exit(2);
}

async function startServer() {
  const server =
    SERVER === 'node'
      ? spawn('node', ['scripts/serve.mjs', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' })
      : (execFileSync('bash', ['scripts/serve-nginx.sh', 'start', String(PORT)], { stdio: 'inherit' }), null);
  await waitFor(`http://127.0.0.1:${PORT}/`);
  return server;
}

async function stopServer(server) {
  if (SERVER === 'node') await stop(server);
  else execFileSync('bash', ['scripts/serve-nginx.sh', 'stop', String(PORT)]);
}

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One Lighthouse run; a trace that failed to record (NO_NAVSTART and the like) is tried again, up to 3 times. */
async function audit(page) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      // mobile form factor and default (simulated) throttling are Lighthouse's defaults
      onlyCategories: Object.keys(TARGETS),
    });
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${page}`);
    if (!result.lhr.runtimeError || attempt === 3) return result;
    console.error(`${page}: ${result.lhr.runtimeError.code}, opnieuw (${attempt + 1}/3)`);
  }
}

const score = (result, key) => Math.round((result.lhr.categories[key]?.score ?? 0) * 100);
const lcpOf = (result) => result.lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity;
const tbtOf = (result) => result.lhr.audits['total-blocking-time']?.numericValue ?? Infinity;

const rows = [['pagina', 'performance', 'accessibility', 'best practices', 'seo', 'LCP (s)', 'TBT (ms)', 'alle runs', '']];
let ok = true;
try {
  mkdirSync('lighthouse', { recursive: true });
  for (const page of PAGES) {
    const results = [];
    for (let run = 0; run < RUNS; run += 1) results.push(await audit(page));
    results.sort((a, b) => score(a, 'performance') - score(b, 'performance') || lcpOf(b) - lcpOf(a));
    const median = results[Math.floor((results.length - 1) / 2)];
    const scores = Object.keys(TARGETS).map((key) => score(median, key));
    const lcp = lcpOf(median);
    const pass = Object.values(TARGETS).every((target, i) => scores[i] >= target) && lcp < LCP_TARGET_MS;
    ok &&= pass;
    const all = results.map((r) => `${score(r, 'performance')}/${(lcpOf(r) / 1000).toFixed(2)}`).join(' ');
    rows.push([page, ...scores, (lcp / 1000).toFixed(2), Math.round(tbtOf(median)), all, pass ? 'ok' : 'ONDER DOEL']);
    writeFileSync(`lighthouse/${SERVER}${page.replace(/\W+/g, '_')}.html`, String(median.report));
  }
} finally {
  await chrome.kill();
  await stopServer(server);
}

const served = SERVER === 'node' ? 'scripts/serve.mjs' : 'nginx met deploy/nginx';
console.log(`\nLighthouse ${new Date().toISOString()}, ${served}, mobiel, standaard throttling, mediaan van ${RUNS} runs\n`);
console.log(table(rows));
console.log(`\nDoelen: performance ≥ ${TARGETS.performance}, overige 100, LCP < ${LCP_TARGET_MS / 1000} s.`);
console.log('"alle runs": performance/LCP van elke run, laag naar hoog. Rapporten (de mediane run) in lighthouse/.');
if (!ok) process.exit(1);
