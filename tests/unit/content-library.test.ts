import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { getGlossary } from '@/lib/content/glossary';
import { validateLibrary } from '@/lib/content/library';

// Tests over the real content in content/, not fixtures.
const CONTENT_DIR = path.join(process.cwd(), 'content');
const files = readdirSync(path.join(CONTENT_DIR, 'articles')).sort();

/** The slugs staff link to, in library order (docs/writing-brief.md); they must never move. */
const FIXED_SLUGS = [
  'wat-is-osteoporose',
  'oorzaken-en-risicofactoren',
  'klachten-en-gevolgen',
  'botdichtheidsmeting-dexa',
  'voeding-calcium-en-vitamine-d',
  'bewegen-en-oefeningen',
  'medicijnen',
  'vallen-voorkomen',
  'leven-met-osteoporose',
  'veelgestelde-vragen',
];

/** The glossary terms the library issue names; articles mark them with <Term id="...">. */
const REQUIRED_GLOSSARY_IDS = [
  'osteopenie',
  'dexa',
  't-score',
  'z-score',
  'kyfose',
  'wervelinzakking',
  'bisfosfonaat',
  'osteoclast',
  'osteoblast',
  'valpolikliniek',
];

/**
 * One source leaflet is a chiropractic practice's page that also covers hernias. Its name, its practitioners and the
 * off-topic conditions must never reach Botwijzer.
 */
const OFF_TOPIC = /chiropract|hernia|move\s*well|jarco|kooren|griesel|hofstad|hilversum/i;

beforeAll(() => {
  delete process.env.CONTENT_DIR;
});

// That every file name is kebab-case is the loader's job (content-schema.test.ts tests the rejection), and the
// library below would not validate otherwise; here only what the real content must hold.
describe('article files', () => {
  test.each(FIXED_SLUGS)('%s exists', (slug) => {
    expect(files).toContain(`${slug}.mdx`);
  });
});

describe('the whole library', () => {
  test('validates, with the ten fixed articles in library order', async () => {
    const articles = await validateLibrary();
    expect(articles.map((article) => article.slug)).toEqual(FIXED_SLUGS);
  });
});

describe('glossary', () => {
  test.each(REQUIRED_GLOSSARY_IDS)('has an entry for %s', (id) => {
    expect(getGlossary().map((entry) => entry.id)).toContain(id);
  });
});

describe('off-topic words', () => {
  const contentFiles = [...files.map((name) => `articles/${name}`), 'woordenlijst.yml'];

  test.each(contentFiles)('%s names no chiropractic practice, practitioner or hernia', (name) => {
    const text = readFileSync(path.join(CONTENT_DIR, name), 'utf8');
    expect(text.match(OFF_TOPIC)?.[0]).toBeUndefined();
  });
});
