import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { ContentError } from './errors';
import { contentDir, displayPath } from './paths';
import { describeIssues, glossarySchema, parseInDutch, type GlossaryEntry } from './schema';
import { parseYaml } from './yaml';

/** Reads and validates content/woordenlijst.yml; entries come back sorted by term, as the glossary page lists them. */
export const getGlossary = cache((): GlossaryEntry[] => {
  const file = path.join(contentDir(), 'woordenlijst.yml');
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(displayPath(file), [`het bestand kon niet gelezen worden: ${(error as Error).message}`]);
  }
  const result = parseInDutch(glossarySchema, data);
  if (!result.success) {
    throw new ContentError(displayPath(file), describeIssues(result.error));
  }
  const ids = new Set<string>();
  const duplicates = result.data.filter((entry) => (ids.has(entry.id) ? true : (ids.add(entry.id), false)));
  if (duplicates.length > 0) {
    throw new ContentError(displayPath(file), duplicates.map((d) => `id "${d.id}" komt meer dan eens voor`));
  }
  return [...result.data].sort((a, b) => a.term.localeCompare(b.term, 'nl'));
});

export function findGlossaryEntry(id: string): GlossaryEntry | undefined {
  return getGlossary().find((entry) => entry.id === id);
}
