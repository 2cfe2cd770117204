import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { ContentError } from './errors';
import { contentDir, displayPath } from './paths';
import { describeIssues, parseInDutch, sourceEntrySchema, type Source } from './schema';
import { parseYaml } from './yaml';

/** Each article shows at least this many sources that patients see (everything but source material). */
export const MIN_SHOWN_SOURCES = 3;

export function bibliographyFile(): string {
  return path.join(contentDir(), 'bronnen.yml');
}

/** Sources that appear under "Bronnen" on an article; the leaflets the texts were drawn from are credited on /over. */
export function isShownToPatients(source: Source): boolean {
  return source.kind !== 'source-material';
}

/**
 * Reads and validates content/bronnen.yml: every source once, by id. Each problem names the entry's id (or its
 * position, when the id itself is missing), so an editor finds it straight away.
 */
export const getBibliography = cache((): Map<string, Source> => {
  const file = bibliographyFile();
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(displayPath(file), [`het bestand kon niet gelezen worden: ${(error as Error).message.split('\n')[0]}`]);
  }
  if (!Array.isArray(data) || data.length === 0) {
    throw new ContentError(displayPath(file), ['het bestand moet een lijst van bronnen zijn, elk met een regel "- id: ..."']);
  }
  const problems: string[] = [];
  const sources = new Map<string, Source>();
  data.forEach((entry: unknown, index) => {
    const rawId = (entry as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' ? `bron "${rawId}"` : `bron nummer ${index + 1}`;
    const result = parseInDutch(sourceEntrySchema, entry);
    if (!result.success) {
      problems.push(...describeIssues(result.error).map((problem) => `${name}: ${problem}`));
      return;
    }
    if (sources.has(result.data.id)) problems.push(`${name} komt meer dan eens voor`);
    sources.set(result.data.id, result.data);
  });
  if (problems.length > 0) throw new ContentError(displayPath(file), problems);
  return sources;
});

/** The sources an article cites, in its order; unknown ids and too few sources for patients are problems. */
export function resolveSources(ids: string[]): { sources: Source[]; problems: string[] } {
  const bibliography = getBibliography();
  const problems: string[] = [];
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const source = bibliography.get(id);
    if (seen.has(id)) problems.push(`sources: bron "${id}" staat twee keer in de lijst`);
    else if (!source) problems.push(`sources: bron "${id}" staat niet in content/bronnen.yml (controleer de spelling van het id)`);
    else sources.push(source);
    seen.add(id);
  }
  const shown = sources.filter(isShownToPatients).length;
  if (problems.length === 0 && shown < MIN_SHOWN_SOURCES) {
    problems.push(
      `sources: noem minstens ${MIN_SHOWN_SOURCES} bronnen die patiënten zien (alles behalve kind: source-material); nu ${shown}`,
    );
  }
  return { sources, problems };
}
