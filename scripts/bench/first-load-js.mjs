// JavaScript per route, read from the built site (out/): the gzipped size of what a page loads. Enforces the
// budget: article pages at most 150 kB, other pages 200 kB.
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

/**
 * A page runs only the islands' inline boot
 * script at first (counted here, although it comes inside the HTML), and after the first paint React plus the code of the islands that page has
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
    .filter(
      (file) => !/\/(404|_not-found|_global-error)\.html$/.test(file) && !file.includes(`${path.sep}_next${path.sep}`),
    )
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const names = [...new Set([...html.matchAll(/data-island="([^"]+)"/g)].map((m) => m[1]))];
      const atLoad = gzipSync(manifest.boot, { level: 9 }).length;
      const later =
        names.length === 0 ? [] : [...manifest.mount, ...names.flatMap((name) => manifest.islands[name] ?? [])];
      const total = atLoad + sizeOf(later);
      const route =
        '/' +
        path
          .relative(outDir, file)
          .replace(/\.html$/, '')
          .replace(/^index$/, '');
      const kind = route.startsWith('/artikelen/') ? 'article' : 'other';
      return { route, atLoadKB: kB(atLoad), totalKB: kB(total), islands: names.length, budget: BUDGET_KB[kind] };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

export function reportStaticJs(root) {
  const rows = measureStaticJs(root);
  if (!rows) {
    console.log('\n(a) Geen out/_islands/manifest.json; draai eerst `npm run build`.');
    return { rows: [], ok: true };
  }
  console.log('\n(a) JavaScript per route (gzip, uit out/): bij laden, en in totaal na de eerste weergave\n');
  console.log(
    table([
      ['route', 'bij laden kB', 'totaal kB', 'soorten eilanden', 'budget', ''],
      ...rows.map((r) => [
        r.route,
        r.atLoadKB.toFixed(1),
        r.totalKB.toFixed(1),
        r.islands,
        r.budget,
        r.totalKB <= r.budget ? 'ok' : 'TE GROOT',
      ]),
    ]),
  );
  return { rows, ok: rows.every((r) => r.totalKB <= r.budget) };
}
