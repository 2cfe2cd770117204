import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { getGlossary } from '../content/glossary';
import { contentDir, publicDir } from '../content/paths';

/** What the studio's choice lists offer, read from the content when the studio page loads (plain JSON). */
export type StudioData = {
  glossary: { id: string; term: string }[];
  sources: { value: string; label: string }[];
  images: string[];
};

/** The bibliography (content/bronnen.yml) as choices: its ids, shown with title and publisher. */
function readSourceChoices(): StudioData['sources'] {
  const file = path.join(contentDir(), 'bronnen.yml');
  if (!existsSync(file)) return [];
  const entries = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) return [];
  return entries
    .filter((e): e is { id: string; title?: string; publisher?: string } => typeof e?.id === 'string')
    .map((e) => ({ value: e.id, label: `${e.title ?? e.id} (${e.publisher ?? '?'})` }));
}

/** The folder that holds content/; Keystatic reads and writes relative to it. CONTENT_DIR moves both (tests). */
export function studioRoot(): string {
  const dir = contentDir();
  if (path.basename(dir) !== 'content')
    throw new Error(`CONTENT_DIR moet een map met de naam content zijn (nu: ${dir})`);
  return path.dirname(dir);
}

export function readStudioData(): StudioData {
  const images = readdirSync(path.join(publicDir(), 'afbeeldingen'))
    .filter((name) => /\.(svg|png|jpe?g|webp)$/.test(name))
    .sort()
    .map((name) => `/afbeeldingen/${name}`);
  return {
    glossary: getGlossary().map(({ id, term }) => ({ id, term })),
    sources: readSourceChoices(),
    images,
  };
}
