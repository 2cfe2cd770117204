import { afterEach, describe, expect, test } from 'vitest';
import { validateLibrary } from '@/lib/content/library';
import { makeContent, removeContent, VALID_FRONTMATTER } from './content-fixtures';

afterEach(removeContent);

async function check(body: string, extra: Record<string, string> = {}) {
  process.env.CONTENT_DIR = makeContent({ 'artikel.mdx': VALID_FRONTMATTER + body, ...extra });
  return validateLibrary();
}

async function errorOf(body: string, extra: Record<string, string> = {}): Promise<string> {
  try {
    await check(body, extra);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a content error');
}

const OTHER = VALID_FRONTMATTER.replace('order: 1', 'order: 2') + '\n## Wat is een T-score?\n\nTekst.\n';

describe('article body', () => {
  test('a valid article compiles once, with its outline and stable heading ids', async () => {
    const [article] = await check(
      '\n## Wat is een T-score?\n\nTekst.\n\n### Hoe lees ik mijn uitslag?\n\nMeer tekst.\n',
    );
    expect(article?.headings).toEqual([
      { depth: 2, id: 'wat-is-een-t-score', text: 'Wat is een T-score?' },
      { depth: 3, id: 'hoe-lees-ik-mijn-uitslag', text: 'Hoe lees ik mijn uitslag?' },
    ]);
    expect(article?.code).toContain('jsx');
  });

  test('editor components, a glossary term and links to real sections pass', async () => {
    const body = `
## Kop

<Callout type="tip" title="Handig">Tekst.</Callout>

Een <Term id="dexa">DEXA-scan</Term> meet uw botten. Zie [de T-score](/artikelen/ander#wat-is-een-t-score),
[de woordenlijst](/woordenlijst#dexa), [de calculator](/hulpmiddelen/calcium) en [hierboven](#kop).

<TScoreTool />
`;
    await expect(check(body, { 'ander.mdx': OTHER })).resolves.toHaveLength(2);
  });

  test.each([
    [
      'an import statement',
      "import X from './x'\n\n<X />",
      /regel 1[89]: import- en export-regels zijn niet toegestaan/,
    ],
    ['an export statement', 'export const x = 1', /import- en export-regels/],
    ['a <script> tag', '<script>alert(1)</script>', /onbekend component <script>/],
    ['raw HTML', '<div>tekst</div>', /onbekend component <div>/],
    ['an unknown component', '<Quiz />', /onbekend component <Quiz>/],
    ['an inline event handler', '<Callout type="tip" onClick="alert(1)">x</Callout>', /"onClick" is niet toegestaan/],
    ['a javascript: link', '[klik](javascript:alert(1))', /link "javascript:alert\(1\)" is niet toegestaan/],
    ['a code expression', 'Tekst {1 + 1}', /accolades/],
    [
      'a callout of an unknown kind',
      '<Callout type="gevaar">x</Callout>',
      /type="gevaar" bestaat niet; kies uit tip, let-op, waarschuwing/,
    ],
    [
      'a figure without alt text',
      '<Figure src="/afbeeldingen/gezond-en-poreus-bot.svg" />',
      /<Figure>: "alt" is verplicht/,
    ],
    [
      'a figure whose file does not exist',
      '<Figure src="/afbeeldingen/bestaat-niet.svg" alt="Iets" />',
      /bestaat niet in public/,
    ],
    [
      'a term with formatting inside',
      'Een <Term id="dexa">**DEXA**-scan</Term> meet.',
      /<Term>: zet alleen gewone tekst/,
    ],
    [
      'a term that is not in the glossary',
      '<Term id="hernia">hernia</Term>',
      /<Term id="hernia"> staat niet in content\/woordenlijst.yml/,
    ],
    [
      'a link to an article that does not exist',
      '[lees](/artikelen/bestaat-niet)',
      /het artikel "bestaat-niet" bestaat niet/,
    ],
    [
      'a link to a section that does not exist',
      '[lees](/artikelen/ander#geen-kop)',
      /geen kop met het anker #geen-kop/,
    ],
    ['a link to a page that does not exist', '[lees](/winkel)', /deze pagina bestaat niet/],
    ['a task list', '- [ ] losse kleden weg', /takenlijsten/],
    ['a level-one heading', '# Nog een titel', /gebruik geen # kop/],
  ])('%s is rejected with the file, the line and what to do', async (_, body, message) => {
    const error = await errorOf(`\n${body}\n`, { 'ander.mdx': OTHER });
    expect(error).toContain('artikel.mdx');
    expect(error).toMatch(message);
  });

  test('every problem in a file is reported at once', async () => {
    const error = await errorOf('\n<Quiz />\n\n{1 + 1}\n\n<Term id="onbekend">x</Term>\n');
    expect(error).toMatch(/regel 18: onbekend component <Quiz>/);
    expect(error).toMatch(/regel 20: code tussen accolades/);
    expect(error).toMatch(/regel 22: <Term id="onbekend">/);
  });
});
