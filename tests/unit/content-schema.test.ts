import { existsSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { getArticleIndex } from '@/lib/content/articles';
import { makeContent, removeContent, VALID_FRONTMATTER, withField } from './content-fixtures';

const BODY = '\n## Een kop\n\nGewone tekst.\n';

afterEach(removeContent);

function indexOf(articles: Record<string, string>) {
  process.env.CONTENT_DIR = makeContent(articles);
  return getArticleIndex();
}

function errorOf(articles: Record<string, string>): string {
  try {
    indexOf(articles);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a content error');
}

describe('article frontmatter', () => {
  test('a valid article is read with its slug from the file name and draft defaulting to false', () => {
    const [article] = indexOf({ 'een-artikel.mdx': VALID_FRONTMATTER + BODY });
    expect(article).toMatchObject({
      slug: 'een-artikel',
      title: 'Een geldig artikel',
      draft: false,
      updated: '2026-11-22',
    });
  });

  test.each([
    ['an unknown key', withField('slug', 'slug: een-artikel'), /onbekend veld: slug/],
    ['a missing title', withField('title', ''), /title.*ontbreekt/],
    [
      'a description over 160 characters',
      withField('description', `description: ${'a'.repeat(161)}`),
      /description.*hoogstens 160/,
    ],
    ['a single summary point', withField('summary', 'summary: [Alleen dit.]'), /summary.*minstens 2/],
    [
      'five summary points',
      withField('summary', 'summary: [Een een., Twee twee., Drie drie., Vier vier., Vijf vijf.]'),
      /summary.*hoogstens 4/,
    ],
    ['an unknown topic', withField('topic', 'topic: sport'), /topic.*begrijpen, onderzoek/],
    ['an order that is not a whole number', withField('order', 'order: 1.5'), /order/],
    ['an impossible date', withField('updated', 'updated: 22-11-2026'), /updated.*JJJJ-MM-DD/],
    ['no sources', withField('sources', 'sources: []'), /minstens één bron/],
    ['a draft flag that is not true or false', withField('draft', 'draft: misschien'), /draft moet true of false/],
  ])('%s is an error that names the file and the field', (_, source, message) => {
    const error = errorOf({ 'fout-artikel.mdx': source + BODY });
    expect(error).toContain('content/articles/fout-artikel.mdx'.split('/').pop());
    expect(error).toMatch(message);
  });

  test('one message lists every failing field of every file', () => {
    const error = errorOf({
      'eerste.mdx': withField('title', '') + BODY,
      'tweede.mdx':
        withField('topic', 'topic: sport')
          .replace('order: 1', 'order: 2')
          .replace('  - rivm-nevo\n', '  - Rivm Nevo\n') + BODY,
    });
    expect(error).toMatch(/eerste\.mdx[\s\S]*title/);
    expect(error).toMatch(/tweede\.mdx[\s\S]*topic[\s\S]*sources\.2/);
  });

  test('two articles with the same order are an error', () => {
    expect(errorOf({ 'a.mdx': VALID_FRONTMATTER + BODY, 'b.mdx': VALID_FRONTMATTER + BODY })).toMatch(
      /order: 1 wordt al gebruikt/,
    );
  });

  test('a file name that is not kebab-case is an error, because it becomes the URL', () => {
    expect(errorOf({ 'Vallen Voorkomen.mdx': VALID_FRONTMATTER + BODY })).toMatch(
      /kleine letters, cijfers en streepjes/,
    );
  });

  test('drafts are left out of the production index', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(indexOf({ 'concept.mdx': withField('draft', 'draft: true') + BODY })).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('YAML mistakes', () => {
  test('a colon in an unquoted title gives one clear message, not a list of missing fields', () => {
    const error = errorOf({ 'dubbele-punt.mdx': withField('title', 'title: Calcium: wat heeft u nodig?') + BODY });
    expect(error).toMatch(/dubbele-punt\.mdx[\s\S]*frontmatter kon niet gelezen worden[\s\S]*aanhalingstekens/);
    expect(error).not.toMatch(/ontbreekt/);
  });
});

describe('fixtures', () => {
  test('removeContent deletes every folder makeContent made', () => {
    const dirs = [makeContent({}), makeContent({})];
    removeContent();
    expect(dirs.filter((dir) => existsSync(dir))).toEqual([]);
  });
});
