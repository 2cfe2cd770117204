import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getGlossary } from '../content/glossary';
import { contentDir, publicDir } from '../content/paths';

/** What the studio's choice lists offer, read from the content when the studio page loads (plain JSON). */
export type StudioData = {
  glossary: { id: string; term: string }[];
  sources: { value: string; label: string }[];
  images: string[];
};

/** The folder that holds content/; Keystatic reads and writes relative to it. CONTENT_DIR moves both (tests). */
export function studioRoot(): string {
  return path.dirname(contentDir());
}

export function readStudioData(): StudioData {
  const images = readdirSync(path.join(publicDir(), 'afbeeldingen'))
    .filter((name) => /\.(svg|png|jpe?g|webp)$/.test(name))
    .sort()
    .map((name) => `/afbeeldingen/${name}`);
  return {
    glossary: getGlossary().map(({ id, term }) => ({ id, term })),
    sources: [],
    images,
  };
}
