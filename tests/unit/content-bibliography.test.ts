import { afterEach, describe, expect, test } from 'vitest';
import { validateLibrary } from '@/lib/content/library';
import { BIBLIOGRAPHY, GLOSSARY, makeContent, removeContent, VALID_FRONTMATTER, withField } from './content-fixtures';

const BODY = '\n## Een kop\n\nBot is levend weefsel.\n';

afterEach(removeContent);

async function errorOf(articles: Record<string, string>, files: { bibliography?: string; glossary?: string } = {}) {
  process.env.CONTENT_DIR = makeContent(articles, files);
  try {
    await validateLibrary();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a content error');
}

/** The fixture bibliography with one field of one entry removed. */
function withoutField(id: string, field: string): string {
  const entries = BIBLIOGRAPHY.split(/\n(?=- )/);
  return entries
    .map((entry) =>
      entry.startsWith(`- id: ${id}\n`) ? entry.replace(new RegExp(`\\n  ${field}: [^\\n]*`), '') : entry,
    )
    .join('\n');
}

describe('the bibliography', () => {
  test('a valid library passes, with each article citing its sources by id', async () => {
    process.env.CONTENT_DIR = makeContent({ 'artikel.mdx': VALID_FRONTMATTER + BODY });
    const [article] = await validateLibrary();
    expect(article?.sources.map((source) => source.id)).toEqual([
      'gr-voedingsnormen',
      'nhg-fractuurpreventie',
      'rivm-nevo',
      'een-folder',
    ]);
  });

  test('an article citing an unknown id names the file and the id', async () => {
    const source = VALID_FRONTMATTER.replace('  - rivm-nevo\n', '  - rivm-nevo\n  - nhg-valpreventie\n');
    const error = await errorOf({ 'artikel.mdx': source + BODY });
    expect(error).toMatch(/artikel\.mdx[\s\S]*bron "nhg-valpreventie" staat niet in content\/bronnen\.yml/);
  });

  test('a source that no article cites names bronnen.yml and the id', async () => {
    const extra = `${BIBLIOGRAPHY}- id: vergeten-bron\n  title: Een vergeten bron\n  publisher: RIVM\n  year: 2020\n  kind: government\n`;
    const error = await errorOf({ 'artikel.mdx': VALID_FRONTMATTER + BODY }, { bibliography: extra });
    expect(error).toMatch(/bronnen\.yml[\s\S]*bron "vergeten-bron" wordt door geen enkel artikel gebruikt/);
  });

  test.each([
    ['publisher', /bron "nhg-fractuurpreventie": publisher: uitgever \(publisher\) ontbreekt/],
    ['title', /bron "nhg-fractuurpreventie": title: titel \(title\) ontbreekt/],
    ['year', /bron "nhg-fractuurpreventie": year: jaar \(year\) ontbreekt/],
    ['kind', /bron "nhg-fractuurpreventie": kind: soort \(kind\) moet een van deze zijn/],
  ])('an entry without %s names bronnen.yml, the id and the field', async (field, message) => {
    const error = await errorOf(
      { 'artikel.mdx': VALID_FRONTMATTER + BODY },
      { bibliography: withoutField('nhg-fractuurpreventie', field) },
    );
    expect(error).toMatch(/Fout in .*bronnen\.yml/);
    expect(error).toMatch(message);
  });

  test('an entry without an id is named by its position', async () => {
    const error = await errorOf(
      { 'artikel.mdx': VALID_FRONTMATTER + BODY },
      { bibliography: BIBLIOGRAPHY.replace('- id: rivm-nevo\n  title', '- title') },
    );
    expect(error).toMatch(/bron nummer 3: id: id ontbreekt/);
  });

  test('an http address, an unknown kind and a duplicate id are errors', async () => {
    const broken = BIBLIOGRAPHY.replace('https://richtlijnen', 'http://richtlijnen')
      .replace('kind: source-material', 'kind: folder')
      .replace('- id: rivm-nevo', '- id: gr-voedingsnormen');
    const error = await errorOf({ 'artikel.mdx': VALID_FRONTMATTER + BODY }, { bibliography: broken });
    expect(error).toMatch(/bron "nhg-fractuurpreventie": url: adres \(url\) moet beginnen met https:\/\//);
    expect(error).toMatch(/bron "een-folder": kind: soort \(kind\)/);
    expect(error).toMatch(/bron "gr-voedingsnormen" komt meer dan eens voor/);
  });

  test('an article with fewer than three sources that patients see is an error', async () => {
    const source = withField('sources', 'sources: [nhg-fractuurpreventie, een-folder]');
    const bibliography = BIBLIOGRAPHY.replace(/- id: gr-voedingsnormen[\s\S]*?(?=- id: nhg)/, '').replace(
      /- id: rivm-nevo[\s\S]*?(?=- id: een)/,
      '',
    );
    const error = await errorOf({ 'artikel.mdx': source + BODY }, { bibliography });
    expect(error).toMatch(/artikel\.mdx[\s\S]*noem minstens 3 bronnen die patiënten zien[\s\S]*nu 1/);
  });
});

describe('the rest of the library check', () => {
  test('a glossary entry that points to an article that does not exist names the entry and the slug', async () => {
    const glossary = `${GLOSSARY}  article: bestaat-niet\n`;
    const error = await errorOf({ 'artikel.mdx': VALID_FRONTMATTER + BODY }, { glossary });
    expect(error).toMatch(/woordenlijst\.yml[\s\S]*id "dexa": article: het artikel "bestaat-niet" bestaat niet/);
  });

  test('an article that drifts above B1 is reported with the sentences to shorten', async () => {
    const long =
      'Deze buitengewoon ingewikkelde formulering bevat opzettelijk uitzonderlijk veel langdradige woorden, zodat de leesbaarheidsberekening onvermijdelijk waarschuwt voor onbegrijpelijkheid en voor buitensporige ingewikkeldheid van alle zinsconstructies.';
    const error = await errorOf({ 'artikel.mdx': `${VALID_FRONTMATTER}\n## Een kop\n\n${long}\n` });
    expect(error).toMatch(/artikel\.mdx[\s\S]*taalniveau: de tekst is moeilijker dan B1/);
    expect(error).toMatch(/taalniveau: 100,0 % van de zinnen heeft meer dan 20 woorden[\s\S]*Deze buitengewoon/);
  });
});
