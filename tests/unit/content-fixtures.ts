import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const VALID_FRONTMATTER = `---
title: Een geldig artikel
description: Een korte omschrijving voor zoekmachines en linkvoorbeelden.
summary:
  - Het eerste kernpunt.
  - Het tweede kernpunt.
topic: begrijpen
order: 1
updated: 2026-11-22
reviewed: 2026-11-20
sources:
  - title: Voedingsnormen voor vitamines en mineralen
    publisher: Gezondheidsraad
    year: 2018
---
`;

export const GLOSSARY = `- id: dexa
  term: DEXA-scan
  definition: Een meting van de stevigheid van uw botten met een zwakke röntgenstraal.
`;

/** Makes a throwaway content folder with the given articles (file name → MDX) and a small glossary. */
export function makeContent(articles: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'botwijzer-content-'));
  mkdirSync(path.join(dir, 'articles'));
  writeFileSync(path.join(dir, 'woordenlijst.yml'), GLOSSARY);
  for (const [name, source] of Object.entries(articles)) writeFileSync(path.join(dir, 'articles', name), source);
  return dir;
}

/** A valid article with one frontmatter line replaced (or removed, with an empty replacement). */
export function withField(field: string, line: string): string {
  const lines = VALID_FRONTMATTER.split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${field}:`));
  if (index === -1) return VALID_FRONTMATTER.replace('---\n', `---\n${line}\n`);
  let end = index + 1;
  while (end < lines.length && /^\s+/.test(lines[end] ?? '')) end += 1;
  lines.splice(index, end - index, ...(line ? [line] : []));
  return lines.join('\n');
}
