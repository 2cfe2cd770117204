// `npm run build` runs this last. It makes every page of the static export in out/ work without the Next.js
// runtime, which on a slow phone costs more than the whole page is worth (docs/performance.md):
//  1. bundles the islands (components/islands: the interactive parts) with esbuild into out/_islands/: a chunk per
//     island and one for React, all with content hashes in their names, and one small boot script for inside pages;
//  2. in each HTML file, swaps Next.js's scripts for the inline boot script (scripts/export/static-export.ts) and checks the
//     result against the allowlist (scripts/export/allowlist.ts): anything else fails the build, naming the page;
//  3. removes Next.js's client JavaScript from out/_next/static and its navigation data, so nothing can load them;
//  4. writes the security headers for scripts/serve.mjs and nginx into build/ (scripts/export/nginx-headers.ts),
//     with a CSP that allows exactly the inline scripts the pages carry, by their hashes.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { writeHeaderFiles } from './export/nginx-headers';
import { islandSources } from './export/registry-probe';
import { INLINE_SCRIPTS } from './export/allowlist';
import { inlineScriptHashes, pageProblems, toIslandPage } from './export/static-export';
import { securityHeaders } from '../lib/site/security-headers';

const OUT = 'out';
const ISLANDS_DIR = path.join(OUT, '_islands');
const REGISTRY = 'components/islands/registry.ts';

function fail(message: string): never {
  console.error(`\nStatische export niet afgemaakt: ${message}\n`);
  process.exit(1);
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile() && keep(file));
}

rmSync(ISLANDS_DIR, { recursive: true, force: true });
const common: esbuild.BuildOptions = {
  bundle: true,
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  // lib/site/config.ts reads SITE_URL; the browser gets the value the pages were built with.
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.SITE_URL': process.env.SITE_URL ? JSON.stringify(process.env.SITE_URL) : 'undefined',
  },
  logLevel: 'warning',
  // Client components start with 'use client', which means nothing outside Next.js.
  logOverride: { 'unsupported-directive': 'silent' },
};
// What loads after the first paint: React and the mounting code, and a chunk per island (the registry's imports).
const result = await esbuild.build({
  ...common,
  entryPoints: ['components/islands/mount.tsx'],
  splitting: true,
  format: 'esm',
  outdir: ISLANDS_DIR,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  metafile: true,
});
const outputs = result.metafile.outputs;
const chunkFor = (source: string) => Object.keys(outputs).find((file) => outputs[file]?.entryPoint === source);
const publicPath = (file: string) => `/${path.relative(OUT, file).split(path.sep).join('/')}`;
const mountChunk = chunkFor('components/islands/mount.tsx');
if (!mountChunk) fail('geen bundel gevonden voor components/islands/mount.tsx');

// The boot script, one self-contained piece of code for inside each page: it imports nothing before the first paint,
// and then only the mount chunk, whose address the page gives it.
const bootBuild = await esbuild.build({
  ...common,
  entryPoints: ['components/islands/boot.ts'],
  format: 'iife',
  write: false,
});
const boot = { script: bootBuild.outputFiles[0]?.text.trim() ?? '', mountSrc: publicPath(mountChunk) };
if (!boot.script) fail('esbuild gaf geen boot-script.');

for (const file of filesUnder(ISLANDS_DIR, (name) => name.endsWith('.js'))) {
  // Code that reads process.env would throw in the browser, where there is no `process`.
  if (/\bprocess\.env\b/.test(readFileSync(file, 'utf8')))
    fail(`${file} leest process.env; geef de waarde als prop mee.`);
}

// Which files each island needs (its chunk and what that imports), for `npm run bench` and the tests. The names
// and their modules come from the registry object itself (./export/registry-probe.ts), the files from esbuild.
function withImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const imports = outputs[file]?.imports.filter((i) => i.kind === 'import-statement') ?? [];
  return [file, ...imports.flatMap((i) => withImports(i.path, seen))];
}
const islands: Record<string, string[]> = {};
for (const [name, source] of Object.entries(await islandSources(REGISTRY, result.metafile))) {
  const chunk = chunkFor(source);
  if (!chunk) fail(`geen bundel gevonden voor het eiland ${name} (${source})`);
  islands[name] = withImports(chunk).map(publicPath);
}
// The mount chunk holds React, and nearly all of it runs in the first render. This magic comment (V8's explicit
// compile hints, Chrome 136 and later; other browsers ignore it) has the browser compile the whole file while it
// downloads, off the main thread, instead of function by function during the render: on this machine it halves the
// longest task on the tool pages. Only here: for code that mostly does not run, eager compiling is wasted work.
// Always added, so a file name (its hash) still stands for one content.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
writeFileSync(mountChunk, COMPILE_HINT + readFileSync(mountChunk, 'utf8'));
writeFileSync(
  path.join(ISLANDS_DIR, 'manifest.json'),
  JSON.stringify({ boot: boot.script, mount: withImports(mountChunk).map(publicPath), islands }, null, 2),
);

const problems: string[] = [];
const hashes = new Set<string>();
const pages = filesUnder(OUT, (name) => name.endsWith('.html'));
for (const page of pages) {
  const html = toIslandPage(readFileSync(page, 'utf8'), boot);
  problems.push(
    ...pageProblems(html, { boot, inlineScripts: INLINE_SCRIPTS }).map(
      (problem) => `${path.relative(OUT, page)}: ${problem}`,
    ),
  );
  for (const hash of inlineScriptHashes(html)) hashes.add(hash);
  writeFileSync(page, html);
}
if (problems.length > 0) fail(`\n  ${problems.join('\n  ')}`);

for (const file of filesUnder(path.join(OUT, '_next', 'static'), (name) => name.endsWith('.js'))) rmSync(file);
// The React Server Components payloads that the runtime fetched for client-side navigation: nothing reads them now.
const isPayload = (file: string) =>
  path.basename(file).startsWith('__next.') ||
  (file.endsWith('.txt') && pages.includes(file.replace(/\.txt$/, '.html')));
for (const file of filesUnder(OUT, isPayload)) rmSync(file);
writeHeaderFiles(securityHeaders([...hashes].sort()));

const sizes = Object.entries(result.metafile.outputs)
  .filter(([name]) => name.endsWith('.js'))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(
  `Eilanden: ${pages.length} pagina's zonder Next.js-runtime, een boot-script van ${boot.script.length} tekens in elke pagina, ${(sizes / 1024).toFixed(0)} kB code voor de eilanden in ${ISLANDS_DIR}.`,
);
