// npm run bench [-- --only=js,build,load] [--sizes=10,100,1000]
// Needs a build for (a) and (c): run `npm run build` first.
import { existsSync } from 'node:fs';
import { reportBuildTime } from './build-time.mjs';
import { reportStaticJs } from './first-load-js.mjs';
import { reportLoad } from './load.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const only = new Set((args.only ?? 'js,build,load').split(','));
const sizes = (args.sizes ?? '10,100,1000').split(',').map(Number);
const root = process.cwd();

if ((only.has('js') || only.has('load')) && !existsSync('out/_islands/manifest.json')) {
  console.error('Geen build gevonden: voer eerst `npm run build` uit.');
  process.exit(1);
}

let ok = true;
console.log(`Botwijzer benchmark, ${new Date().toISOString()}, Node ${process.version}`);
if (only.has('js')) ok = reportStaticJs(root).ok && ok;
if (only.has('load')) ok = (await reportLoad(root)).ok && ok;
if (only.has('build')) reportBuildTime(root, sizes);
if (!ok) {
  console.error('\nBudget overschreden of fouten in de belastingstest.');
  process.exit(1);
}
