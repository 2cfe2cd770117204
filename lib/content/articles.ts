import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { cache } from 'react';
import { resolveSources } from './bibliography';
import { compileMdx } from './compile-mdx';
import { ContentError, ContentErrors } from './errors';
import { getGlossary } from './glossary';
import type { Heading } from './mdx-checks';
import { ARTICLE_EXTENSION, articlesDir, displayPath, publicDir, SLUG_PATTERN } from './paths';
import { measureReadability, type Readability } from './readability';
import { articleFrontmatterSchema, describeIssues, parseInDutch, type ArticleFrontmatter, type Source } from './schema';
import { YAML_ENGINES } from './yaml';

/** An article's frontmatter with its slug, and its source ids looked up in content/bronnen.yml. */
export type ArticleMeta = Omit<ArticleFrontmatter, 'sources'> & { slug: string; sources: Source[] };
export type Article = ArticleMeta & {
  code: string;
  headings: Heading[];
  links: { value: string; line: number }[];
  /** Reading-level measures of the prose; the content check holds them to B1. */
  readability: Readability;
};

/** Drafts are visible in `npm run dev` only. */
function includeDrafts(): boolean {
  return process.env.NODE_ENV !== 'production';
}

function articleFile(slug: string): string {
  return path.join(articlesDir(), `${slug}${ARTICLE_EXTENSION}`);
}

/**
 * The YAML at the top of a file. Always with an options object: without one, gray-matter caches the file before
 * parsing it, so after a YAML error a second read returns empty data and every field looks missing.
 */
function readYaml(file: string, source: string): unknown {
  try {
    return matter(source, { engines: YAML_ENGINES }).data;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ContentError(displayPath(file), [
      `de frontmatter kon niet gelezen worden (${reason}); zet tekst met een dubbele punt tussen aanhalingstekens`,
    ]);
  }
}

/** Validates the frontmatter and looks up its sources; every problem of the file in one error. */
function parseFrontmatter(file: string, data: unknown): Omit<ArticleMeta, 'slug'> {
  const result = parseInDutch(articleFrontmatterSchema, data);
  if (!result.success) throw new ContentError(displayPath(file), describeIssues(result.error));
  const { sources, problems } = resolveSources(result.data.sources);
  if (problems.length > 0) throw new ContentError(displayPath(file), problems);
  return { ...result.data, sources };
}

/** Every article file's slug; a file name that is not kebab-case is an error, since it becomes a URL. */
export function listArticleSlugs(): string[] {
  const names = readdirSync(articlesDir()).filter((name) => name.endsWith(ARTICLE_EXTENSION));
  const slugs = names.map((name) => name.slice(0, -ARTICLE_EXTENSION.length));
  const wrong = slugs.filter((slug) => !SLUG_PATTERN.test(slug));
  if (wrong.length > 0) {
    throw new ContentErrors(
      wrong.map(
        (slug) =>
          new ContentError(displayPath(articleFile(slug)), [
            'de bestandsnaam is ook het webadres: gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld vallen-voorkomen.mdx)',
          ]),
      ),
    );
  }
  return slugs.sort();
}

/**
 * Parsed frontmatter per file, kept for the life of the process and used again while the file's modification time
 * and size are unchanged. Every page shows the article list (menus, previous/next), so without this a build would
 * read and parse every file once per page: 1000 articles would mean a million parses.
 */
const frontmatterCache = new Map<string, { stamp: string; meta: ArticleMeta }>();

function readArticleMeta(slug: string): ArticleMeta {
  const file = articleFile(slug);
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  const cached = frontmatterCache.get(file);
  if (cached?.stamp === stamp) return cached.meta;
  const meta = { slug, ...parseFrontmatter(file, readYaml(file, readFileSync(file, 'utf8'))) };
  frontmatterCache.set(file, { stamp, meta });
  return meta;
}

/** Every article's frontmatter, drafts included, in file-name order; one error lists every file that is wrong. */
export const getAllArticleMetas = cache((): ArticleMeta[] => {
  const errors: ContentError[] = [];
  const metas: ArticleMeta[] = [];
  for (const slug of listArticleSlugs()) {
    try {
      metas.push(readArticleMeta(slug));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  const byOrder = new Map<number, string>();
  for (const meta of metas) {
    const other = byOrder.get(meta.order);
    if (other) errors.push(new ContentError(displayPath(articleFile(meta.slug)), [`order: ${meta.order} wordt al gebruikt door ${other}`]));
    byOrder.set(meta.order, meta.slug);
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return metas;
});

/** The article index: frontmatter only, no compiling. Sorted by `order`; drafts left out in production. */
export const getArticleIndex = cache((): ArticleMeta[] =>
  getAllArticleMetas()
    .filter((meta) => includeDrafts() || !meta.draft)
    .sort((a, b) => a.order - b.order),
);

/** One article, compiled once per process and validated; unknown slugs give undefined (a 404). */
export const getArticle = cache(async (slug: string): Promise<Article | undefined> => {
  if (!SLUG_PATTERN.test(slug)) return undefined;
  const file = articleFile(slug);
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  const yaml = readYaml(file, source); // a YAML error is the one message worth giving; compiling would repeat it
  const compiled = await compileMdx(source);
  const problems = [...compiled.problems];
  let frontmatter: Omit<ArticleMeta, 'slug'> | undefined;
  try {
    frontmatter = parseFrontmatter(file, yaml);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.unshift(...error.problems);
  }
  const glossaryIds = new Set(getGlossary().map((entry) => entry.id));
  for (const term of compiled.terms) {
    if (!glossaryIds.has(term.value)) problems.push(`regel ${term.line}: <Term id="${term.value}"> staat niet in content/woordenlijst.yml`);
  }
  for (const figure of compiled.figures) {
    const local = figure.value.startsWith('/') && existsSync(path.join(publicDir(), figure.value));
    if (!local) problems.push(`regel ${figure.line}: afbeelding "${figure.value}" bestaat niet in public/`);
  }
  if (problems.length > 0 || !frontmatter) throw new ContentError(displayPath(file), problems);
  if (frontmatter.draft && !includeDrafts()) return undefined;
  return {
    slug,
    ...frontmatter,
    code: compiled.code,
    headings: compiled.headings,
    links: compiled.links,
    readability: measureReadability(source),
  };
});
