import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { fromView, toView } from '@/lib/studio/list-files';
import { GLOSSARY_FILE, SOURCES_FILE } from '@/lib/studio/lists';

// The studio shows Keystatic a list file as { termen: [...] } and writes the plain list back (lib/studio/list-files.ts).
const glossary = readFileSync('content/woordenlijst.yml', 'utf8');

describe('a list file through the studio', () => {
  test('the view holds the same entries under one field', () => {
    expect(parse(toView(glossary, GLOSSARY_FILE))).toEqual({ termen: parse(glossary) });
  });

  test('saving without a change keeps every entry, and a second save writes the same bytes', () => {
    const once = fromView(toView(glossary, GLOSSARY_FILE), GLOSSARY_FILE, glossary);
    expect(parse(once)).toEqual(parse(glossary));
    expect(fromView(toView(once, GLOSSARY_FILE), GLOSSARY_FILE, once)).toBe(once);
  });

  test('the comment at the top of the file stays', () => {
    const once = fromView(toView(glossary, GLOSSARY_FILE), GLOSSARY_FILE, glossary);
    expect(once.split('\n')[0]).toBe(glossary.split('\n')[0]);
  });

  test('an optional field left empty in the form is left out of the file', () => {
    const view =
      'termen:\n  - id: dexa\n    term: DEXA-scan\n    definition: Een meting van de botdichtheid.\n    article: null\n';
    expect(parse(fromView(view, GLOSSARY_FILE))).toEqual([
      { id: 'dexa', term: 'DEXA-scan', definition: 'Een meting van de botdichtheid.' },
    ]);
  });
});

describe('the bibliography through the studio', () => {
  test('a source without a year keeps "year: null", which the schema requires', () => {
    const view =
      'bronnen:\n  - id: folder\n    title: Een folder\n    publisher: Een ziekenhuis\n    kind: source-material\n';
    expect(parse(fromView(view, SOURCES_FILE))).toEqual([
      { id: 'folder', title: 'Een folder', publisher: 'Een ziekenhuis', year: null, kind: 'source-material' },
    ]);
  });

  test('saving the bibliography without a change keeps every entry', () => {
    const sources = readFileSync('content/bronnen.yml', 'utf8');
    expect(parse(fromView(toView(sources, SOURCES_FILE), SOURCES_FILE, sources))).toEqual(parse(sources));
  });
});
