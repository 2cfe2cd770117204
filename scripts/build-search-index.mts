// `npm run build` runs this after `next build`: it builds the Pagefind search index from the exported pages, the
// HTML that is served, and writes it to out/pagefind (served at /pagefind/).
//   tsx scripts/build-search-index.mts [--site out] [--out out/pagefind]
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { getGlossary } from '../lib/content/glossary';
import { SEARCH_EXCLUDE_SELECTORS, SEARCHABLE_FOLDERS, urlForBuiltFile } from '../lib/search/config';

process.env.NODE_ENV ??= 'production';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > -1 && process.argv[at + 1] ? (process.argv[at + 1] as string) : fallback;
}

const site = option('--site', 'out');
const outputs = [option('--out', path.join(site, 'pagefind'))];

function fail(message: string, details: string[] = []): never {
  console.error(`\nZoekindex niet gemaakt: ${message}${details.length ? `\n  ${details.join('\n  ')}` : ''}\n`);
  process.exit(1);
}

if (!existsSync(site)) fail(`de map ${site} bestaat niet. Draai eerst "npm run build".`);

const { index, errors } = await pagefind.createIndex({
  excludeSelectors: SEARCH_EXCLUDE_SELECTORS,
  forceLanguage: 'nl',
});
if (!index) fail('Pagefind kon niet starten.', errors);

let pages = 0;
for (const folder of SEARCHABLE_FOLDERS) {
  const dir = path.join(site, folder);
  if (!existsSync(dir)) fail(`de map ${dir} bestaat niet.`);
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()) {
    const relative = `${folder}/${name}`;
    const added = await index.addHTMLFile({
      url: urlForBuiltFile(relative),
      content: readFileSync(path.join(dir, name), 'utf8'),
    });
    if (added.errors.length > 0) fail(`${relative} kon niet gelezen worden.`, added.errors);
    if (added.file.uniqueWords === 0) fail(`${relative} heeft geen tekst met data-pagefind-body.`);
    pages++;
  }
}

// Each glossary term is a result of its own that links straight to its entry.
const glossary = getGlossary();
for (const entry of glossary) {
  const added = await index.addCustomRecord({
    url: `/woordenlijst#${entry.id}`,
    // Most definitions start with their term; the others get it in front, so the term itself is always found.
    content: entry.definition.toLowerCase().includes(entry.term.toLowerCase())
      ? entry.definition
      : `${entry.term}. ${entry.definition}`,
    language: 'nl',
    meta: { title: entry.term },
  });
  if (added.errors.length > 0) fail(`woordenlijst: "${entry.id}" kon niet toegevoegd worden.`, added.errors);
}

for (const output of outputs) {
  rmSync(output, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) fail(`de bestanden konden niet geschreven worden in ${output}.`, written.errors);
}
await pagefind.close();
console.log(
  `Zoekindex gemaakt: ${pages} pagina's en ${glossary.length} woorden uit de woordenlijst, in ${outputs.join(' en ')}.`,
);
