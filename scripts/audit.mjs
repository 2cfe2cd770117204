// npm run audit: Lighthouse (mobile, default throttling) in Debian's Chromium on the home page, an article and
// both tools. Writes HTML reports to lighthouse/ and prints a table; exits 1 when a target is missed.
// Needs a production build: run `npm run build` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNext, stop, table } from './bench/lib.mjs';

const PORT = 3196;
const PAGES = ['/', '/artikelen/wat-is-osteoporose', '/hulpmiddelen/t-score', '/hulpmiddelen/calcium'];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const LCP_TARGET_MS = 1500;

const server = await startNext(process.cwd(), PORT);
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

const rows = [['pagina', 'performance', 'accessibility', 'best practices', 'seo', 'LCP (s)', '']];
let ok = true;
try {
  mkdirSync('lighthouse', { recursive: true });
  for (const page of PAGES) {
    const result = await audit(page);
    const { categories, audits } = result.lhr;
    const scores = Object.keys(TARGETS).map((key) => Math.round((categories[key]?.score ?? 0) * 100));
    const lcp = audits['largest-contentful-paint']?.numericValue ?? Infinity;
    const pass = Object.values(TARGETS).every((target, i) => scores[i] >= target) && lcp < LCP_TARGET_MS;
    ok &&= pass;
    rows.push([page, ...scores, (lcp / 1000).toFixed(2), pass ? 'ok' : 'ONDER DOEL']);
    writeFileSync(`lighthouse/${page.replace(/\W+/g, '_') || 'home'}.html`, String(result.report));
  }
} finally {
  await chrome.kill();
  await stop(server);
}

console.log(`\nLighthouse ${new Date().toISOString()} (mobiel, standaard throttling)\n`);
console.log(table(rows));
console.log(`\nDoelen: performance ≥ ${TARGETS.performance}, overige 100, LCP < ${LCP_TARGET_MS / 1000} s. Rapporten in lighthouse/.`);
if (!ok) process.exit(1);
