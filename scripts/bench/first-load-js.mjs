// First-load JavaScript per route: the gzipped size of every <script src> a prerendered page loads, read from
// the build output (Next 16 no longer prints it). Enforces the budget: article pages at most 150 kB.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { table } from './lib.mjs';

export const BUDGET_KB = { article: 150, other: 200 };

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function measureFirstLoadJs(root = process.cwd()) {
  const appDir = path.join(root, '.next', 'server', 'app');
  const gzipped = new Map();
  const sizeOf = (src) => {
    if (!gzipped.has(src)) {
      const file = path.join(root, '.next', src.replace(/^\/_next\//, '').split('?')[0]);
      gzipped.set(src, gzipSync(readFileSync(file), { level: 9 }).length);
    }
    return gzipped.get(src);
  };
  return htmlFiles(appDir)
    .filter((file) => !file.includes('_not-found') && !file.endsWith('_global-error.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      // noModule scripts (polyfills) are never loaded by the browsers that run modules, so they do not count.
      // Preloaded scripts count too: an embedded tool's chunk is preloaded and runs during hydration.
      const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
      const preloads = [...html.matchAll(/<link(?=[^>]*as="script")[^>]*href="([^"]+)"[^>]*>/g)];
      const scripts = [...new Set([...tags, ...preloads].map((m) => m[1]))];
      const route = '/' + path.relative(appDir, file).replace(/\.html$/, '').replace(/^index$/, '');
      const bytes = scripts.reduce((sum, src) => sum + sizeOf(src), 0);
      const kind = route.startsWith('/artikelen/') ? 'article' : 'other';
      return { route, kB: Math.round(bytes / 102.4) / 10, scripts: scripts.length, budget: BUDGET_KB[kind] };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

export function reportFirstLoadJs(root) {
  const rows = measureFirstLoadJs(root);
  console.log('\n(a) First-load JavaScript per route (gzip, uit .next/server/app)\n');
  console.log(
    table([
      ['route', 'kB gzip', 'scripts', 'budget', ''],
      ...rows.map((r) => [r.route, r.kB.toFixed(1), r.scripts, r.budget, r.kB <= r.budget ? 'ok' : 'TE GROOT']),
    ]),
  );
  const over = rows.filter((r) => r.kB > r.budget);
  return { rows, ok: over.length === 0 };
}

/**
 * The same for the static export (out/, after `npm run build:static`): there a page loads only the islands' boot
 * script at first, and after the first paint React plus the code of the islands that page has
 * (out/_islands/manifest.json, written by scripts/build-islands.mts). Null when there is no export.
 */
export function measureStaticJs(root = process.cwd()) {
  const outDir = path.join(root, 'out');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(outDir, '_islands', 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  const gzipped = new Map();
  const sizeOf = (files) =>
    [...new Set(files)].reduce((sum, src) => {
      if (!gzipped.has(src)) gzipped.set(src, gzipSync(readFileSync(path.join(outDir, src)), { level: 9 }).length);
      return sum + gzipped.get(src);
    }, 0);
  const kB = (bytes) => Math.round(bytes / 102.4) / 10;
  return htmlFiles(outDir)
    .filter((file) => !/\/(404|_not-found|_global-error)\.html$/.test(file) && !file.includes(`${path.sep}_next${path.sep}`))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const names = [...new Set([...html.matchAll(/data-island="([^"]+)"/g)].map((m) => m[1]))];
      const atLoad = sizeOf(manifest.boot);
      const later = names.length === 0 ? [] : [...manifest.mount, ...names.flatMap((name) => manifest.islands[name] ?? [])];
      const total = sizeOf([...manifest.boot, ...later]);
      const route = '/' + path.relative(outDir, file).replace(/\.html$/, '').replace(/^index$/, '');
      const kind = route.startsWith('/artikelen/') ? 'article' : 'other';
      return { route, atLoadKB: kB(atLoad), totalKB: kB(total), islands: names.length, budget: BUDGET_KB[kind] };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

export function reportStaticJs(root) {
  const rows = measureStaticJs(root);
  if (!rows) {
    console.log('\n(a2) Statische export: geen out/_islands/manifest.json; draai eerst `npm run build:static`.');
    return { rows: [], ok: true };
  }
  console.log('\n(a2) JavaScript per route in de statische export (gzip, uit out/): bij laden, en in totaal na de eerste weergave\n');
  console.log(
    table([
      ['route', 'bij laden kB', 'totaal kB', 'soorten eilanden', 'budget', ''],
      ...rows.map((r) => [r.route, r.atLoadKB.toFixed(1), r.totalKB.toFixed(1), r.islands, r.budget, r.totalKB <= r.budget ? 'ok' : 'TE GROOT']),
    ]),
  );
  return { rows, ok: rows.every((r) => r.totalKB <= r.budget) };
}
