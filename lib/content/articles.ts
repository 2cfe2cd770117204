import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { cache } from 'react';
import { compileMdx } from './compile-mdx';
import { ContentError, ContentErrors } from './errors';
import { getGlossary } from './glossary';
import type { Heading } from './mdx-checks';
import { ARTICLE_EXTENSION, articlesDir, displayPath, publicDir, SLUG_PATTERN } from './paths';
import { articleFrontmatterSchema, describeIssues, type ArticleFrontmatter } from './schema';

export type ArticleMeta = ArticleFrontmatter & { slug: string };
export type Article = ArticleMeta & { code: string; headings: Heading[]; links: { value: string; line: number }[] };

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
    return matter(source, {}).data;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ContentError(displayPath(file), [
      `de frontmatter kon niet gelezen worden (${reason}); zet tekst met een dubbele punt tussen aanhalingstekens`,
    ]);
  }
}

function parseFrontmatter(file: string, data: unknown): ArticleFrontmatter {
  const result = articleFrontmatterSchema.safeParse(data);
  if (!result.success) throw new ContentError(displayPath(file), describeIssues(result.error));
  return result.data;
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

/** The article index: frontmatter only, no compiling. Sorted by `order`; drafts left out in production. */
export const getArticleIndex = cache((): ArticleMeta[] => {
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
  return metas.filter((meta) => includeDrafts() || !meta.draft).sort((a, b) => a.order - b.order);
});

/** One article, compiled once per process and validated; unknown slugs give undefined (a 404). */
export const getArticle = cache(async (slug: string): Promise<Article | undefined> => {
  if (!SLUG_PATTERN.test(slug)) return undefined;
  const file = articleFile(slug);
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  const yaml = readYaml(file, source); // a YAML error is the one message worth giving; compiling would repeat it
  const compiled = await compileMdx(source);
  const problems = [...compiled.problems];
  let frontmatter: ArticleFrontmatter | undefined;
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
  return { slug, ...frontmatter, code: compiled.code, headings: compiled.headings, links: compiled.links };
});
