// npm run audit [-- --server=node|nginx] [--runs=3] [--port=3196] [--pages=/,/over]: Lighthouse (mobile, default simulated throttling) in Debian's
// Chromium on one page of every type (EVERY_PAGE_TYPE). Each page is measured --runs times and the median run (by
// performance score) counts: one run on a 2-core machine can be several points off. Writes that run's HTML report
// to lighthouse/, prints a table and exits 1 when a target is missed.
// Needs `npm run build` first.
//   --server=node (default): the built site (out/) from scripts/serve.mjs, what `npm run serve` runs.
//   --server=nginx: the same files behind nginx with deploy/nginx.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { stop, table, waitFor } from './bench/lib.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SERVER = args.server ?? 'node';
const RUNS = Number(args.runs ?? 3);
const PORT = Number(args.port ?? 3196);
// One page of every type: the home page, the list of articles, an article with a picture, one with a tool in it,
// one with the exercise pictures, the tools index and every tool, the glossary, search and the about page.
// (The 404 page is left out: Lighthouse does not measure a page that answers 404.) `--pages=/,/over` for fewer.
const EVERY_PAGE_TYPE = [
  '/',
  '/artikelen',
  '/artikelen/wat-is-osteoporose',
  '/artikelen/voeding-calcium-en-vitamine-d',
  '/artikelen/bewegen-en-oefeningen',
  '/hulpmiddelen',
  '/hulpmiddelen/t-score',
  '/hulpmiddelen/calcium',
  '/hulpmiddelen/valrisico',
  '/hulpmiddelen/botbreukrisico',
  '/hulpmiddelen/mijn-botkaart',
  '/hulpmiddelen/oefenschema',
  '/woordenlijst',
  '/zoeken',
  '/over',
];
const PAGES = args.pages?.split(',') ?? EVERY_PAGE_TYPE;
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const LCP_TARGET_MS = 1500;
// Each page is also measured as its no-script twin: the same HTML with every <script> removed, served the same way
// on TWIN_PORT, run for run side by side. The scripts may cost at most 15 % on top of that page's LCP.
const TWIN_PORT = PORT + 1;
const TWIN_RATIO_TARGET = 1.15;
const TWIN_DIR = `/tmp/botwijzer-noscript-${TWIN_PORT}`;

/** The same page without any script element (found by the HTML parser, cut by its offsets). */
function withoutScripts(html) {
  const cuts = [];
  const visit = (node) => {
    if (node.tagName === 'script' && node.sourceCodeLocation) cuts.push(node.sourceCodeLocation);
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return cuts
    .sort((a, b) => b.startOffset - a.startOffset)
    .reduce((page, c) => page.slice(0, c.startOffset) + page.slice(c.endOffset), html);
}

function makeTwin() {
  rmSync(TWIN_DIR, { recursive: true, force: true });
  cpSync('out', TWIN_DIR, { recursive: true });
  for (const name of readdirSync(TWIN_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const file = path.join(TWIN_DIR, name);
    writeFileSync(file, withoutScripts(readFileSync(file, 'utf8')));
  }
  const twin = spawn(
    'node',
    ['scripts/serve.mjs', '--site', TWIN_DIR, '--port', String(TWIN_PORT), '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  return twin;
}

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
const twin = makeTwin();
await waitFor(`http://127.0.0.1:${TWIN_PORT}/`);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** One Lighthouse run; a trace that failed to record (NO_NAVSTART and the like) is tried again, up to 3 times. */
async function audit(page, port = PORT) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
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

const rows = [
  [
    'pagina',
    'performance',
    'accessibility',
    'best practices',
    'seo',
    'LCP (s)',
    'TBT (ms)',
    'LCP zonder scripts (s)',
    'verhouding',
    'alle runs',
    '',
  ],
];
const medianOf = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
let ok = true;
try {
  mkdirSync('lighthouse', { recursive: true });
  for (const page of PAGES) {
    const results = [];
    const twinLcps = [];
    for (let run = 0; run < RUNS; run += 1) {
      results.push(await audit(page));
      twinLcps.push(lcpOf(await audit(page, TWIN_PORT)));
    }
    const ratio = medianOf(results.map(lcpOf)) / medianOf(twinLcps);
    results.sort((a, b) => score(a, 'performance') - score(b, 'performance') || lcpOf(b) - lcpOf(a));
    const median = results[Math.floor((results.length - 1) / 2)];
    const scores = Object.keys(TARGETS).map((key) => score(median, key));
    const lcp = lcpOf(median);
    const pass =
      Object.values(TARGETS).every((target, i) => scores[i] >= target) &&
      lcp < LCP_TARGET_MS &&
      ratio <= TWIN_RATIO_TARGET;
    ok &&= pass;
    const all = results.map((r) => `${score(r, 'performance')}/${(lcpOf(r) / 1000).toFixed(2)}`).join(' ');
    rows.push([
      page,
      ...scores,
      (lcp / 1000).toFixed(2),
      Math.round(tbtOf(median)),
      (medianOf(twinLcps) / 1000).toFixed(2),
      ratio.toFixed(2),
      all,
      pass ? 'ok' : 'ONDER DOEL',
    ]);
    writeFileSync(`lighthouse/${SERVER}${page.replace(/\W+/g, '_')}.html`, String(median.report));
  }
} finally {
  await chrome.kill();
  await stopServer(server);
  await stop(twin);
  rmSync(TWIN_DIR, { recursive: true, force: true });
}

const served = SERVER === 'node' ? 'scripts/serve.mjs' : 'nginx met deploy/nginx';
console.log(
  `\nLighthouse ${new Date().toISOString()}, ${served}, mobiel, standaard throttling, mediaan van ${RUNS} runs\n`,
);
console.log(table(rows));
console.log(
  `\nDoelen: performance ≥ ${TARGETS.performance}, overige 100, LCP < ${LCP_TARGET_MS / 1000} s, en hooguit ${TWIN_RATIO_TARGET}× de LCP van dezelfde pagina zonder scripts (mediaan van elk).`,
);
console.log('"alle runs": performance/LCP van elke run, laag naar hoog. Rapporten (de mediane run) in lighthouse/.');
if (!ok) process.exit(1);
