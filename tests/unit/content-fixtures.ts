import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  - gr-voedingsnormen
  - nhg-fractuurpreventie
  - rivm-nevo
  - een-folder
---
`;

export const GLOSSARY = `- id: dexa
  term: DEXA-scan
  definition: Een meting van de stevigheid van uw botten met een zwakke röntgenstraal.
`;

/** A small bibliography: three sources patients see and one leaflet, all cited by VALID_FRONTMATTER. */
export const BIBLIOGRAPHY = `- id: gr-voedingsnormen
  title: Voedingsnormen voor vitamines en mineralen
  publisher: Gezondheidsraad
  year: 2018
  kind: government
- id: nhg-fractuurpreventie
  title: NHG-Standaard Fractuurpreventie
  publisher: Nederlands Huisartsen Genootschap
  year: 2024
  url: https://richtlijnen.nhg.org/standaarden/fractuurpreventie
  kind: guideline
- id: rivm-nevo
  title: NEVO-online
  publisher: RIVM
  year: 2023
  kind: government
- id: een-folder
  title: Een folder
  publisher: Een ziekenhuis
  year: null
  kind: source-material
`;

const made: string[] = [];

/** Makes a throwaway content folder with the given articles (file name → MDX), a small glossary and bibliography. */
export function makeContent(
  articles: Record<string, string>,
  files: { bibliography?: string; glossary?: string } = {},
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'botwijzer-content-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'articles'));
  writeFileSync(path.join(dir, 'woordenlijst.yml'), files.glossary ?? GLOSSARY);
  writeFileSync(path.join(dir, 'bronnen.yml'), files.bibliography ?? BIBLIOGRAPHY);
  for (const [name, source] of Object.entries(articles)) writeFileSync(path.join(dir, 'articles', name), source);
  return dir;
}

/** Removes every folder makeContent made; call it in afterEach, together with unsetting CONTENT_DIR. */
export function removeContent(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.CONTENT_DIR;
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
